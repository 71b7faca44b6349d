package org.keji.commons.event.ip;

import java.time.LocalDate;
import java.util.List;

import org.keji.commons.identifier.PatentType;

/**
 * A granted patent ceased to be in force (专利权终止): from {@code lapsedOn} none of {@code holders} holds it. Version 2
 * of {@link PatentLapsed}, which names one holder; ip-service publishes this one, consumers accept both. Topic
 * {@code keji.ip.v1}, key = the application number.
 * <p>
 * A lapse for {@link LapseReason#ANNUITY_UNPAID} may be undone by a {@link PatentRestored} (恢复权利, within two months of
 * the notice, DOMAIN "Patents and IP"); a lapse for any other reason is final.
 *
 * @param applicationNumber canonical application number, e.g. {@code 202310123456.6}
 * @param patentType the kind of patent, the one of the application number's type digit
 * @param holders the patentees and their shares when the right ended, adding up to {@code 100.00}
 * @param lapsedOn the day the right ended, the first day it is no longer in force, from the legal-status log: for an
 *        unpaid annuity the due date of the unpaid year (专利权自应当缴纳年费期满之日起终止), for the term the
 *        anniversary of the filing date after 20/10/15 years by type, otherwise the effective date of the entry
 * @param reason why it ended
 */
public record PatentLapsedV2(
        String applicationNumber,
        PatentType patentType,
        List<PatentHolderShare> holders,
        LocalDate lapsedOn,
        LapseReason reason) implements PatentEvent {

    public static final String TYPE = "keji.ip.patent.lapsed.v2";

    /** @throws IllegalArgumentException if the holders are not a whole (see {@link PatentHolderShare#requireWhole}) */
    public PatentLapsedV2 {
        holders = PatentHolderShare.requireWhole(holders);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
