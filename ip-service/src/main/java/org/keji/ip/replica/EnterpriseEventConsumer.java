package org.keji.ip.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.enterprise.MaterialRegistered;
import org.keji.commons.inbox.Inbox;
import org.keji.commons.inbox.RetriedWhileDatabaseUnavailable;
import org.keji.commons.material.MaterialReplica;

import io.smallrye.common.annotation.Blocking;

/**
 * Keeps the replica of enterprises' materials from {@code keji.enterprise.v1}, so that ip-service's cases (fee
 * receipts of a subsidy, evidence of a dispute, the text of a technology contract) reference a material of the
 * enterprise's wallet by id and never ask for it again; each event applies at most once. ip-service needs no other
 * enterprise event: its records carry their own region.
 */
@ApplicationScoped
public class EnterpriseEventConsumer {

    static final String CONSUMER = "ip-service.material-replica";

    private final Inbox inbox;
    private final MaterialReplica materials;

    public EnterpriseEventConsumer(Inbox inbox, MaterialReplica materials) {
        this.inbox = inbox;
        this.materials = materials;
    }

    @Incoming("enterprise-events")
    @RetriedWhileDatabaseUnavailable
    @Blocking
    @Transactional
    public void on(String message) {
        // every other event of the topic (registrations, figures, certifications, …) is none of this replica's
        // business: passed over before the inbox, so it costs no database write and no log line
        if (!MaterialRegistered.TYPE.equals(EventJson.read(message).type())) {
            return;
        }
        inbox.receive(CONSUMER, message).ifPresent(
                event -> materials.registered(EventJson.data(event, MaterialRegistered.class), event.id()));
    }
}
