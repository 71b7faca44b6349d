package org.keji.commons.event.enterprise;

import java.time.LocalDate;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/**
 * An officer started a re-check (复核) of a certificate whose holder may no longer meet the conditions (高新技术企业认定管理办法
 * 第十六条); the certificate is {@code UNDER_RECHECK} until it is cleared or revoked. Topic {@code keji.enterprise.v1},
 * key = USCC.
 */
public record CertificationRecheckStarted(
        UUID certificationId,
        String uscc,
        String certificationType,
        String certificateNumber,
        String reason,
        LocalDate startedOn) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.certification.recheck-started.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
