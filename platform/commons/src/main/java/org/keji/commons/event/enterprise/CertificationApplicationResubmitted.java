package org.keji.commons.event.enterprise;

import java.time.LocalDate;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/**
 * The applicant supplied the missing materials; the clock runs again, the promised date moved by the pause. Topic
 * {@code keji.enterprise.v1}, key = USCC; the tracking number follows the case to its end.
 */
public record CertificationApplicationResubmitted(
        UUID applicationId,
        String trackingNumber,
        String matterCode,
        String uscc,
        String certificationType,
        int year,
        String status,
        LocalDate dueOn) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.certification.application-resubmitted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
