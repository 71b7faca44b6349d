package org.keji.commons.event.ip;

import java.time.LocalDate;
import java.util.List;

import org.keji.commons.identifier.PatentType;

/**
 * CNIPA granted a patent (授权公告): from {@code grantedOn} each of {@code holders} owns it with its share. Version 2 of
 * {@link PatentGranted}, which names one holder; ip-service publishes this one, consumers accept both. Topic
 * {@code keji.ip.v1}, key = the application number.
 *
 * @param applicationNumber canonical application number (申请号, check digit verified, no {@code CN} prefix), e.g.
 *        {@code 202310123456.6}
 * @param patentType the kind of patent, the one of the application number's type digit; its {@link IpClass} follows
 * @param title title of the invention or design (发明名称) as granted
 * @param holders the patentees (专利权人) on the grant announcement with their shares, adding up to {@code 100.00}
 * @param grantedOn date of the grant announcement (授权公告日), the first day the right is in force
 * @param grantNumber patent number (专利号): {@code ZL} + the application number, e.g. {@code ZL202310123456.6}
 */
public record PatentGrantedV2(
        String applicationNumber,
        PatentType patentType,
        String title,
        List<PatentHolderShare> holders,
        LocalDate grantedOn,
        String grantNumber) implements PatentEvent {

    public static final String TYPE = "keji.ip.patent.granted.v2";

    /** @throws IllegalArgumentException if the holders are not a whole (see {@link PatentHolderShare#requireWhole}) */
    public PatentGrantedV2 {
        holders = PatentHolderShare.requireWhole(holders);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
