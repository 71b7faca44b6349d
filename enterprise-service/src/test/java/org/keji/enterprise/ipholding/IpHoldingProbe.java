package org.keji.enterprise.ipholding;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keji.commons.event.ip.IpClass;
import org.keji.testkit.Await;
import org.keji.testkit.KafkaProbe;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Feeds the consumer over the real broker and reads the replica back, each read in a transaction of its own. */
@ApplicationScoped
public class IpHoldingProbe {

    private final IpHoldingRepository holdings;
    private final KafkaProbe kafka;

    public IpHoldingProbe(IpHoldingRepository holdings,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.holdings = holdings;
        this.kafka = new KafkaProbe(bootstrapServers);
    }

    public KafkaProbe kafka() {
        return kafka;
    }

    /** Publishes events to {@code keji.ip.v1}, keyed by their application number as ip-service keys them. */
    public void send(String... events) {
        for (String event : events) {
            kafka.send(IpEvents.TOPIC, IpEvents.key(event), event);
        }
    }

    /** The holding as it is now, its holders loaded, so it reads fine detached. */
    public Optional<IpHolding> holding(String applicationNumber) {
        return QuarkusTransaction.requiringNew().call(() -> holdings.findByIdOptional(applicationNumber).map(h -> {
            h.holders().size();
            return h;
        }));
    }

    /** The holder row of {@code uscc} in a holding read by {@link #holding}; fails when it does not hold it. */
    public static IpHolder holder(IpHolding holding, String uscc) {
        return holding.holders().stream().filter(h -> h.holderUscc().equals(uscc)).findFirst()
                .orElseThrow(() -> new AssertionError(uscc + " does not hold " + holding.applicationNumber()
                        + "; holders: " + holding.holderUsccs()));
    }

    /** Waits until {@code event} was the last one applied to its patent, and returns the holding then. */
    public IpHolding awaitApplied(String event) {
        String number = IpEvents.applicationNumber(event);
        String id = IpEvents.id(event);
        Await.until("event " + id + " applied to " + number,
                () -> holding(number).map(h -> id.equals(h.lastEventId())).orElse(false));
        return holding(number).orElseThrow();
    }

    public long countHeld(String uscc, IpClass ipClass, LocalDate asOf) {
        return QuarkusTransaction.requiringNew().call(() -> holdings.countHeld(uscc, ipClass, asOf));
    }
}
