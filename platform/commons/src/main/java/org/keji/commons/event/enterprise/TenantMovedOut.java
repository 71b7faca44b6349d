package org.keji.commons.event.enterprise;

import java.time.LocalDate;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/** A tenant left its incubator without graduating (迁出). Topic {@code keji.enterprise.v1}, key = incubator id. */
public record TenantMovedOut(
        UUID incubatorId,
        UUID tenantId,
        String uscc,
        LocalDate movedOutOn,
        String reason) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.incubator.tenant-moved-out.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return incubatorId.toString();
    }
}
