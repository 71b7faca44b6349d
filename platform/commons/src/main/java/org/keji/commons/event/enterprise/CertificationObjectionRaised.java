package org.keji.commons.event.enterprise;

import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/**
 * An objection was raised during publicity (公示异议). Topic {@code keji.enterprise.v1}, key = USCC; the tracking number follows
 * the case to its end.
 */
public record CertificationObjectionRaised(
        UUID applicationId,
        String trackingNumber,
        String matterCode,
        String uscc,
        String certificationType,
        int year,
        String status,
        UUID objectionId) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.certification.objection-raised.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
