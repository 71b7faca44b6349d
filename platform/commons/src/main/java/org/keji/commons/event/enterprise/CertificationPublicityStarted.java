package org.keji.commons.event.enterprise;

import java.time.LocalDate;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/**
 * The proposed certification is published for objections (公示). Topic {@code keji.enterprise.v1}, key = USCC; the tracking
 * number follows the case to its end.
 */
public record CertificationPublicityStarted(
        UUID applicationId,
        String trackingNumber,
        String matterCode,
        String uscc,
        String certificationType,
        int year,
        String status,
        LocalDate publicityFrom,
        LocalDate publicityTo) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.certification.publicity-started.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
