package org.keji.commons.event.project;

import java.time.LocalDate;

import org.keji.commons.event.DomainEvent;
import org.keji.commons.money.Money;

/**
 * The amount of an awarded science and technology progress award (科技进步奖奖金) was paid, recorded by an officer other
 * than the one who decided; the case closes. Topic {@code keji.project.v1}, key = the tracking number.
 *
 * @param nominationId id of the nomination in project-service
 * @param trackingNumber tracking number of the case (办件编号, prefix {@code PRJ})
 * @param matterCode matter code of the award (事项编码)
 * @param uscc unified social credit code of the enterprise paid
 * @param region GB/T 2260 code of the enterprise's region
 * @param year the award year
 * @param grade the grade awarded
 * @param paidAmount the amount paid in yuan, two decimals (a JSON string), equal to the grade's amount for the year
 * @param paidOn the day the money was paid
 * @param voucherNumber the payment voucher number (记账凭证号)
 * @param paidBy the officer who recorded the payment
 */
public record AwardPaid(
        String nominationId,
        String trackingNumber,
        String matterCode,
        String uscc,
        String region,
        int year,
        String grade,
        Money paidAmount,
        LocalDate paidOn,
        String voucherNumber,
        String paidBy) implements DomainEvent {

    public static final String TYPE = "keji.project.award.paid.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return trackingNumber;
    }
}
