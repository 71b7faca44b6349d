package org.keji.commons.event.enterprise;

import java.time.LocalDate;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/**
 * A re-check ended without revocation: the certificate is {@code ACTIVE} again, or {@code EXPIRED} when its validity ended
 * during the re-check (a {@link CertificationExpired} follows then). Topic {@code keji.enterprise.v1}, key = USCC.
 *
 * @param status the status after clearing: {@code ACTIVE} or {@code EXPIRED}
 */
public record CertificationRecheckCleared(
        UUID certificationId,
        String uscc,
        String certificationType,
        String certificateNumber,
        LocalDate clearedOn,
        String status) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.certification.recheck-cleared.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
