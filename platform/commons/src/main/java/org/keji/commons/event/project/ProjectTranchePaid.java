package org.keji.commons.event.project;

import java.time.LocalDate;

import org.keji.commons.event.DomainEvent;
import org.keji.commons.money.Money;

/**
 * A tranche of a project's grant was paid (已拨付), recorded by an officer other than the one that scheduled it. Topic
 * {@code keji.project.v1}, key = the project's tracking number.
 *
 * @param applicationId id of the project in project-service
 * @param trackingNumber tracking number of the project (办件编号, prefix {@code PRJ})
 * @param uscc unified social credit code of the undertaker paid
 * @param callId id of the call the grant belongs to
 * @param region GB/T 2260 code of the undertaker's region
 * @param trancheId id of the tranche
 * @param amount the amount paid in yuan, two decimals (a JSON string)
 * @param paidTotal what the project was paid so far, this tranche included, in yuan
 * @param grantAmount the project's grant in yuan
 * @param paidOn the day the money was paid
 * @param voucherNumber the payment voucher number (记账凭证号)
 */
public record ProjectTranchePaid(
        String applicationId,
        String trackingNumber,
        String uscc,
        String callId,
        String region,
        String trancheId,
        Money amount,
        Money paidTotal,
        Money grantAmount,
        LocalDate paidOn,
        String voucherNumber) implements DomainEvent {

    public static final String TYPE = "keji.project.tranche.paid.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return trackingNumber;
    }
}
