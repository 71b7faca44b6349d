package org.keji.commons.material;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a case needs to know of a material it references: the owner's metadata, never the content (fetched through the
 * gateway with the owner's rights). enterprise-service reads it from its wallet, other services from their replica of
 * {@code keji.enterprise.material-registered.v1}.
 *
 * @param kind {@code BUSINESS_LICENCE}, {@code AUDIT_REPORT}, … as enterprise-service names them
 * @param validUntil last day the document is valid; null when it does not expire
 */
public record MaterialSummary(
        UUID id,
        String uscc,
        String kind,
        String title,
        String fileName,
        String contentType,
        LocalDate validUntil,
        String sha256) {

    /** Whether the validity ended before {@code today} (a document valid until today is still valid). */
    public boolean expiredOn(LocalDate today) {
        return validUntil != null && validUntil.isBefore(today);
    }
}
