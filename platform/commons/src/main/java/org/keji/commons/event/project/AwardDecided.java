package org.keji.commons.event.project;

import java.time.LocalDate;

import org.keji.commons.event.DomainEvent;
import org.keji.commons.money.Money;

/**
 * A nomination for the science and technology progress award (科技进步奖提名) was decided: awarded a grade, whose amount
 * is the one published for the nomination's year, or not awarded with a reason. Topic {@code keji.project.v1}, key =
 * the tracking number.
 *
 * @param nominationId id of the nomination in project-service
 * @param trackingNumber tracking number of the case (办件编号, prefix {@code PRJ})
 * @param matterCode matter code of the award (事项编码)
 * @param uscc unified social credit code of the nominated enterprise
 * @param region GB/T 2260 code of the enterprise's region
 * @param year the award year
 * @param outcome {@code AWARDED} or {@code NOT_AWARDED}
 * @param grade the grade awarded ({@code SPECIAL}, {@code FIRST}, {@code SECOND}, {@code THIRD}); null when not awarded
 * @param amount the grade's amount in yuan for the year, two decimals (a JSON string); null when not awarded
 * @param reason why it was not awarded; null when awarded
 * @param decidedBy the officer who decided (the payment must be recorded by another)
 * @param decidedOn the business day of the decision (Asia/Shanghai)
 */
public record AwardDecided(
        String nominationId,
        String trackingNumber,
        String matterCode,
        String uscc,
        String region,
        int year,
        String outcome,
        String grade,
        Money amount,
        String reason,
        String decidedBy,
        LocalDate decidedOn) implements DomainEvent {

    public static final String TYPE = "keji.project.award.decided.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return trackingNumber;
    }
}
