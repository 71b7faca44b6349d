package org.keji.ip.annuity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.material.MaterialReferences;
import org.keji.commons.money.Money;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.problem.UniqueInserts;
import org.keji.commons.security.Caller;
import org.keji.ip.annuity.AnnuityPaymentRepository.LapseCandidate;
import org.keji.ip.annuity.AnnuityRules.AnnuityCharge;
import org.keji.ip.annuity.dto.AnnuityPaymentView;
import org.keji.ip.annuity.dto.AnnuityYearStatus;
import org.keji.ip.annuity.dto.AnnuityYearView;
import org.keji.ip.annuity.dto.PatentAnnuitiesView;
import org.keji.ip.annuity.dto.RecordAnnuityPaymentRequest;
import org.keji.ip.patent.LegalEventKind;
import org.keji.ip.patent.PatentReach;
import org.keji.ip.patent.PatentService;
import org.keji.ip.patent.dto.AppendLegalEventRequest;
import org.keji.ip.patent.dto.LegalEventDetails;

/**
 * The annuities of each patent: payments recorded year by year, the standing of each year, and the lapse of the patents
 * whose grace ended unpaid (through {@link PatentService#append}, so the legal-status log and its events stay the
 * patent aggregate's).
 * <p>
 * Decisions where the rules leave a choice: the grant year's annuity is paid with the registration formalities (细则
 * 第九十七条) and counts as paid; later years are recorded in order (the year after the last one paid), on time, in the
 * grace with its surcharge, or — after an annuity lapse, within the restoration window — with the restoration request
 * (细则 第六条: the fees due are paid with the request), charged the full 25 % when the year's grace has ended. Either
 * order is accepted: the payment first, then the RESTORED event (as CNIPA proceeds), or the RESTORED event first, after
 * which the overdue year stays payable with the 25 % and the job does not lapse the patent again for it.
 */
@ApplicationScoped
public class AnnuityPaymentService {

    private final AnnuityPaymentRepository payments;
    private final AnnuityService schedules;
    private final PatentService patents;
    private final MaterialReferences materials;
    private final Caller caller;
    private final Clock clock;
    private final PatentReach reach;

    public AnnuityPaymentService(AnnuityPaymentRepository payments, AnnuityService schedules, PatentService patents,
            MaterialReferences materials, Caller caller, Clock clock, PatentReach reach) {
        this.payments = payments;
        this.schedules = schedules;
        this.patents = patents;
        this.materials = materials;
        this.caller = caller;
        this.clock = clock;
        this.reach = reach;
    }

    /**
     * Records the payment of one year's annuity, checked against the charge of its payment date, and moves the patent's
     * paid-through year, under the patent's row lock.
     *
     * @throws InvalidRequestException 400 {@code ANNUITY_PAYMENT_INVALID}: a year beyond the term, a date in the future
     *         or before filing
     * @throws ConflictException 409 {@code ANNUITY_ALREADY_PAID}
     * @throws BusinessRuleException 422 {@code ANNUITY_PATENT_NOT_GRANTED}, {@code ANNUITY_PAID_AT_GRANT},
     *         {@code ANNUITY_EARLIER_YEAR_UNPAID}, {@code ANNUITY_PATENT_NOT_IN_FORCE}, {@code RESTORATION_WINDOW_CLOSED},
     *         {@code ANNUITY_GRACE_EXPIRED}, {@code ANNUITY_AMOUNT_MISMATCH}, {@code MATERIAL_NOT_FOUND}
     */
    @Transactional
    public AnnuityPaymentView record(UUID patentId, RecordAnnuityPaymentRequest request) {
        PatentAnnuityFacts patent = payments.factsForUpdate(patentId).orElseThrow(notFound(patentId));
        requireReach(patent, notFound(patentId));
        LocalDate today = LocalDate.now(clock);
        int year = request.termYear();
        LocalDate paidOn = request.paidOn();
        if (year > patent.type().termYears()) {
            throw InvalidRequestException.field("ANNUITY_PAYMENT_INVALID", "termYear",
                    "beyond the term of " + patent.type().termYears() + " years of " + patent.type(), year);
        }
        if (paidOn.isAfter(today) || paidOn.isBefore(patent.filingDate())) {
            throw InvalidRequestException.field("ANNUITY_PAYMENT_INVALID", "paidOn",
                    "must lie between the filing date " + patent.filingDate() + " and today", paidOn);
        }
        if (!patent.granted()) {
            throw new BusinessRuleException("ANNUITY_PATENT_NOT_GRANTED", patent.applicationNumber());
        }
        if (year <= patent.grantYear()) {
            throw new BusinessRuleException("ANNUITY_PAID_AT_GRANT", year, patent.grantYear());
        }
        if (year <= patent.paidThrough()) {
            throw alreadyPaid(year, patent);
        }
        if (year > patent.paidThrough() + 1) {
            throw new BusinessRuleException("ANNUITY_EARLIER_YEAR_UNPAID", year, patent.paidThrough() + 1);
        }
        boolean restoration = requirePayable(patent, paidOn, today);
        AnnuityFeeSchedule schedule = schedules.inForce(AnnuityRules.scheduleKind(patent.type()), paidOn);
        AnnuityCharge charge = AnnuityService.charge(schedule, patent.filingDate(), year, paidOn);
        if (!charge.payable()) {
            // restored before the payment is recorded: CNIPA took this year's annuity with the restoration request
            restoration = restoration || patent.restoredAfter(charge.graceEndsOn());
            if (!restoration) {
                throw new BusinessRuleException("ANNUITY_GRACE_EXPIRED", year, charge.graceEndsOn());
            }
            charge = restorationCharge(charge);
        }
        if (request.amount().compareTo(charge.total()) != 0) {
            throw new BusinessRuleException("ANNUITY_AMOUNT_MISMATCH", charge.total(), request.amount(), charge.fee(),
                    charge.surcharge());
        }
        if (request.receiptMaterialId() != null) {
            requireHoldersMaterial(patent, request.receiptMaterialId());
        }
        AnnuityPayment payment = AnnuityPayment.record(patentId, year, paidOn, charge, restoration, schedule.id(),
                request.receiptMaterialId(), patent.region(), caller.name(), OffsetDateTime.now(clock));
        UniqueInserts.insert(() -> {
            payments.persist(payment);
            payments.flush();
        }, AnnuityPayment.YEAR_UNIQUE, () -> alreadyPaid(year, patent));
        payments.paidThrough(patentId, year);
        return AnnuityPaymentView.of(payment);
    }

    /**
     * The patent's annuities from its grant year to next year (or the term's last year): each PAID, DUE, IN_GRACE or
     * LAPSED as of today. Three queries whatever the number of years: the patent, its payments, the schedule in force.
     */
    public PatentAnnuitiesView annuities(UUID patentId) {
        PatentAnnuityFacts patent = payments.facts(patentId).orElseThrow(notFound(patentId));
        requireReach(patent, notFound(patentId));
        LocalDate today = LocalDate.now(clock);
        boolean overdue = patent.nextDueOn() != null && !patent.nextDueOn().isAfter(today);
        if (!patent.granted()) {
            return new PatentAnnuitiesView(patentId, patent.applicationNumber(), null, null, null, false, List.of());
        }
        Map<Integer, AnnuityPayment> paid = payments.listByPatent(patentId).stream()
                .collect(Collectors.toMap(AnnuityPayment::termYear, Function.identity()));
        AnnuityFeeSchedule schedule = schedules.inForce(AnnuityRules.scheduleKind(patent.type()), today);
        int last = Math.min(AnnuityStanding.termYearOn(patent.filingDate(), today) + 1, patent.type().termYears());
        List<AnnuityYearView> years = new ArrayList<>();
        for (int year = patent.grantYear(); year <= last; year++) {
            years.add(year(patent, year, paid.get(year), schedule, today));
        }
        return new PatentAnnuitiesView(patentId, patent.applicationNumber(), patent.grantYear(), patent.paidThrough(),
                patent.nextDueOn(), overdue, years);
    }

    /**
     * Lapses one batch of granted patents whose first unpaid annuity's grace ended before today: ANNUITY_LAPSED through
     * {@link PatentService#append}, effective on that annuity's due date (专利权自应当缴纳年费期满之日起终止), with today as
     * the notice date. Rows another transaction holds are left to it; a lapsed patent is no longer a candidate, so a
     * second run changes nothing. Returns how many it lapsed.
     */
    @Transactional
    public int lapseGraceEndedBatch(int limit) {
        LocalDate today = LocalDate.now(clock);
        List<LapseCandidate> due = payments.claimGraceEnded(today, limit);
        for (LapseCandidate candidate : due) {
            String reason = "未缴第" + candidate.termYear() + "年年费，滞纳期于 " + candidate.graceEndsOn() + " 届满";
            patents.append(candidate.patentId(), new AppendLegalEventRequest(LegalEventKind.ANNUITY_LAPSED,
                    AnnuityRules.lapseEffectiveOn(candidate.dueOn()), new LegalEventDetails(null, today, reason, null),
                    null));
        }
        return due.size();
    }

    /**
     * Whether the patent may pay now, and whether as part of a restoration: in force (granted, within its term), or
     * lapsed for an unpaid annuity with the payment inside the restoration window of the lapse notice.
     */
    private static boolean requirePayable(PatentAnnuityFacts patent, LocalDate paidOn, LocalDate today) {
        if (patent.lapsedForAnnuity()) {
            LocalDate windowEnds = AnnuityRules.restorationEndsOn(patent.lapseNoticeOn());
            if (paidOn.isAfter(windowEnds)) {
                throw new BusinessRuleException("RESTORATION_WINDOW_CLOSED", patent.lapseNoticeOn(), windowEnds);
            }
            return true;
        }
        if (!PatentAnnuityFacts.GRANTED.equals(patent.status()) || patent.termEndedOn(today)) {
            String reason = patent.termEndedOn(today) ? "TERM_EXPIRED" : patent.lapseReason();
            throw new BusinessRuleException("ANNUITY_PATENT_NOT_IN_FORCE", patent.applicationNumber(), reason);
        }
        return false;
    }

    /** A year whose grace has ended, paid with a restoration request: the annuity and the full 25 % surcharge. */
    private static AnnuityCharge restorationCharge(AnnuityCharge late) {
        int month = AnnuityRules.GRACE_MONTHS;
        BigDecimal rate = AnnuityRules.surchargeRate(month);
        Money surcharge = late.fee().times(rate);
        return new AnnuityCharge(late.dueOn(), late.graceEndsOn(), month, rate, late.fee(), surcharge,
                late.fee().plus(surcharge), true, null);
    }

    private static AnnuityYearView year(PatentAnnuityFacts patent, int year, AnnuityPayment payment,
            AnnuityFeeSchedule schedule, LocalDate today) {
        LocalDate due = AnnuityRules.dueOn(patent.filingDate(), year);
        LocalDate graceEnds = AnnuityRules.graceEndsOn(due);
        if (year == patent.grantYear()) {
            return new AnnuityYearView(year, due, graceEnds, AnnuityYearStatus.PAID_AT_GRANT, null, null, null, null,
                    null, null);
        }
        if (payment != null) {
            return new AnnuityYearView(year, due, graceEnds, AnnuityYearStatus.PAID, payment.fee(),
                    payment.surchargeRate(), payment.surcharge(), payment.total(), payment.paidOn(), payment.id());
        }
        AnnuityCharge charge = AnnuityService.charge(schedule, patent.filingDate(), year, today);
        if (!charge.payable()) {
            return new AnnuityYearView(year, due, graceEnds, AnnuityYearStatus.LAPSED, charge.fee(), null, null, null,
                    null, null);
        }
        boolean inGrace = charge.monthOfGrace() > 0;
        return new AnnuityYearView(year, due, graceEnds, inGrace ? AnnuityYearStatus.IN_GRACE : AnnuityYearStatus.DUE,
                charge.fee(), inGrace ? charge.surchargeRate() : null, inGrace ? charge.surcharge() : null,
                charge.total(), null, null);
    }

    /** The receipt must be a material of one of the holders (the patentee's wallet). */
    private void requireHoldersMaterial(PatentAnnuityFacts patent, UUID materialId) {
        for (String holder : patent.holders()) {
            if (!materials.find(holder, Set.of(materialId)).isEmpty()) {
                return;
            }
        }
        throw new BusinessRuleException("MATERIAL_NOT_FOUND", materialId);
    }

    private void requireReach(PatentAnnuityFacts patent, Supplier<NotFoundException> notFound) {
        reach.require(patent.holders(), patent.region(), notFound);
    }

    private static ConflictException alreadyPaid(int year, PatentAnnuityFacts patent) {
        return new ConflictException("ANNUITY_ALREADY_PAID", year, patent.applicationNumber());
    }

    private static Supplier<NotFoundException> notFound(UUID patentId) {
        return () -> new NotFoundException("PATENT_NOT_FOUND", patentId);
    }
}
