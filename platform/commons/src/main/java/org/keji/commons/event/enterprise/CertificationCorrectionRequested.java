package org.keji.commons.event.enterprise;

import java.util.List;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/**
 * Formal review asked for missing materials (补正); the case clock pauses. Topic {@code keji.enterprise.v1}, key = USCC; the
 * tracking number follows the case to its end.
 */
public record CertificationCorrectionRequested(
        UUID applicationId,
        String trackingNumber,
        String matterCode,
        String uscc,
        String certificationType,
        int year,
        String status,
        List<String> missingMaterials) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.certification.correction-requested.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
