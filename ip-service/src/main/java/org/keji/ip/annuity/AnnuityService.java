package org.keji.ip.annuity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.identifier.PatentApplicationNumber;
import org.keji.commons.identifier.PatentType;
import org.keji.commons.money.Money;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.problem.Problem;
import org.keji.commons.problem.UniqueInserts;
import org.keji.commons.security.Caller;
import org.keji.ip.annuity.AnnuityRules.AnnuityCharge;
import org.keji.ip.annuity.dto.AnnuityFeeBandRequest;
import org.keji.ip.annuity.dto.AnnuityFeeScheduleView;
import org.keji.ip.annuity.dto.AnnuityQuoteView;
import org.keji.ip.annuity.dto.PublishAnnuityScheduleRequest;

/**
 * The annuity schedule as data and quotes over it. Reusable by the later step that records per-patent payments and
 * lapses: {@link #charge} gives the charge of one year's annuity on a payment date from the schedule in force.
 */
@ApplicationScoped
public class AnnuityService {

    private final AnnuityFeeScheduleRepository schedules;
    private final Caller caller;
    private final Clock clock;

    public AnnuityService(AnnuityFeeScheduleRepository schedules, Caller caller, Clock clock) {
        this.schedules = schedules;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public AnnuityFeeScheduleView publish(PublishAnnuityScheduleRequest request) {
        PatentType kind = request.patentType();
        List<Problem.Violation> violations = new ArrayList<>();
        if (AnnuityRules.scheduleKind(kind) != kind) {
            violations.add(new Problem.Violation("patentType", "PCT kinds pay as their base kind: publish "
                    + AnnuityRules.scheduleKind(kind) + " instead", kind.name()));
        } else {
            violations.addAll(checkBands(request.bands(), kind.termYears()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("ANNUITY_SCHEDULE_INVALID", violations);
        }
        if (schedules.exists(kind, request.effectiveFrom())) {
            throw exists(kind, request.effectiveFrom());
        }
        List<AnnuityFeeBand> bands = request.bands().stream()
                .map(band -> new AnnuityFeeBand(band.fromYear(), band.toYear(), band.amount())).toList();
        AnnuityFeeSchedule schedule = AnnuityFeeSchedule.publish(kind, request.effectiveFrom(), bands,
                request.source().strip(), caller.name(), OffsetDateTime.now(clock));
        UniqueInserts.insert(() -> {
            schedules.persist(schedule);
            schedules.flush();
        }, "patent_annuity_fee_schedule_version", () -> exists(kind, request.effectiveFrom()));
        return AnnuityFeeScheduleView.of(schedule);
    }

    public AnnuityFeeScheduleView get(UUID id) {
        return schedules.findByIdOptional(id).map(AnnuityFeeScheduleView::of)
                .orElseThrow(() -> new NotFoundException("ANNUITY_SCHEDULE_NOT_FOUND", id));
    }

    public Page<AnnuityFeeScheduleView> search(PatentType kind, LocalDate on, PageQuery query) {
        return schedules.search(kind == null ? null : AnnuityRules.scheduleKind(kind), on, query)
                .map(AnnuityFeeScheduleView::of);
    }

    /**
     * The quote of year {@code termYear}'s annuity paid on {@code paymentDate}, for a patent of the given kind, or of the
     * kind its application number shows, filed on {@code filingDate}.
     *
     * @throws InvalidRequestException 400 {@code ANNUITY_QUOTE_INVALID} naming each bad field
     * @throws BusinessRuleException 422 {@code ANNUITY_SCHEDULE_NOT_IN_FORCE} before the first schedule of the kind
     */
    public AnnuityQuoteView quote(PatentType patentType, String applicationNumber, LocalDate filingDate,
            int termYear, LocalDate paymentDate) {
        List<Problem.Violation> violations = new ArrayList<>();
        PatentType kind = patentType;
        if (applicationNumber != null) {
            PatentApplicationNumber number = PatentApplicationNumber.of(applicationNumber);
            if (patentType != null && patentType != number.type()) {
                violations.add(new Problem.Violation("patentType",
                        "differs from the kind of the application number (" + number.type() + ")", patentType.name()));
            }
            if (number.filingYear() != filingDate.getYear()) {
                violations.add(new Problem.Violation("filingDate",
                        "must be in the filing year of the application number (" + number.filingYear() + ")",
                        filingDate.toString()));
            }
            kind = number.type();
        } else if (patentType == null) {
            violations.add(new Problem.Violation("patentType", "give the patent type or the application number", null));
        }
        if (paymentDate.isBefore(filingDate)) {
            violations.add(new Problem.Violation("paymentDate", "must not be before the filing date",
                    paymentDate.toString()));
        }
        if (kind != null && termYear > kind.termYears()) {
            violations.add(new Problem.Violation("termYear",
                    "beyond the term of " + kind.termYears() + " years of " + kind, String.valueOf(termYear)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("ANNUITY_QUOTE_INVALID", violations);
        }
        PatentType scheduleKind = AnnuityRules.scheduleKind(kind);
        AnnuityFeeSchedule schedule = inForce(scheduleKind, paymentDate);
        AnnuityCharge charge = charge(schedule, filingDate, termYear, paymentDate);
        return new AnnuityQuoteView(kind, scheduleKind, filingDate, termYear, paymentDate, charge.dueOn(),
                charge.graceEndsOn(), charge.monthOfGrace(), charge.surchargeRate(), charge.fee(), charge.surcharge(),
                charge.total(), charge.payable(), charge.lapseEffectiveOn(), schedule.id(), schedule.effectiveFrom());
    }

    /**
     * The schedule version of {@code scheduleKind} in force on {@code day}: fees are charged at the rates in force on
     * the payment date.
     */
    public AnnuityFeeSchedule inForce(PatentType scheduleKind, LocalDate day) {
        return schedules.inForce(scheduleKind, day)
                .orElseThrow(() -> new BusinessRuleException("ANNUITY_SCHEDULE_NOT_IN_FORCE", scheduleKind, day));
    }

    /** The charge of one year's annuity from {@code schedule}; the year must lie within its term. */
    public static AnnuityCharge charge(AnnuityFeeSchedule schedule, LocalDate filingDate, int termYear,
            LocalDate paymentDate) {
        Money fee = schedule.feeOf(termYear).orElseThrow(() -> InvalidRequestException.field("ANNUITY_QUOTE_INVALID",
                "termYear", "beyond the term of " + schedule.termYears() + " years", termYear));
        return AnnuityRules.charge(filingDate, termYear, fee, paymentDate);
    }

    /** Bands from year 1 to {@code term}, in order, without gaps or overlaps, each amount at least zero. */
    static List<Problem.Violation> checkBands(List<AnnuityFeeBandRequest> bands, int term) {
        List<Problem.Violation> violations = new ArrayList<>();
        int next = 1;
        for (int i = 0; i < bands.size(); i++) {
            AnnuityFeeBandRequest band = bands.get(i);
            String path = "bands[" + i + "]";
            if (band.fromYear() != next) {
                violations.add(new Problem.Violation(path + ".fromYear", "must be " + next
                        + " (bands follow each other from year 1 without gaps or overlaps)", band.fromYear().toString()));
            }
            if (band.toYear() < band.fromYear()) {
                violations.add(new Problem.Violation(path + ".toYear", "must not be before fromYear",
                        band.toYear().toString()));
            }
            if (band.amount().isNegative()) {
                violations.add(new Problem.Violation(path + ".amount", "must not be negative", band.amount().toString()));
            }
            next = band.toYear() + 1;
        }
        if (next - 1 != term) {
            violations.add(new Problem.Violation("bands", "must end with the last year of the term, " + term,
                    String.valueOf(next - 1)));
        }
        return violations;
    }

    private static ConflictException exists(PatentType kind, LocalDate effectiveFrom) {
        return new ConflictException("ANNUITY_SCHEDULE_EXISTS", kind, effectiveFrom);
    }
}
