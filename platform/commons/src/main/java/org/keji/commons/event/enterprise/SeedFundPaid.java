package org.keji.commons.event.enterprise;

import java.time.LocalDate;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;
import org.keji.commons.money.Money;

/** A seed-fund payment (种子资金) to a tenant was recorded. Topic {@code keji.enterprise.v1}, key = incubator id. */
public record SeedFundPaid(
        UUID incubatorId,
        UUID tenantId,
        UUID paymentId,
        String uscc,
        Money amount,
        LocalDate paidOn,
        String purpose) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.incubator.seed-fund-paid.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return incubatorId.toString();
    }
}
