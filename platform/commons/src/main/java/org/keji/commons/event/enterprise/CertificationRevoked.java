package org.keji.commons.event.enterprise;

import java.time.LocalDate;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/**
 * A certificate was revoked after a re-check (撤销, 高新技术企业认定管理办法 第十九条); tax benefits enjoyed from
 * {@code clawbackFromYear} on are to be clawed back (追缴). Topic {@code keji.enterprise.v1}, key = USCC.
 *
 * @param ground {@code FRAUD}, {@code MAJOR_INCIDENT}, {@code UNREPORTED_CHANGE} or {@code MISSING_ANNUAL_REPORTS}
 * @param clawbackFromYear the first year whose tax benefits are clawed back
 */
public record CertificationRevoked(
        UUID certificationId,
        String uscc,
        String certificationType,
        String certificateNumber,
        String ground,
        String reason,
        int clawbackFromYear,
        LocalDate revokedOn) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.certification.revoked.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
