package org.keji.commons.outbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.testapp.Db;
import org.keji.commons.testapp.WidgetCreated;
import org.keji.commons.testapp.WidgetService;
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

    @Inject
    WidgetService widgets;

    @Inject
    OutboxRelay relay;

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
    void shouldPublishEachEventOnceWhenSeveralRelaysRunAtOnce() throws Exception {
        int events = 60;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            ids.add(widgets.create("并发-" + i).id());
        }
        // the service's own relay plus three more, as if three more replicas shared the database
        ExecutorService replicas = Executors.newFixedThreadPool(3);
        List<Future<?>> runs = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            runs.add(replicas.submit(() -> {
                for (int round = 0; round < 20; round++) {
                    relay.relayBatch();
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        replicas.shutdown();

        Set<String> wanted = Set.copyOf(ids);
        List<ConsumerRecord<String, String>> published = new KafkaProbe(bootstrapServers).await("keji.enterprise.v1",
                r -> wanted.contains(r.key()), events + 1, Duration.ofSeconds(10));
        assertEquals(events, published.size(), "every event exactly once");
        assertEquals(events, published.stream().map(ConsumerRecord::key).distinct().count());
        assertEquals(0, count("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL"));
    }

    @Test
    void shouldExposeThePendingCountAsAMetric() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("keji_outbox_pending"));
    }

    private long count(String sql) {
        return Db.count(dataSource, sql);
    }
}
