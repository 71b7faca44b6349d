package org.keji.commons.event.enterprise;

import java.time.LocalDate;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/**
 * A certificate's validity ended (有效期届满): it is {@code EXPIRED}. Topic {@code keji.enterprise.v1}, key = USCC.
 *
 * @param validTo the last day of validity
 * @param expiredOn the day the expiry was recorded (the day after {@code validTo}, or later)
 */
public record CertificationExpired(
        UUID certificationId,
        String uscc,
        String certificationType,
        String certificateNumber,
        LocalDate validTo,
        LocalDate expiredOn) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.certification.expired.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
