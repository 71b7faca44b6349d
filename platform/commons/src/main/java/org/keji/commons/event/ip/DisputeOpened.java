package org.keji.commons.event.ip;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/**
 * A patent dispute mediation (专利纠纷调解) or rights-protection assistance (维权援助) case was requested. Topic
 * {@code keji.ip.v1}, key = the tracking number. No personal data: a person requesting is not named.
 *
 * @param disputeId the case's id in ip-service
 * @param trackingNumber the case's tracking number ({@code IP-…})
 * @param matterCode the matter code (事项编码)
 * @param requesterUscc the requesting enterprise; null when a person requested
 * @param category {@code MEDIATION} or {@code ASSISTANCE}
 * @param kind {@code INFRINGEMENT}, {@code OWNERSHIP} or {@code OTHER}
 * @param applicationNumbers the patents concerned, canonical application numbers
 * @param region the six-digit GB/T 2260 region of the case
 * @param requestedOn the day of the request
 */
public record DisputeOpened(
        UUID disputeId,
        String trackingNumber,
        String matterCode,
        String requesterUscc,
        String category,
        String kind,
        List<String> applicationNumbers,
        String region,
        LocalDate requestedOn) implements DomainEvent {

    public static final String TYPE = "keji.ip.dispute.opened.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return trackingNumber;
    }
}
