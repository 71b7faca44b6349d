package org.keji.commons.event.enterprise;

import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/**
 * The applicant withdrew the application (撤回); the case is closed. Topic {@code keji.enterprise.v1}, key = USCC; the tracking
 * number follows the case to its end.
 */
public record CertificationApplicationWithdrawn(
        UUID applicationId,
        String trackingNumber,
        String matterCode,
        String uscc,
        String certificationType,
        int year,
        String status) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.certification.application-withdrawn.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
