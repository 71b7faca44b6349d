package org.keji.commons.event.enterprise;

import java.time.LocalDate;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/** An enterprise moved into an incubator as a tenant (入孵). Topic {@code keji.enterprise.v1}, key = incubator id. */
public record TenantAdmitted(
        UUID incubatorId,
        UUID tenantId,
        String uscc,
        String name,
        LocalDate movedInOn,
        int incubationLimitMonths,
        LocalDate incubationEndsOn) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.incubator.tenant-admitted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return incubatorId.toString();
    }
}
