package org.keji.commons.event.project;

import java.time.LocalDate;

import org.keji.commons.event.DomainEvent;
import org.keji.commons.money.Money;

/**
 * Clawed-back money was received (已收回), recorded by an officer other than the one that demanded it. Topic
 * {@code keji.project.v1}, key = the project's tracking number.
 *
 * @param applicationId id of the project in project-service
 * @param trackingNumber tracking number of the project (办件编号, prefix {@code PRJ})
 * @param uscc unified social credit code of the undertaker that paid back
 * @param region GB/T 2260 code of the undertaker's region
 * @param clawBackId id of the claw-back
 * @param amount the amount received in yuan, two decimals (a JSON string), the amount demanded
 * @param receivedOn the day the money was received
 * @param voucherNumber the receipt voucher number (记账凭证号)
 */
public record ProjectClawBackReceived(
        String applicationId,
        String trackingNumber,
        String uscc,
        String region,
        String clawBackId,
        Money amount,
        LocalDate receivedOn,
        String voucherNumber) implements DomainEvent {

    public static final String TYPE = "keji.project.claw-back.received.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return trackingNumber;
    }
}
