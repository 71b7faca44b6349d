package org.keji.commons.event.ip;

import java.time.LocalDate;
import java.util.List;

import org.keji.commons.identifier.PatentType;

/**
 * A lapse for an unpaid annuity was undone (恢复权利, 专利法实施细则 第六条): the patentees asked within two months of the
 * lapse notice and paid the annuity, the surcharge and the restoration fee, so the right is in force again as if it
 * had never ended, the days between {@code lapsedOn} and {@code restoredOn} included. Only a
 * {@link LapseReason#ANNUITY_UNPAID} lapse can be restored (DOMAIN "Patents and IP"); a consumer that knows the patent
 * as lapsed for another reason keeps it lapsed. Topic {@code keji.ip.v1}, key = the application number.
 *
 * @param applicationNumber canonical application number, e.g. {@code 202310123456.6}
 * @param patentType the kind of patent, the one of the application number's type digit
 * @param title title of the invention or design
 * @param holders the patentees and their shares, the same as when the right lapsed, adding up to {@code 100.00}
 * @param restoredOn the day the restoration was decided (恢复权利决定日); the right counts as never ended
 */
public record PatentRestored(
        String applicationNumber,
        PatentType patentType,
        String title,
        List<PatentHolderShare> holders,
        LocalDate restoredOn) implements PatentEvent {

    public static final String TYPE = "keji.ip.patent.restored.v1";

    /** @throws IllegalArgumentException if the holders are not a whole (see {@link PatentHolderShare#requireWhole}) */
    public PatentRestored {
        holders = PatentHolderShare.requireWhole(holders);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
