package org.keji.commons.event.project;

import java.time.LocalDate;

import org.keji.commons.event.DomainEvent;
import org.keji.commons.money.Money;

/**
 * Paid funds of a terminated or failed project are demanded back (责令退回). Topic {@code keji.project.v1}, key = the
 * project's tracking number.
 *
 * @param applicationId id of the project in project-service
 * @param trackingNumber tracking number of the project (办件编号, prefix {@code PRJ})
 * @param uscc unified social credit code of the undertaker that must pay back
 * @param region GB/T 2260 code of the undertaker's region
 * @param clawBackId id of the claw-back
 * @param amount the amount demanded in yuan, two decimals (a JSON string), at most what was paid and not yet demanded
 * @param reason why
 * @param dueOn the day the money is due back
 */
public record ProjectClawBackDemanded(
        String applicationId,
        String trackingNumber,
        String uscc,
        String region,
        String clawBackId,
        Money amount,
        String reason,
        LocalDate dueOn) implements DomainEvent {

    public static final String TYPE = "keji.project.claw-back.demanded.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return trackingNumber;
    }
}
