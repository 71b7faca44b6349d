package org.keji.commons.event.enterprise;

import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/**
 * Formal review passed (形式审查通过); the application goes to expert review. Topic {@code keji.enterprise.v1}, key = USCC; the
 * tracking number follows the case to its end.
 */
public record CertificationApplicationAccepted(
        UUID applicationId,
        String trackingNumber,
        String matterCode,
        String uscc,
        String certificationType,
        int year,
        String status) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.certification.application-accepted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
