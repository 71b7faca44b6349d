package org.keji.commons.event.enterprise;

import java.time.LocalDate;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/**
 * An enterprise holds a new certificate: granted by an application handled by the bureau ({@code GRANTED}) or entered
 * from before ({@code IMPORTED}). Topic {@code keji.enterprise.v1}, key = USCC.
 *
 * @param trackingNumber the tracking number of the application case; null for an imported certificate
 */
public record CertificationGranted(
        UUID certificationId,
        String uscc,
        String certificationType,
        String certificateNumber,
        LocalDate validFrom,
        LocalDate validTo,
        String region,
        String origin,
        String trackingNumber) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.certification.granted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
