package org.keji.commons.event.enterprise;

import java.time.LocalDate;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/**
 * A tenant's yearly assessment was recorded; {@code grade} is EXCELLENT (优秀), QUALIFIED (合格) or UNQUALIFIED (不合格), and
 * {@code moveOutDeadline} is the tenant's deadline to move out after an unqualified year, null if it has none. Topic
 * {@code keji.enterprise.v1}, key = incubator id.
 */
public record TenantAssessed(
        UUID incubatorId,
        UUID tenantId,
        String uscc,
        int year,
        String grade,
        LocalDate assessedOn,
        LocalDate moveOutDeadline) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.incubator.tenant-assessed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return incubatorId.toString();
    }
}
