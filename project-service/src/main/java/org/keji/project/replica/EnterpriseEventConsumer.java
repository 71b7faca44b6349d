package org.keji.project.replica;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.enterprise.EnterpriseRegistered;
import org.keji.commons.event.enterprise.EnterpriseUpdated;
import org.keji.commons.event.enterprise.MaterialRegistered;
import org.keji.commons.inbox.Inbox;
import org.keji.commons.inbox.RetriedWhileDatabaseUnavailable;
import org.keji.commons.material.MaterialReplica;

import io.smallrye.common.annotation.Blocking;

/**
 * Keeps the enterprise replica and the replica of enterprises' materials from {@code keji.enterprise.v1}; each event
 * applies at most once.
 */
@ApplicationScoped
public class EnterpriseEventConsumer {

    static final String CONSUMER = "project-service.enterprise-replica";

    private final Inbox inbox;
    private final EnterpriseReplicaRepository replicas;
    private final MaterialReplica materials;
    private final Clock clock;

    public EnterpriseEventConsumer(Inbox inbox, EnterpriseReplicaRepository replicas, MaterialReplica materials,
            Clock clock) {
        this.inbox = inbox;
        this.replicas = replicas;
        this.materials = materials;
        this.clock = clock;
    }

    @Incoming("enterprise-events")
    @RetriedWhileDatabaseUnavailable
    @Blocking
    @Transactional
    public void on(String message) {
        inbox.receive(CONSUMER, message).ifPresent(event -> {
            switch (event.type()) {
                case EnterpriseRegistered.TYPE -> registered(event);
                case EnterpriseUpdated.TYPE -> updated(event);
                case MaterialRegistered.TYPE ->
                    materials.registered(EventJson.data(event, MaterialRegistered.class), event.id());
                default -> inbox.skipUnknown(CONSUMER, event);
            }
        });
    }

    private void registered(CloudEvent event) {
        EnterpriseRegistered data = EventJson.data(event, EnterpriseRegistered.class);
        apply(data.uscc(), data.name(), data.region(), data.registrationDate(), event);
    }

    private void updated(CloudEvent event) {
        EnterpriseUpdated data = EventJson.data(event, EnterpriseUpdated.class);
        apply(data.uscc(), data.name(), data.region(), data.registrationDate(), event);
    }

    /** Events of one enterprise arrive in order (key = USCC), so the latest one applied holds the current data. */
    private void apply(String uscc, String name, String region, LocalDate registrationDate, CloudEvent event) {
        var existing = replicas.findByIdOptional(uscc);
        EnterpriseReplica replica = existing.orElseGet(() -> EnterpriseReplica.of(uscc));
        replica.registered(name, region, registrationDate, event.id(), OffsetDateTime.now(clock));
        if (existing.isEmpty()) {
            // persisted once complete: Hibernate inserts the state an entity has when it is persisted
            replicas.persist(replica);
        }
    }
}
