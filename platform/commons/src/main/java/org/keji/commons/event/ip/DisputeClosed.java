package org.keji.commons.event.ip;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/**
 * A dispute case ended: rejected, withdrawn, or closed after a mediation agreement or a failed mediation. Its patents
 * are no longer flagged by it. Topic {@code keji.ip.v1}, key = the tracking number.
 *
 * @param disputeId the case's id in ip-service
 * @param trackingNumber the case's tracking number
 * @param category {@code MEDIATION} or {@code ASSISTANCE}
 * @param kind {@code INFRINGEMENT}, {@code OWNERSHIP} or {@code OTHER}
 * @param applicationNumbers the patents concerned
 * @param region the six-digit region of the case
 * @param outcome {@code AGREEMENT} (调解成功), {@code FAILED} (调解不成), {@code REJECTED} (不予受理) or
 *        {@code WITHDRAWN} (撤回)
 * @param closedOn the day the case ended
 */
public record DisputeClosed(
        UUID disputeId,
        String trackingNumber,
        String category,
        String kind,
        List<String> applicationNumbers,
        String region,
        String outcome,
        LocalDate closedOn) implements DomainEvent {

    public static final String TYPE = "keji.ip.dispute.closed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return trackingNumber;
    }
}
