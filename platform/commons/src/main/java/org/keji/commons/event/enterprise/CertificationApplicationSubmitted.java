package org.keji.commons.event.enterprise;

import java.time.LocalDate;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/**
 * An enterprise applied for a certification; the case is open under its tracking number. Topic {@code keji.enterprise.v1}, key
 * = USCC; the tracking number follows the case to its end.
 *
 * @param dueOn the promised date of the decision (承诺办结日期)
 */
public record CertificationApplicationSubmitted(
        UUID applicationId,
        String trackingNumber,
        String matterCode,
        String uscc,
        String certificationType,
        int year,
        String status,
        LocalDate dueOn,
        String eligibilityVerdict) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.certification.application-submitted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
