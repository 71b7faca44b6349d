package org.keji.commons.event.ip;

import java.time.LocalDate;

import org.keji.commons.event.DomainEvent;
import org.keji.commons.identifier.PatentType;

/**
 * CNIPA granted a patent (授权公告): from {@code grantedOn} the holder owns it. Topic {@code keji.ip.v1}, key = the
 * application number.
 * <p>
 * Version 1, with one holder. ip-service publishes {@link PatentGrantedV2} (holders with shares); this one stays so that
 * events already written remain readable, and consumers accept both.
 *
 * @param applicationNumber canonical application number, e.g. {@code 202310123456.6}
 * @param patentType the kind of patent; its {@link IpClass} follows from it
 * @param title title of the invention or design (发明名称)
 * @param holderUscc unified social credit code of the patentee (专利权人)
 * @param grantedOn date of the grant announcement (授权公告日)
 * @param grantNumber {@code ZL} + the application number, e.g. {@code ZL202310123456.6}
 */
public record PatentGranted(
        String applicationNumber,
        PatentType patentType,
        String title,
        String holderUscc,
        LocalDate grantedOn,
        String grantNumber) implements DomainEvent {

    public static final String TYPE = "keji.ip.patent.granted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return applicationNumber;
    }
}
