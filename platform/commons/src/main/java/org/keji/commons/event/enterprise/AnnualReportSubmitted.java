package org.keji.commons.event.enterprise;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/**
 * The holder filed the annual report (年度发展情况报表) of a certificate for {@code year}, due by 31 May of the next year
 * (高新技术企业认定管理办法 第十七条). Topic {@code keji.enterprise.v1}, key = USCC.
 *
 * @param late filed after {@code dueOn}
 */
public record AnnualReportSubmitted(
        UUID certificationId,
        String uscc,
        String certificationType,
        String certificateNumber,
        UUID annualReportId,
        int year,
        LocalDate dueOn,
        OffsetDateTime submittedAt,
        boolean late) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.certification.annual-report-submitted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
