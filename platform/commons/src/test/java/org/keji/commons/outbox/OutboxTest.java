package org.keji.commons.outbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.testapp.Db;
import org.keji.commons.testapp.WidgetCreated;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class OutboxTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldPublishTheEventCommittedWithTheStateChangeToTheRealBroker() {
        String id = given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .header("X-Request-Id", "outbox-test-1")
                .body("{\"name\":\"齿轮 gear\"}").post("/api/v1/widgets")
                .then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> records = new KafkaProbe(bootstrapServers)
                .await("keji.enterprise.v1", r -> id.equals(r.key()), 1, Duration.ofSeconds(30));

        assertEquals(1, records.size(), "event on keji.enterprise.v1 keyed by the aggregate id");
        CloudEvent event = EventJson.read(records.get(0).value());
        assertEquals("1.0", event.specversion());
        assertEquals(WidgetCreated.TYPE, event.type());
        assertEquals("/keji/commons-test", event.source());
        assertEquals(id, event.subject());
        assertEquals("outbox-test-1", event.requestid());
        assertNotNull(event.time());
        assertEquals("齿轮 gear", EventJson.data(event, WidgetCreated.class).name());
        assertEquals(1, count("SELECT count(*) FROM outbox_event WHERE message_key = '" + id + "' AND sent_at IS NOT NULL"));
    }

    @Test
    void shouldWriteNeitherRowNorEventWhenTheTransactionRollsBack() {
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"name\":\"fail-rollback\"}").post("/api/v1/widgets")
                .then().statusCode(500).body("code", equalTo("INTERNAL_ERROR"));

        assertEquals(0, count("SELECT count(*) FROM widget WHERE name = 'fail-rollback'"));
        assertEquals(0, count("SELECT count(*) FROM outbox_event WHERE payload->'data'->>'name' = 'fail-rollback'"));
    }

    @Test
    void shouldExposeThePendingCountAsAMetric() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("keji_outbox_pending"));
    }

    private long count(String sql) {
        return Db.count(dataSource, sql);
    }
}
