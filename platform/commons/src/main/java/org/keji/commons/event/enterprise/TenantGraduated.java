package org.keji.commons.event.enterprise;

import java.time.LocalDate;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/** A tenant graduated from its incubator (毕业). Topic {@code keji.enterprise.v1}, key = incubator id. */
public record TenantGraduated(
        UUID incubatorId,
        UUID tenantId,
        String uscc,
        LocalDate graduatedOn) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.incubator.tenant-graduated.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return incubatorId.toString();
    }
}
