package org.keji.commons.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.testapp.Db;
import org.keji.commons.testapp.WidgetCreated;
import org.keji.testkit.Await;
import org.keji.testkit.EmbeddedPostgres;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiInfra;
import org.keji.testkit.KejiTestResource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The consumer side over the real broker: the test app consumes {@code keji.project.v1} into a table. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class InboxTest {

    private static final String TOPIC = "keji.project.v1";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldApplyARedeliveredEventOnlyOnce() {
        String key = UUID.randomUUID().toString();
        String event = event(WidgetCreated.TYPE, key, "重复投递");
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        kafka.send(TOPIC, key, event);
        kafka.send(TOPIC, key, event);
        String marker = event(WidgetCreated.TYPE, key, "marker-" + key);
        kafka.send(TOPIC, key, marker);

        // same key, same partition: once the marker is applied, both copies before it were processed
        Await.until("event applied",
                () -> count("SELECT count(*) FROM widget_event_effect WHERE name = 'marker-" + key + "'") == 1);
        assertEquals(1, count("SELECT count(*) FROM widget_event_effect WHERE event_id = '" + id(event) + "'"));
        assertEquals(1, count("SELECT count(*) FROM inbox_event WHERE event_id = '" + id(event) + "'"));
    }

    @Test
    void shouldRecordAndSkipEventsOfUnknownTypes() {
        String key = UUID.randomUUID().toString();
        String unknown = event("keji.test.widget.renamed.v9", key, "unknown-" + key);
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        kafka.send(TOPIC, key, unknown);
        kafka.send(TOPIC, key, event(WidgetCreated.TYPE, key, "after-unknown-" + key));

        Await.until("event applied",
                () -> count("SELECT count(*) FROM widget_event_effect WHERE name = 'after-unknown-" + key + "'") == 1);
        assertEquals(0, count("SELECT count(*) FROM widget_event_effect WHERE name = 'unknown-" + key + "'"));
        assertEquals(1, count("SELECT count(*) FROM inbox_event WHERE event_id = '" + id(unknown) + "'"));
    }

    @Test
    void shouldSendPoisonMessagesToTheDeadLetterTopicAndGoOn() {
        String key = UUID.randomUUID().toString();
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        kafka.send(TOPIC, key, "this is not an event " + key);
        kafka.send(TOPIC, key, event(WidgetCreated.TYPE, key, "after-poison-" + key));

        assertEquals(1, kafka.await("keji.project.dlq.v1", r -> key.equals(r.key()), 1, Duration.ofSeconds(30)).size());
        Await.until("event applied",
                () -> count("SELECT count(*) FROM widget_event_effect WHERE name = 'after-poison-" + key + "'") == 1);
    }

    @Test
    void shouldApplyAnEventThatArrivesWhileTheDatabaseIsDownOnceItIsBackNotDeadLetterIt() {
        EmbeddedPostgres postgres = KejiInfra.shared().postgres();
        String key = UUID.randomUUID().toString();
        String event = event(WidgetCreated.TYPE, key, "停库时到达-" + key);
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);

        postgres.stop();
        try {
            kafka.send(TOPIC, key, event);
            // the consumer meets the outage: its transaction cannot get a connection
            sleep(Duration.ofSeconds(4));
        } finally {
            postgres.restart();
        }

        Await.until("event applied after the restart",
                () -> count("SELECT count(*) FROM widget_event_effect WHERE event_id = '" + id(event) + "'") == 1);
        assertEquals(1, count("SELECT count(*) FROM inbox_event WHERE event_id = '" + id(event) + "'"));
        assertEquals(0, kafka.await("keji.project.dlq.v1", r -> key.equals(r.key()), 1, Duration.ofSeconds(3)).size(),
                "nothing dead-lettered");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String event(String type, String key, String name) {
        return EventJson.write(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), "/keji/test",
                type, key, OffsetDateTime.now(), CloudEvent.JSON, null,
                EventJson.toTree(new WidgetCreated(key, name))));
    }

    private static String id(String event) {
        return EventJson.read(event).id();
    }

    private long count(String sql) {
        return Db.count(dataSource, sql);
    }
}
