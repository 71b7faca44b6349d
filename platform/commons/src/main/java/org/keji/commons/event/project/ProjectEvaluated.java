package org.keji.commons.event.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.keji.commons.event.DomainEvent;

/**
 * The performance evaluation (绩效评价) of a finished project was confirmed by an officer with a grade; the project
 * moved to EVALUATED. Topic {@code keji.project.v1}, key = the tracking number.
 *
 * @param evaluationId id of the evaluation in project-service
 * @param applicationId id of the project (application) in project-service
 * @param trackingNumber tracking number of the project (办件编号, prefix {@code PRJ})
 * @param uscc unified social credit code of the undertaker (承担单位)
 * @param callId id of the call the project was funded under
 * @param region GB/T 2260 code of the undertaker's region
 * @param grade EXCELLENT, GOOD, PASS or FAIL
 * @param receivedGovernmentFunds government funds actually received, yuan with two decimals
 * @param receivedSelfRaisedFunds self-raised funds actually received, yuan with two decimals
 * @param on the business day of the confirmation (Asia/Shanghai)
 */
public record ProjectEvaluated(
        String evaluationId,
        String applicationId,
        String trackingNumber,
        String uscc,
        String callId,
        String region,
        String grade,
        BigDecimal receivedGovernmentFunds,
        BigDecimal receivedSelfRaisedFunds,
        LocalDate on) implements DomainEvent {

    public static final String TYPE = "keji.project.evaluated.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return trackingNumber;
    }
}
