package org.keji.commons.event.enterprise;

import java.time.LocalDate;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/**
 * A material entered an enterprise's document wallet (申报材料, uploaded once and referenced by id from any later case
 * of the enterprise). Carries the metadata other services keep in their replica, never the content: that is fetched
 * through the gateway with the owner's rights. Topic {@code keji.enterprise.v1}, key = USCC.
 *
 * @param kind {@code BUSINESS_LICENCE}, {@code AUDIT_REPORT}, {@code CONTRACT}, {@code INVOICE}, {@code PAYMENT_PROOF},
 *        {@code ACCEPTANCE_REPORT}, {@code RD_PROJECT}, {@code IP_CERTIFICATE} or {@code OTHER}
 * @param validUntil last day the document is valid; null when it does not expire
 * @param sha256 lowercase hex SHA-256 of the content, its key in the object store
 */
public record MaterialRegistered(
        UUID id,
        String uscc,
        String kind,
        String title,
        String issuer,
        LocalDate validUntil,
        String fileName,
        String contentType,
        long size,
        String sha256) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.material-registered.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
