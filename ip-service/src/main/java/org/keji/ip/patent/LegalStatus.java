package org.keji.ip.patent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.IllegalTransitionException;

/**
 * The legal status of a patent as a fold over its legal-status log: each event moves the status, and an event the
 * current status does not allow is refused (409 {@code PATENT_EVENT_NOT_ALLOWED} with the allowed kinds). Never edited
 * by hand; the columns of {@code patent} cache the result of the last fold.
 *
 * @param status FILED, GRANTED or LAPSED as the log says (the term's end is applied by {@link #asOf})
 * @param lapseReason why it lapsed; null unless LAPSED
 * @param grantNumber {@code ZL…} once granted
 * @param grantedOn the grant's effective date
 * @param lapsedOn the day the patent ceased to be in force
 * @param lapseNoticeOn for an annuity lapse, the notice date the restoration window counts from
 * @param restored whether an annuity lapse was ever undone
 * @param transferred whether the holders ever changed
 * @param invalidationPending whether an invalidation request awaits its decision (a pledge is refused meanwhile)
 */
public record LegalStatus(PatentStatus status, LapseReason lapseReason, String grantNumber, LocalDate grantedOn,
        LocalDate lapsedOn, LocalDate lapseNoticeOn, boolean restored, boolean transferred,
        boolean invalidationPending) {

    /** Restoration within two months of the lapse notice (专利法实施细则 Art. 6). */
    public static final int RESTORATION_MONTHS = 2;

    /** The status after the FILED event that opens every log. */
    public static LegalStatus filed() {
        return new LegalStatus(PatentStatus.FILED, null, null, null, null, null, false, false, false);
    }

    /** One entry of the log as the fold reads it. */
    public record Step(LegalEventKind kind, LocalDate effectiveDate, LocalDate noticeDate) {
    }

    /** The status the whole log gives, in sequence order; the first event is FILED. */
    public static LegalStatus fold(String applicationNumber, List<Step> log) {
        LegalStatus status = null;
        for (Step step : log) {
            status = status == null ? filed()
                    : status.apply(applicationNumber, step.kind(), step.effectiveDate(), step.noticeDate());
        }
        return status;
    }

    /**
     * The status on {@code today}: a granted patent whose term has ended ({@code today} on or after {@code termEndsOn})
     * is LAPSED with TERM_EXPIRED even though the log records nothing.
     */
    public LegalStatus asOf(LocalDate today, LocalDate termEndsOn) {
        if (status == PatentStatus.GRANTED && !today.isBefore(termEndsOn)) {
            return new LegalStatus(PatentStatus.LAPSED, LapseReason.TERM_EXPIRED, grantNumber, grantedOn, termEndsOn,
                    null, restored, transferred, invalidationPending);
        }
        return this;
    }

    /** The kinds of event this status allows next. */
    public List<LegalEventKind> allowedKinds() {
        List<LegalEventKind> allowed = new ArrayList<>();
        switch (status) {
            case FILED -> allowed.addAll(List.of(LegalEventKind.GRANTED, LegalEventKind.ABANDONED,
                    LegalEventKind.TRANSFERRED));
            case GRANTED -> {
                allowed.addAll(List.of(LegalEventKind.ANNUITY_LAPSED, LegalEventKind.ABANDONED));
                allowed.add(invalidationPending ? LegalEventKind.INVALIDATION_REJECTED
                        : LegalEventKind.INVALIDATION_REQUESTED);
                allowed.addAll(List.of(LegalEventKind.INVALIDATED, LegalEventKind.TRANSFERRED));
            }
            case LAPSED -> {
                if (lapseReason == LapseReason.ANNUITY_UNPAID) {
                    allowed.add(LegalEventKind.RESTORED);
                }
            }
        }
        return allowed;
    }

    /**
     * The status after one more event.
     *
     * @throws IllegalTransitionException 409 {@code PATENT_EVENT_NOT_ALLOWED} when this status does not allow the kind
     * @throws BusinessRuleException 422 {@code RESTORATION_WINDOW_CLOSED} for a restoration later than two months after
     *         the lapse notice
     */
    public LegalStatus apply(String applicationNumber, LegalEventKind kind, LocalDate effectiveDate,
            LocalDate noticeDate) {
        if (!allowedKinds().contains(kind)) {
            throw new IllegalTransitionException("PATENT_EVENT_NOT_ALLOWED", kind.name(), status,
                    allowedKinds().stream().map(Enum::name).toList());
        }
        return switch (kind) {
            case GRANTED -> new LegalStatus(PatentStatus.GRANTED, null, "ZL" + applicationNumber, effectiveDate, null,
                    null, restored, transferred, false);
            case ANNUITY_LAPSED -> lapsed(LapseReason.ANNUITY_UNPAID, effectiveDate, noticeDate);
            case ABANDONED -> lapsed(LapseReason.ABANDONED, effectiveDate, null);
            case INVALIDATED -> lapsed(LapseReason.INVALIDATED, effectiveDate, null);
            case INVALIDATION_REQUESTED -> withPending(true);
            case INVALIDATION_REJECTED -> withPending(false);
            case RESTORED -> {
                LocalDate windowEnds = lapseNoticeOn.plusMonths(RESTORATION_MONTHS);
                if (effectiveDate.isAfter(windowEnds)) {
                    throw new BusinessRuleException("RESTORATION_WINDOW_CLOSED", lapseNoticeOn, windowEnds);
                }
                yield new LegalStatus(PatentStatus.GRANTED, null, grantNumber, grantedOn, null, null, true,
                        transferred, false);
            }
            case TRANSFERRED -> new LegalStatus(status, lapseReason, grantNumber, grantedOn, lapsedOn, lapseNoticeOn,
                    restored, true, invalidationPending);
            case FILED -> throw new IllegalStateException("FILED opens the log");
        };
    }

    private LegalStatus lapsed(LapseReason reason, LocalDate on, LocalDate notice) {
        return new LegalStatus(PatentStatus.LAPSED, reason, grantNumber, grantedOn, on, notice, restored, transferred,
                false);
    }

    private LegalStatus withPending(boolean pending) {
        return new LegalStatus(status, lapseReason, grantNumber, grantedOn, lapsedOn, lapseNoticeOn, restored,
                transferred, pending);
    }
}
