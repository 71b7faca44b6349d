package org.keji.ip.annuity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.keji.commons.identifier.PatentType;

/**
 * What the annuities of a patent depend on, read from the {@code patent} row in one query (with its holders): the
 * patent aggregate's columns as its log last cached them, and the annuity standing V10 keeps beside them.
 *
 * @param status the log's status (FILED, GRANTED, LAPSED), before the term's end is applied
 * @param lapseReason why it lapsed, null unless LAPSED
 * @param lapseNoticeOn the termination notice of an annuity lapse; the restoration window counts from it
 * @param paidThroughYear the last year paid; null when none was recorded (the grant year is paid at grant)
 * @param nextDueOn the due date of the first unpaid annuity; null before the grant and past the term
 * @param holders the holders' codes in holder order
 * @param lastRestoredOn the effective date of the last RESTORED event; null if never restored
 */
record PatentAnnuityFacts(UUID id, String applicationNumber, PatentType type, LocalDate filingDate, String region,
        String status, String lapseReason, LocalDate grantedOn, LocalDate lapseNoticeOn, LocalDate termEndsOn,
        Integer paidThroughYear, LocalDate nextDueOn, List<String> holders, LocalDate lastRestoredOn) {

    static final String GRANTED = "GRANTED";
    static final String LAPSED = "LAPSED";
    static final String ANNUITY_UNPAID = "ANNUITY_UNPAID";

    /** The term year in which the grant took effect; its annuity was paid with the registration formalities. */
    int grantYear() {
        return AnnuityStanding.termYearOn(filingDate, grantedOn);
    }

    /** The last year paid, counting the grant year as paid. */
    int paidThrough() {
        return Math.max(paidThroughYear == null ? 0 : paidThroughYear, grantYear());
    }

    boolean granted() {
        return grantedOn != null;
    }

    /** Whether the term has ended on {@code day} (the term's end is not in the log). */
    boolean termEndedOn(LocalDate day) {
        return !day.isBefore(termEndsOn);
    }

    /** Whether the patent was restored after {@code graceEndsOn}: the annuity of that grace came with the request. */
    boolean restoredAfter(LocalDate graceEndsOn) {
        return lastRestoredOn != null && lastRestoredOn.isAfter(graceEndsOn);
    }

    boolean lapsedForAnnuity() {
        return LAPSED.equals(status) && ANNUITY_UNPAID.equals(lapseReason);
    }
}
