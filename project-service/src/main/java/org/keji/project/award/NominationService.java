package org.keji.project.award;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.calendar.WorkingCalendars;
import org.keji.commons.cases.CaseClock;
import org.keji.commons.cases.CaseEvents;
import org.keji.commons.cases.CaseLimits;
import org.keji.commons.cases.CaseRecounter;
import org.keji.commons.event.cases.CaseOutcome;
import org.keji.commons.event.project.AwardDecided;
import org.keji.commons.event.project.AwardPaid;
import org.keji.commons.material.MaterialReferences;
import org.keji.commons.outbox.Outbox;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.security.Caller;
import org.keji.commons.security.Roles;
import org.keji.commons.tracking.TrackingNumberGenerator;
import org.keji.commons.tracking.TrackingPrefix;
import org.keji.project.award.dto.AwardMaterialReference;
import org.keji.project.award.dto.DecideRequest;
import org.keji.project.award.dto.MemberInput;
import org.keji.project.award.dto.MemberView;
import org.keji.project.award.dto.NominateRequest;
import org.keji.project.award.dto.NominationView;
import org.keji.project.award.dto.PayAwardRequest;
import org.keji.project.replica.EnterpriseReplica;
import org.keji.project.replica.EnterpriseReplicaRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Award nominations from nomination to payment, refusal or withdrawal. Each action checks the caller's reach (an
 * applicant its own enterprise's nominations, an officer those of its region; others 404), the state of the case (409
 * with the allowed actions), changes it, and publishes the case event and, on a decision or payment, the domain event,
 * in the same transaction. Actions on one case are serialized on its row; the grade quota is held by the grade row.
 */
@ApplicationScoped
public class NominationService implements CaseRecounter {

    private static final TypeReference<List<MemberInput>> MEMBERS = new TypeReference<>() {
    };
    private static final TypeReference<List<AwardMaterialReference>> MATERIALS = new TypeReference<>() {
    };

    private final NominationRepository nominations;
    private final YearGradeRepository grades;
    private final EnterpriseReplicaRepository enterprises;
    private final AwardConfig config;
    private final TrackingNumberGenerator trackingNumbers;
    private final Outbox outbox;
    private final CaseEvents caseEvents;
    private final MaterialReferences materialReferences;
    private final WorkingCalendars calendars;
    private final Caller caller;
    private final Clock clock;
    private final ObjectMapper json;

    public NominationService(NominationRepository nominations, YearGradeRepository grades,
            EnterpriseReplicaRepository enterprises, AwardConfig config, TrackingNumberGenerator trackingNumbers,
            Outbox outbox, CaseEvents caseEvents, MaterialReferences materialReferences, WorkingCalendars calendars,
            Caller caller, Clock clock, ObjectMapper json) {
        this.nominations = nominations;
        this.grades = grades;
        this.enterprises = enterprises;
        this.config = config;
        this.trackingNumbers = trackingNumbers;
        this.outbox = outbox;
        this.caseEvents = caseEvents;
        this.materialReferences = materialReferences;
        this.calendars = calendars;
        this.caller = caller;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Opens a case for an enterprise the caller reaches (an applicant only its own), known from the enterprise replica,
     * whose region the nomination takes; the nominated grade must be published for the year and every material must be
     * the enterprise's.
     */
    @Transactional
    public NominationView nominate(NominateRequest request) {
        String uscc = request.uscc();
        EnterpriseReplica enterprise = enterprises.findByIdOptional(uscc)
                .orElseThrow(() -> new NotFoundException("ENTERPRISE_REPLICA_NOT_FOUND", uscc));
        caller.requireEnterprise(uscc, enterprise.region(),
                () -> new NotFoundException("ENTERPRISE_REPLICA_NOT_FOUND", uscc));
        if (grades.find(request.year(), request.nominatedGrade()).isEmpty()) {
            throw new BusinessRuleException("AWARD_GRADE_NOT_PUBLISHED", request.year(), request.nominatedGrade());
        }
        materialReferences.require(uscc, request.materials().stream().map(AwardMaterialReference::materialId).toList());
        List<MemberInput> members = request.members().stream()
                .map(m -> new MemberInput(m.name().strip(), m.idNumber(), m.role().strip())).toList();
        LocalDate today = LocalDate.now(clock);
        Nomination nomination = Nomination.nominate(trackingNumbers.next(TrackingPrefix.PRJ),
                new Nomination.Terms(config.matterCode(),
                        new CaseLimits(config.promisedWorkingDays(), config.legalWorkingDays()), uscc,
                        enterprise.region(), request.year(), request.title().strip(), request.summary().strip(),
                        request.nominatedGrade(), write(members), write(request.materials())),
                today, calendars.current(), caller.name(), OffsetDateTime.now(clock));
        nominations.persist(nomination);
        caseEvents.opened(nomination.reference(), nomination.clock(), nomination.status().name());
        return view(nomination);
    }

    /** Formal review passed: on to the review committee. */
    @Transactional
    public NominationView review(UUID id) {
        Nomination nomination = load(id, true);
        NominationStatus previous = nomination.status();
        nomination.review(OffsetDateTime.now(clock));
        caseEvents.statusChanged(nomination.reference(), nomination.clock(), nomination.status().name(),
                previous.name());
        return view(nomination);
    }

    /**
     * Awards a grade at the amount published for the nomination's year, counted against the grade's quota exactly, or
     * refuses with the reason (the case closes). The decider is recorded: the payment must be recorded by someone else.
     */
    @Transactional
    public NominationView decide(UUID id, DecideRequest request) {
        Nomination nomination = load(id, true);
        NominationStatus previous = nomination.status();
        nomination.requireDecidable();
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String decider = caller.name();
        if (request.outcome() == DecideRequest.Outcome.AWARDED) {
            if (request.grade() == null) {
                throw InvalidRequestException.field("VALIDATION_FAILED", "grade", "required when AWARDED", null);
            }
            YearGrade grade = grades.find(nomination.year(), request.grade()).orElseThrow(
                    () -> new BusinessRuleException("AWARD_GRADE_NOT_PUBLISHED", nomination.year(), request.grade()));
            YearGradeRepository.Awarded awarded = grades.award(grade.id()).orElseThrow(
                    () -> new BusinessRuleException("AWARD_GRADE_QUOTA_EXHAUSTED", nomination.year(), request.grade(),
                            grade.quota()));
            nomination.award(request.grade(), awarded.gradeId(), awarded.amount(), decider, today, now);
            publishDecision(nomination);
            caseEvents.statusChanged(nomination.reference(), nomination.clock(), nomination.status().name(),
                    previous.name());
        } else {
            if (request.reason() == null || request.reason().isBlank()) {
                throw InvalidRequestException.field("VALIDATION_FAILED", "reason", "required when NOT_AWARDED", null);
            }
            nomination.notAward(request.reason().strip(), decider, today, calendars.current(), now);
            publishDecision(nomination);
            caseEvents.closed(nomination.reference(), nomination.clock(), nomination.status().name(), previous.name(),
                    CaseOutcome.REFUSED);
        }
        return view(nomination);
    }

    private void publishDecision(Nomination n) {
        outbox.publish(new AwardDecided(n.id().toString(), n.trackingNumber(), n.matterCode(), n.uscc(), n.region(),
                n.year(), n.status().name(), n.awardedGrade() == null ? null : n.awardedGrade().name(), n.amount(),
                n.notAwardedReason(), n.decidedBy(), n.decidedOn()));
    }

    /** Records the payment of the awarded amount by an officer other than the decider (maker-checker); the case closes. */
    @Transactional
    public NominationView pay(UUID id, PayAwardRequest request) {
        Nomination nomination = load(id, true);
        NominationStatus previous = nomination.status();
        String payer = caller.name();
        nomination.requirePayable(payer);
        if (request.amount().isNegative() || request.amount().isZero()) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "amount", "must be more than zero",
                    request.amount().toString());
        }
        if (request.amount().compareTo(nomination.amount()) != 0) {
            throw new BusinessRuleException("AWARD_PAYMENT_AMOUNT_MISMATCH", request.amount(), nomination.amount());
        }
        LocalDate today = LocalDate.now(clock);
        if (request.paidOn().isBefore(nomination.decidedOn()) || request.paidOn().isAfter(today)) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "paidOn",
                    "must lie between the decision (" + nomination.decidedOn() + ") and today",
                    request.paidOn().toString());
        }
        String voucher = request.voucherNumber().strip();
        nomination.pay(payer, request.paidOn(), voucher, today, calendars.current(), OffsetDateTime.now(clock));
        outbox.publish(new AwardPaid(nomination.id().toString(), nomination.trackingNumber(),
                nomination.matterCode(), nomination.uscc(), nomination.region(), nomination.year(),
                nomination.awardedGrade().name(), nomination.paidAmount(), nomination.paidOn(), voucher, payer));
        caseEvents.closed(nomination.reference(), nomination.clock(), nomination.status().name(), previous.name(),
                CaseOutcome.APPROVED);
        return view(nomination);
    }

    /** Withdrawn before the decision; the case closes. */
    @Transactional
    public NominationView withdraw(UUID id) {
        Nomination nomination = load(id, true);
        NominationStatus previous = nomination.status();
        nomination.withdraw(LocalDate.now(clock), calendars.current(), OffsetDateTime.now(clock));
        caseEvents.closed(nomination.reference(), nomination.clock(), nomination.status().name(), previous.name(),
                CaseOutcome.WITHDRAWN);
        return view(nomination);
    }

    /**
     * Counts the due dates of the open nominations whose dates are provisional again, once the calendar of {@code year}
     * is loaded, and publishes {@code keji.case.status-changed.v1} (same status, new dates) for each case whose dates
     * changed. Returns how many changed.
     */
    @Override
    @Transactional
    public int recomputeDueDates(int year) {
        return caseEvents.recounted(nominations.lockOpenWithProvisionalDueDates(year), calendars.current());
    }

    @Override
    public String recountedCases() {
        return "open award nominations";
    }

    public NominationView get(UUID id) {
        return view(load(id, false));
    }

    /** A page within the caller's reach: an applicant its own nominations, an officer its region's, others all. */
    public Page<NominationView> search(NominationRepository.Filter filter, PageQuery query) {
        NominationRepository.Filter scoped = filter;
        if (caller.is(Roles.APPLICANT)) {
            String own = caller.uscc().orElse("-");
            if (filter.uscc() != null && !filter.uscc().equals(own)) {
                return Page.of(List.of(), query, 0);
            }
            scoped = new NominationRepository.Filter(filter.year(), filter.status(), own, filter.awardedGrade(),
                    filter.regionPrefix());
        }
        return nominations.search(scoped, caller.officerRegions().orElse(null), query).map(this::view);
    }

    /** The nomination if the caller may see it: bureau roles within their reach, an applicant its own. */
    private Nomination load(UUID id, boolean lock) {
        Nomination nomination = (lock ? nominations.lock(id) : nominations.findByIdOptional(id))
                .orElseThrow(() -> notFound(id));
        caller.requireEnterprise(nomination.uscc(), nomination.region(), () -> notFound(id));
        return nomination;
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("AWARD_NOMINATION_NOT_FOUND", id);
    }

    /** The view; members' ID numbers masked unless the caller is an officer or an admin (DESIGN.md personal data). */
    private NominationView view(Nomination n) {
        boolean clear = caller.is(Roles.OFFICER) || caller.is(Roles.ADMIN);
        List<MemberView> members = read(n.membersJson(), MEMBERS).stream()
                .map(m -> new MemberView(m.name(),
                        clear ? m.idNumber() : ResidentIdNumber.Check.masked(m.idNumber()), m.role()))
                .toList();
        LocalDate today = LocalDate.now(clock);
        CaseClock k = n.clock();
        return new NominationView(n.id(), n.trackingNumber(), n.matterCode(), n.uscc(), n.region(), n.year(),
                n.title(), n.summary(), n.nominatedGrade(), members, read(n.materialsJson(), MATERIALS), n.status(),
                n.status().actions(), n.awardedGrade(), n.amount(), n.notAwardedReason(), n.decidedBy(),
                n.decidedOn(), n.paidAmount(), n.paidOn(), n.voucherNumber(), n.paidBy(), k.submittedOn(),
                k.promisedDueOn(), k.promisedDueOnProvisional(), k.legalDueOn(), k.legalDueOnProvisional(),
                k.workingDaysLeft(today, calendars.current()), k.overdue(today), k.closedOn(), n.submittedBy(),
                n.createdAt(), n.updatedAt(), n.version());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String stored, TypeReference<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + type.getType() + " cannot be read", e);
        }
    }
}
