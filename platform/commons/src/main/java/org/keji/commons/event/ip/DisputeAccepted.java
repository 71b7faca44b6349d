package org.keji.commons.event.ip;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/**
 * The bureau accepted (立案) a dispute case: from {@code acceptedOn} an OWNERSHIP dispute flags its patents for pledge
 * refusal until the case closes. Topic {@code keji.ip.v1}, key = the tracking number.
 *
 * @param disputeId the case's id in ip-service
 * @param trackingNumber the case's tracking number
 * @param category {@code MEDIATION} or {@code ASSISTANCE}
 * @param kind {@code INFRINGEMENT}, {@code OWNERSHIP} or {@code OTHER}
 * @param applicationNumbers the patents concerned
 * @param region the six-digit region of the case
 * @param acceptedOn the day of the acceptance
 * @param handlingDueOn the last working day of the mediation (or assistance) as promised
 */
public record DisputeAccepted(
        UUID disputeId,
        String trackingNumber,
        String category,
        String kind,
        List<String> applicationNumbers,
        String region,
        LocalDate acceptedOn,
        LocalDate handlingDueOn) implements DomainEvent {

    public static final String TYPE = "keji.ip.dispute.accepted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return trackingNumber;
    }
}
