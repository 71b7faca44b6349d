package org.keji.commons.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.keji.commons.testapp.Db;
import org.keji.testkit.EmbeddedPostgres;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiInfra;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A database restart under a running service (the test stops and starts the real embedded PostgreSQL): requests meanwhile
 * answer {@code 503} problem+json with {@code Retry-After}, requests afterwards work on fresh connections, and the
 * outbox relay publishes what was committed before and after.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class DatabaseOutageTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldAnswer503WithRetryAfterWhileTheDatabaseIsDownAndServeOnFreshConnectionsAfterItsRestart() {
        EmbeddedPostgres postgres = KejiInfra.shared().postgres();
        assertTrue(jdbcUrl.startsWith("jdbc:postgresql://localhost:" + postgres.port() + "/"),
                "the test stops the server this application uses: " + jdbcUrl);
        // several connections in the pool, all of which the restart breaks
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(create("重启前-" + i, null).then().statusCode(201).extract().path("id"));
        }
        String key = "outage-" + UUID.randomUUID();

        postgres.stop();
        try {
            create("停库期间", key).then().statusCode(503).contentType(PROBLEM)
                    .header("Retry-After", "2")
                    .body("code", equalTo("DATABASE_UNAVAILABLE"))
                    .body("title", equalTo("服务暂时不可用"))
                    .body("status", equalTo(503));
            given().auth().oauth2(Tokens.shared().officer()).header("Accept-Language", "en")
                    .contentType("application/json").body("{\"name\":\"during the outage\"}")
                    .post("/api/v1/widgets").then().statusCode(503).contentType(PROBLEM)
                    .body("code", equalTo("DATABASE_UNAVAILABLE")).body("title", equalTo("Temporarily unavailable"));
        } finally {
            postgres.restart();
        }

        // the retry with the same key creates the widget once; no request meets a connection the restart broke
        ids.add(create("停库期间", key).then().statusCode(201).header("Idempotent-Replayed", nullValue())
                .extract().path("id"));
        for (int i = 0; i < 20; i++) {
            ids.add(create("重启后-" + i, null).then().statusCode(201).extract().path("id"));
        }
        assertEquals(1, Db.count(dataSource, "SELECT count(*) FROM widget WHERE name = '停库期间'"));

        // the relay survived: the events committed before and after the restart all reach the broker
        Set<String> wanted = Set.copyOf(ids);
        var published = new KafkaProbe(bootstrapServers).await("keji.enterprise.v1", r -> wanted.contains(r.key()),
                ids.size(), Duration.ofSeconds(60));
        assertEquals(ids.size(), published.stream().map(r -> r.key()).distinct().count());
    }

    @Test
    void shouldTellAnUnreachableDatabaseFromAFailedRequest() {
        assertTrue(DatabaseFailures.unavailable(new SQLException("refused", "08001")));
        assertTrue(DatabaseFailures.unavailable(new SQLException("admin shutdown", "57P01")));
        assertTrue(DatabaseFailures.unavailable(new SQLException("starting up", "57P03")));
        assertTrue(DatabaseFailures.unavailable(
                new IllegalStateException(new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(DatabaseFailures.unavailable(new SQLTransientConnectionException("gone")));
        // a commit cut off by the server's shutdown, as Narayana reports it (seen by scripts/faults.sh)
        var commitFailed = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        var xa = new javax.transaction.xa.XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        commitFailed.addSuppressed(xa);
        assertTrue(DatabaseFailures.unavailable(new IllegalStateException(commitFailed)));
        assertFalse(DatabaseFailures.unavailable(new SQLException("duplicate", "23505")));
        assertFalse(DatabaseFailures.unavailable(new SQLException("syntax", "42601")));
        assertFalse(DatabaseFailures.unavailable(new IllegalStateException("bug")));
    }

    private static io.restassured.response.Response create(String name, String key) {
        var request = given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"name\":\"" + name + "\"}");
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/widgets");
    }
}
