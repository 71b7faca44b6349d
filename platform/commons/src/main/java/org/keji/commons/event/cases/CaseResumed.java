package org.keji.commons.event.cases;

import java.time.LocalDate;

/**
 * The correction arrived: the case clock runs again and both due dates moved by the paused working days.
 *
 * @param service the producing service, e.g. {@code enterprise-service}
 * @param status the case's status in the producing service after the change
 * @param promisedDueOn the promised due date (承诺时限), moved by the paused working days
 * @param promisedDueOnProvisional whether it was counted through a year without calendar data
 * @param legalDueOn the legal due date (法定时限), moved by the paused working days
 * @param legalDueOnProvisional whether it was counted through a year without calendar data
 * @param actorRole the role of who made the change ({@code applicant}, {@code officer}, …, {@code system}); never a
 *        name
 * @param previousStatus the status before the change
 * @param pausedWorkingDays the working days of all pauses so far
 */
public record CaseResumed(
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
        String previousStatus,
        int pausedWorkingDays) implements CaseEvent {

    public static final String TYPE = "keji.case.resumed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
