package org.keji.project.replica;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.enterprise.CertificationExpired;
import org.keji.commons.event.enterprise.CertificationGranted;
import org.keji.commons.event.enterprise.CertificationRevoked;
import org.keji.commons.event.enterprise.EnterpriseRegistered;
import org.keji.commons.event.enterprise.EnterpriseUpdated;
import org.keji.commons.event.enterprise.MaterialRegistered;
import org.keji.commons.event.enterprise.ViolationRecorded;
import org.keji.commons.inbox.Inbox;
import org.keji.commons.inbox.RetriedWhileDatabaseUnavailable;
import org.keji.commons.material.MaterialReplica;

import io.smallrye.common.annotation.Blocking;

/**
 * Keeps project-service's replicas of enterprises from {@code keji.enterprise.v1}: registration data, materials,
 * certificates (granted, revoked, expired) and violation records; each event applies at most once. Every other event
 * of the topic (applications, figures, re-checks, incubators, …) is passed over before the inbox: it costs no database
 * write and no log line.
 */
@ApplicationScoped
public class EnterpriseEventConsumer {

    private static final Logger LOG = Logger.getLogger(EnterpriseEventConsumer.class);

    static final String CONSUMER = "project-service.enterprise-replica";

    /** The event types the replicas apply. */
    static final Set<String> APPLIED = Set.of(EnterpriseRegistered.TYPE, EnterpriseUpdated.TYPE,
            MaterialRegistered.TYPE, CertificationGranted.TYPE, CertificationRevoked.TYPE, CertificationExpired.TYPE,
            ViolationRecorded.TYPE);

    private final Inbox inbox;
    private final EnterpriseReplicaRepository replicas;
    private final MaterialReplica materials;
    private final CertificationReplica certifications;
    private final ViolationReplica violations;
    private final Clock clock;

    public EnterpriseEventConsumer(Inbox inbox, EnterpriseReplicaRepository replicas, MaterialReplica materials,
            CertificationReplica certifications, ViolationReplica violations, Clock clock) {
        this.inbox = inbox;
        this.replicas = replicas;
        this.materials = materials;
        this.certifications = certifications;
        this.violations = violations;
        this.clock = clock;
    }

    @Incoming("enterprise-events")
    @RetriedWhileDatabaseUnavailable
    @Blocking
    @Transactional
    public void on(String message) {
        if (!APPLIED.contains(EventJson.read(message).type())) {
            return;
        }
        inbox.receive(CONSUMER, message).ifPresent(event -> {
            switch (event.type()) {
                case EnterpriseRegistered.TYPE -> registered(event);
                case EnterpriseUpdated.TYPE -> updated(event);
                case MaterialRegistered.TYPE ->
                    materials.registered(EventJson.data(event, MaterialRegistered.class), event.id());
                case CertificationGranted.TYPE ->
                    certifications.granted(EventJson.data(event, CertificationGranted.class), event.id());
                case CertificationRevoked.TYPE ->
                    certifications.revoked(EventJson.data(event, CertificationRevoked.class), event.id());
                case CertificationExpired.TYPE ->
                    certifications.expired(EventJson.data(event, CertificationExpired.class), event.id());
                case ViolationRecorded.TYPE ->
                    violations.recorded(EventJson.data(event, ViolationRecorded.class), event.id());
                default -> throw new IllegalStateException("not an applied event type: " + event.type());
            }
        });
    }

    private void registered(CloudEvent event) {
        EnterpriseRegistered data = EventJson.data(event, EnterpriseRegistered.class);
        apply(data.uscc(), data.name(), data.region(), data.registrationDate(), 0, event);
    }

    private void updated(CloudEvent event) {
        EnterpriseUpdated data = EventJson.data(event, EnterpriseUpdated.class);
        apply(data.uscc(), data.name(), data.region(), data.registrationDate(), data.version(), event);
    }

    /**
     * Events of one enterprise arrive in order on the topic (key = USCC), but a redelivery or a replay under a new event
     * id can bring an older one after a newer one: the registry's version decides, never the order of arrival.
     */
    private void apply(String uscc, String name, String region, LocalDate registrationDate, long version,
            CloudEvent event) {
        var existing = replicas.findByIdOptional(uscc);
        EnterpriseReplica replica = existing.orElseGet(() -> EnterpriseReplica.of(uscc));
        if (!replica.registered(name, region, registrationDate, version, event.id(), OffsetDateTime.now(clock))) {
            LOG.infof("enterprise event %s of %s at version %d passed over: the replica holds version %d", event.id(),
                    uscc, version, replica.sourceVersion());
            return;
        }
        if (existing.isEmpty()) {
            // persisted once complete: Hibernate inserts the state an entity has when it is persisted
            replicas.persist(replica);
        }
    }
}
