package org.keji.commons.event.enterprise;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/**
 * The holder of a certificate reported a major change (重大变化: name, region, ownership, merger or split, main business),
 * due within three months of the change (高新技术企业认定管理办法 第十八条). Topic {@code keji.enterprise.v1}, key = USCC.
 *
 * @param kind {@code NAME}, {@code REGION}, {@code OWNERSHIP}, {@code MERGER_OR_SPLIT}, {@code MAIN_BUSINESS} or
 *        {@code OTHER}
 * @param late reported after {@code dueOn}
 */
public record ChangeReported(
        UUID certificationId,
        String uscc,
        String certificationType,
        String certificateNumber,
        UUID changeReportId,
        String kind,
        LocalDate occurredOn,
        String description,
        LocalDate dueOn,
        OffsetDateTime reportedAt,
        boolean late) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.certification.change-reported.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
