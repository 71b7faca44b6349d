package org.keji.commons.event.cases;

import java.time.LocalDate;

/**
 * A case was opened: submitted and accepted for handling, its clock running.
 *
 * @param service the producing service, e.g. {@code enterprise-service}
 * @param status the case's status in the producing service after the change
 * @param promisedDueOn the promised due date (承诺时限), moved by the paused working days
 * @param promisedDueOnProvisional whether it was counted through a year without calendar data
 * @param legalDueOn the legal due date (法定时限), moved by the paused working days
 * @param legalDueOnProvisional whether it was counted through a year without calendar data
 * @param actorRole the role of who made the change ({@code applicant}, {@code officer}, …, {@code system}); never a
 *        name
 * @param submittedOn the day the clock started
 * @param promisedLimit the promised limit in working days
 * @param legalLimit the legal limit in working days
 */
public record CaseOpened(
        String trackingNumber,
        String matterCode,
        String uscc,
        String service,
        String status,
        LocalDate promisedDueOn,
        boolean promisedDueOnProvisional,
        LocalDate legalDueOn,
        boolean legalDueOnProvisional,
        String actorRole,
        LocalDate submittedOn,
        int promisedLimit,
        int legalLimit) implements CaseEvent {

    public static final String TYPE = "keji.case.opened.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
