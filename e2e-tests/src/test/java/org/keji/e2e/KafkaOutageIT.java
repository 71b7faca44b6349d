package org.keji.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keji.testkit.EmbeddedKafka;

/**
 * The broker goes away while enterprises keep registering: the outbox holds the events, and once the broker is back
 * every one is delivered and applied exactly once.
 */
@ExtendWith(KejiSuiteExtension.class)
class KafkaOutageIT {

    private static final int REGISTRATIONS = 20;
    /** The relay backs off up to 10 s between attempts; consumers reconnect on their own schedule. */
    private static final Duration DELIVERY_DEADLINE = Duration.ofSeconds(90);

    @Test
    void shouldAcceptWritesWhileKafkaIsDownAndDeliverEachEventOnceWhenItIsBack(Gateway gateway) {
        String officer = gateway.tokens().officer();
        EmbeddedKafka kafka = gateway.suite().infra().kafka();
        List<String> usccs = new ArrayList<>();

        kafka.stop();
        try {
            for (int i = 0; i < REGISTRATIONS; i++) {
                Map<String, Object> registration = Enterprises.aRegistration();
                gateway.register(officer, registration).then().statusCode(201);
                usccs.add((String) registration.get("uscc"));
            }
            long pending = gateway.count("enterprise", "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL");
            assertTrue(pending >= REGISTRATIONS, "events held in the outbox while Kafka is down: " + pending);
        } finally {
            kafka.restart();
        }

        await("all " + REGISTRATIONS + " replicas in project-service").atMost(DELIVERY_DEADLINE)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> usccs.stream().allMatch(uscc -> gateway.as(officer)
                        .get("/api/v1/enterprise-replicas/{uscc}", uscc).statusCode() == 200));
        await("outbox of enterprise-service drained").atMost(DELIVERY_DEADLINE).until(
                () -> gateway.count("enterprise", "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL") == 0);
        for (String uscc : usccs) {
            gateway.as(officer).get("/api/v1/enterprise-replicas/{uscc}", uscc).then()
                    .statusCode(200)
                    .body("uscc", equalTo(uscc))
                    .body("revision", equalTo(1));
        }
    }
}
