package org.keji.commons.event.project;

import java.time.LocalDate;

import org.keji.commons.event.DomainEvent;

/**
 * A project application or project moved from one state to another (DOMAIN.md "Plan projects and grants"), published
 * for every move of its lifecycle, including those after the case of the application was decided. Topic
 * {@code keji.project.v1}, key = the tracking number.
 *
 * @param applicationId id of the application in project-service
 * @param trackingNumber tracking number of the case (办件编号, prefix {@code PRJ})
 * @param matterCode matter code of the call (事项编码)
 * @param uscc unified social credit code of the applicant (承担单位)
 * @param callId id of the call applied to
 * @param region GB/T 2260 code of the applicant's region
 * @param status the new state (project-service {@code ProjectStatus})
 * @param previousStatus the state before the move
 * @param action the action that moved it, e.g. {@code submit}, {@code approve}, {@code pass}
 * @param on the business day of the move (Asia/Shanghai)
 */
public record ProjectStatusChanged(
        String applicationId,
        String trackingNumber,
        String matterCode,
        String uscc,
        String callId,
        String region,
        String status,
        String previousStatus,
        String action,
        LocalDate on) implements DomainEvent {

    public static final String TYPE = "keji.project.status-changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return trackingNumber;
    }
}
