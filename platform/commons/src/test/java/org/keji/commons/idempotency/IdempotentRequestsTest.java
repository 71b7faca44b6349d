package org.keji.commons.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.commons.testapp.WidgetService;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class IdempotentRequestsTest {

    @Inject
    WidgetService widgets;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldReplayTheFirstResponseForTheSameKeyAndBody() {
        String key = UUID.randomUUID().toString();
        String name = "w-" + key.substring(0, 8);
        Response first = post(Tokens.shared().officer(), key, "{\"name\":\"" + name + "\"}");
        Response second = post(Tokens.shared().officer(), key, "{ \"name\" : \"" + name + "\" }");

        assertEquals(201, first.statusCode());
        assertEquals(201, second.statusCode());
        assertEquals(first.body().asString(), second.body().asString());
        assertEquals(first.header("Location"), second.header("Location"));
        assertNull(first.header("Idempotent-Replayed"));
        assertEquals("true", second.header("Idempotent-Replayed"));
        assertEquals(1, widgets.count(name));
    }

    @Test
    void shouldRefuseTheSameKeyWithAnotherBody() {
        String key = UUID.randomUUID().toString();
        post(Tokens.shared().officer(), key, "{\"name\":\"first-body\"}").then().statusCode(201);

        post(Tokens.shared().officer(), key, "{\"name\":\"other-body\"}").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertEquals(0, widgets.count("other-body"));
    }

    @Test
    void shouldCreateOneRecordForConcurrentRequestsWithOneKey() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "c-" + key.substring(0, 8);
        String token = Tokens.shared().officer();
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> responses = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            responses.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return post(token, key, "{\"name\":\"" + name + "\"}");
            }, pool));
        }
        start.countDown();
        Set<String> bodies = responses.stream().map(CompletableFuture::join)
                .peek(r -> assertEquals(201, r.statusCode())).map(r -> r.body().asString())
                .collect(Collectors.toSet());
        pool.shutdown();

        assertEquals(1, bodies.size(), "every client sees the one created widget");
        assertEquals(1, widgets.count(name));
    }

    @Test
    void shouldScopeKeysToTheCaller() {
        String key = UUID.randomUUID().toString();
        post(Tokens.shared().officer(), key, "{\"name\":\"scoped\"}").then().statusCode(201);
        post(Tokens.shared().applicant("91350100M000100Y43"), key, "{\"name\":\"scoped-2\"}").then().statusCode(201);
        assertEquals(1, widgets.count("scoped-2"));
    }

    @Test
    void shouldRejectAnUnusableKey() {
        post(Tokens.shared().officer(), "x".repeat(201), "{\"name\":\"bad-key\"}").then().statusCode(400)
                .body("code", equalTo("IDEMPOTENCY_KEY_INVALID")).body("violations[0].field", equalTo("Idempotency-Key"));
        assertEquals(0, widgets.count("bad-key"));
    }

    @Test
    void shouldReleaseTheKeyWhenTheCreationFails() {
        String key = UUID.randomUUID().toString();
        post(Tokens.shared().officer(), key, "{\"name\":\"fail-once\"}").then().statusCode(500);
        post(Tokens.shared().officer(), key, "{\"name\":\"fine-now\"}").then().statusCode(201);
    }

    @Test
    void shouldBindTheKeyToTheMatchedRouteWithItsPathParameters() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"part\"}";
        Response first = addPart("widget-a", key, body);
        first.then().statusCode(201);

        addPart("widget-b", key, body).then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        Response replayed = addPart("widget-a", key, body);
        assertEquals(first.body().asString(), replayed.body().asString());
        assertEquals("true", replayed.header("Idempotent-Replayed"));
        try (Connection c = dataSource.getConnection();
                PreparedStatement find = c.prepareStatement(
                        "SELECT operation FROM idempotency_record WHERE idempotency_key = ?")) {
            find.setString(1, key);
            try (ResultSet rs = find.executeQuery()) {
                rs.next();
                assertEquals("POST /api/v1/widgets/widget-a/parts", rs.getString(1));
            }
        }
    }

    private static Response addPart(String widget, String key, String body) {
        return given().auth().oauth2(Tokens.shared().officer()).header("Idempotency-Key", key)
                .contentType("application/json").body(body).post("/api/v1/widgets/" + widget + "/parts");
    }

    private static Response post(String token, String key, String body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/v1/widgets");
    }
}
