package org.keji.ip.subsidy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.calendar.WorkingCalendars;
import org.keji.commons.calendar.WorkingDayCalendar;
import org.keji.commons.cases.CaseClock;
import org.keji.commons.cases.CaseEvents;
import org.keji.commons.cases.CaseLimits;
import org.keji.commons.cases.CaseRecounter;
import org.keji.commons.event.cases.CaseOutcome;
import org.keji.commons.event.ip.PatentSubsidyApproved;
import org.keji.commons.event.ip.PatentSubsidyPaid;
import org.keji.commons.event.ip.PatentSubsidyRefused;
import org.keji.commons.identifier.PatentApplicationNumber;
import org.keji.commons.material.MaterialReferences;
import org.keji.commons.material.MaterialSummary;
import org.keji.commons.money.Money;
import org.keji.commons.outbox.Outbox;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.problem.UniqueInserts;
import org.keji.commons.security.Caller;
import org.keji.commons.security.Roles;
import org.keji.commons.tracking.TrackingNumberGenerator;
import org.keji.commons.tracking.TrackingPrefix;
import org.keji.commons.web.JsonColumns;
import org.keji.ip.patent.Patent;
import org.keji.ip.patent.PatentHolder;
import org.keji.ip.patent.PatentHolderRepository;
import org.keji.ip.patent.PatentRepository;
import org.keji.ip.policy.SubsidyPolicy;
import org.keji.ip.policy.SubsidyPolicyRepository;
import org.keji.ip.subsidy.dto.ApplySubsidyRequest;
import org.keji.ip.subsidy.dto.ApproveSubsidyRequest;
import org.keji.ip.subsidy.dto.PatentSubsidyView;
import org.keji.ip.subsidy.dto.PaySubsidyRequest;
import org.keji.ip.subsidy.dto.RefuseSubsidyRequest;
import org.keji.ip.subsidy.dto.SubsidyCorrectionRequest;
import org.keji.ip.subsidy.dto.SubsidyMaterialReference;
import org.keji.ip.subsidy.dto.SubsidyMaterialView;
import org.keji.ip.subsidy.dto.SubsidyResubmitRequest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Patent subsidy and grant-reward applications from submission to payment, refusal or withdrawal. Each action checks
 * the caller's reach (an applicant its own applications, an officer those of its region, the patent's; others 404), the
 * state of the case (409 with the allowed actions), changes it, adjusts the reservation against the policy's caps, and
 * publishes the case event and, on a decision or payment, the domain event, in the same transaction. Actions on one case
 * are serialized on its row.
 */
@ApplicationScoped
public class SubsidyService implements CaseRecounter {

    private static final TypeReference<List<SubsidyMaterialReference>> MATERIALS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    private final SubsidyApplicationRepository applications;
    private final SubsidyLedger ledger;
    private final SubsidyPolicyRepository policies;
    private final PatentRepository patents;
    private final PatentHolderRepository holders;
    private final TrackingNumberGenerator trackingNumbers;
    private final Outbox outbox;
    private final CaseEvents caseEvents;
    private final MaterialReferences materialReferences;
    private final WorkingCalendars calendars;
    private final Caller caller;
    private final Clock clock;
    private final ObjectMapper json;

    public SubsidyService(SubsidyApplicationRepository applications, SubsidyLedger ledger,
            SubsidyPolicyRepository policies, PatentRepository patents, PatentHolderRepository holders,
            TrackingNumberGenerator trackingNumbers, Outbox outbox, CaseEvents caseEvents,
            MaterialReferences materialReferences, WorkingCalendars calendars, Caller caller, Clock clock,
            ObjectMapper json) {
        this.applications = applications;
        this.ledger = ledger;
        this.policies = policies;
        this.patents = patents;
        this.holders = holders;
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
     * Opens a case after checking every condition of the policy at once, then holds the patent under the policy (one
     * live application per patent and policy, kept by a unique index) and reserves the policy's amount for the patent's
     * type against the applicant's caps and the policy's budget. A co-owned patent is subsidized once, in full, to the
     * holder that applies.
     */
    @Transactional
    public PatentSubsidyView submit(ApplySubsidyRequest request) {
        String applicant = request.applicantUscc();
        if (caller.is(Roles.APPLICANT) && !applicant.equals(caller.uscc().orElse(null))) {
            throw new NotFoundException("ENTERPRISE_NOT_FOUND", applicant);
        }
        Patent patent = patentOf(request);
        caller.requireEnterprise(applicant, patent.region(),
                () -> new NotFoundException("PATENT_NOT_FOUND", patent.applicationNumber()));
        SubsidyPolicy policy = policies.findByIdOptional(request.policyId())
                .orElseThrow(() -> new NotFoundException("SUBSIDY_POLICY_NOT_FOUND", request.policyId()));
        LocalDate today = LocalDate.now(clock);
        List<String> current = holders.listByPatent(patent.id()).stream().map(PatentHolder::uscc).toList();
        List<SubsidyEligibility.Failure> failures = SubsidyEligibility.failures(policy, patent, current, applicant,
                today);
        if (!failures.isEmpty()) {
            throw new SubsidyEligibility.NotEligibleException(failures);
        }
        materialReferences.require(applicant,
                request.materials().stream().map(SubsidyMaterialReference::materialId).toList());
        Money amount = policy.amounts().get(patent.type());
        SubsidyApplication application = SubsidyApplication.submit(trackingNumbers.next(TrackingPrefix.IP),
                new SubsidyApplication.Terms(policy.id(), policy.year(), policy.matterCode(),
                        new CaseLimits(policy.promisedWorkingDays(), policy.legalWorkingDays()), patent.id(),
                        patent.applicationNumber(), patent.type(), applicant, patent.region(), amount),
                JsonColumns.write(json, request.materials()), today, calendar(), caller.name(), OffsetDateTime.now(clock));
        UniqueInserts.insert(() -> {
            applications.persist(application);
            applications.flush();
        }, SubsidyApplication.ONCE_PER_PATENT,
                () -> new ConflictException("SUBSIDY_ALREADY_APPLIED", patent.applicationNumber(), policy.code()));
        ledger.reserve(policy, applicant, amount);
        caseEvents.opened(application.reference(), application.clock(), application.status().name());
        return view(application, false);
    }

    @Transactional
    public PatentSubsidyView requestCorrection(UUID id, SubsidyCorrectionRequest request) {
        SubsidyApplication application = load(id, true);
        SubsidyStatus previous = application.status();
        application.requestCorrection(JsonColumns.write(json, request.missingMaterials().stream().map(String::strip).toList()),
                LocalDate.now(clock), OffsetDateTime.now(clock));
        caseEvents.paused(application.reference(), application.clock(), application.status().name(),
                previous.name());
        return view(application, false);
    }

    @Transactional
    public PatentSubsidyView resubmit(UUID id, SubsidyResubmitRequest request) {
        SubsidyApplication application = load(id, true);
        SubsidyStatus previous = application.status();
        // the state first, so an action the state does not allow answers 409 whatever it carries
        application.requireResubmittable();
        materialReferences.require(application.applicantUscc(),
                request.materials().stream().map(SubsidyMaterialReference::materialId).toList());
        application.resubmit(JsonColumns.write(json, request.materials()), LocalDate.now(clock), calendar(),
                OffsetDateTime.now(clock));
        caseEvents.resumed(application.reference(), application.clock(), application.status().name(),
                previous.name());
        return view(application, false);
    }

    /**
     * Approves for at most the amount applied for; a lower amount gives the difference back to the caps and the budget.
     * The approver is recorded: the payment must be recorded by someone else.
     */
    @Transactional
    public PatentSubsidyView approve(UUID id, ApproveSubsidyRequest request) {
        SubsidyApplication application = load(id, true);
        SubsidyStatus previous = application.status();
        application.requireApprovable();
        Money approved = request.approvedAmount();
        if (approved.isNegative() || approved.isZero()) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "approvedAmount", "must be more than zero",
                    approved.toString());
        }
        if (approved.compareTo(application.amount()) > 0) {
            throw new BusinessRuleException("SUBSIDY_APPROVED_AMOUNT_EXCEEDS", approved, application.amount());
        }
        if (approved.compareTo(application.amount()) < 0) {
            ledger.release(application.policyId(), application.applicantUscc(), application.amount().minus(approved),
                    false);
        }
        LocalDate today = LocalDate.now(clock);
        application.approve(approved, caller.name(), today, OffsetDateTime.now(clock));
        outbox.publish(new PatentSubsidyApproved(application.id().toString(), application.trackingNumber(),
                application.matterCode(), application.policyId().toString(), application.year(),
                application.applicantUscc(), application.applicationNumber(), application.patentType().name(),
                application.region(), approved, today));
        caseEvents.statusChanged(application.reference(), application.clock(), application.status().name(),
                previous.name());
        return view(application, false);
    }

    /** Refuses with every reason; the reservation is given back and the patent is free under the policy again. */
    @Transactional
    public PatentSubsidyView refuse(UUID id, RefuseSubsidyRequest request) {
        SubsidyApplication application = load(id, true);
        SubsidyStatus previous = application.status();
        List<String> reasons = request.reasons().stream().map(String::strip).toList();
        LocalDate today = LocalDate.now(clock);
        application.refuse(JsonColumns.write(json, reasons), today, calendar(), OffsetDateTime.now(clock));
        ledger.release(application.policyId(), application.applicantUscc(), application.amount(), true);
        outbox.publish(new PatentSubsidyRefused(application.id().toString(), application.trackingNumber(),
                application.matterCode(), application.policyId().toString(), application.applicantUscc(),
                application.applicationNumber(), application.region(), reasons, today));
        caseEvents.closed(application.reference(), application.clock(), application.status().name(),
                previous.name(), CaseOutcome.REFUSED);
        return view(application, false);
    }

    /** Withdrawn before a decision; the reservation is given back and the patent is free under the policy again. */
    @Transactional
    public PatentSubsidyView withdraw(UUID id) {
        SubsidyApplication application = load(id, true);
        SubsidyStatus previous = application.status();
        application.withdraw(LocalDate.now(clock), calendar(), OffsetDateTime.now(clock));
        ledger.release(application.policyId(), application.applicantUscc(), application.amount(), true);
        caseEvents.closed(application.reference(), application.clock(), application.status().name(),
                previous.name(), CaseOutcome.WITHDRAWN);
        return view(application, false);
    }

    /**
     * Records the payment of the approved amount by an officer other than the approver (maker-checker); the case
     * closes.
     */
    @Transactional
    public PatentSubsidyView pay(UUID id, PaySubsidyRequest request) {
        SubsidyApplication application = load(id, true);
        SubsidyStatus previous = application.status();
        String payer = caller.name();
        application.requirePayable(payer);
        if (request.amount().compareTo(application.approvedAmount()) != 0) {
            throw new BusinessRuleException("SUBSIDY_PAYMENT_AMOUNT_MISMATCH", request.amount(),
                    application.approvedAmount());
        }
        LocalDate today = LocalDate.now(clock);
        if (request.paidOn().isBefore(application.approvedOn()) || request.paidOn().isAfter(today)) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "paidOn",
                    "must lie between the approval (" + application.approvedOn() + ") and today",
                    request.paidOn().toString());
        }
        String voucher = request.voucherNumber().strip();
        application.pay(payer, request.paidOn(), voucher, today, calendar(), OffsetDateTime.now(clock));
        outbox.publish(new PatentSubsidyPaid(application.id().toString(), application.trackingNumber(),
                application.matterCode(), application.policyId().toString(), application.year(),
                application.applicantUscc(), application.applicationNumber(), application.patentType().name(),
                application.region(), application.paidAmount(), application.paidOn(), voucher));
        caseEvents.closed(application.reference(), application.clock(), application.status().name(),
                previous.name(), CaseOutcome.APPROVED);
        return view(application, false);
    }

    /**
     * Counts the due dates of the open applications whose dates are provisional again, once the calendar of
     * {@code year} is loaded, and publishes {@code keji.case.status-changed.v1} (same status, new dates) for each case
     * whose dates changed. Returns how many changed.
     */
    @Override
    @Transactional
    public int recomputeDueDates(int year) {
        return caseEvents.recounted(applications.lockOpenWithProvisionalDueDates(year), calendar());
    }

    @Override
    public String recountedCases() {
        return "open subsidy applications";
    }

    public PatentSubsidyView get(UUID id) {
        return view(load(id, false), true);
    }

    /** A page within the caller's reach: an applicant its own applications, an officer its region's, others all. */
    public Page<PatentSubsidyView> search(SubsidyApplicationRepository.Filter filter, PageQuery query) {
        SubsidyApplicationRepository.Filter scoped = filter;
        if (caller.is(Roles.APPLICANT)) {
            String own = caller.uscc().orElse("-");
            if (filter.applicantUscc() != null && !filter.applicantUscc().equals(own)) {
                return Page.of(List.of(), query, 0);
            }
            scoped = new SubsidyApplicationRepository.Filter(filter.policyId(), filter.status(), own,
                    filter.patentId(), filter.year(), filter.regionPrefix());
        }
        return applications.search(scoped, caller.officerRegions().orElse(null), query).map(a -> view(a, false));
    }

    /** The patent named by id or by application number, exactly one of the two. */
    private Patent patentOf(ApplySubsidyRequest request) {
        if ((request.patentId() == null) == (request.applicationNumber() == null)) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "patentId",
                    "give either patentId or applicationNumber", null);
        }
        if (request.patentId() != null) {
            return patents.findByIdOptional(request.patentId())
                    .orElseThrow(() -> new NotFoundException("PATENT_NOT_FOUND", request.patentId()));
        }
        String number = PatentApplicationNumber.of(request.applicationNumber()).value();
        return patents.findByNumber(number).orElseThrow(() -> new NotFoundException("PATENT_NOT_FOUND", number));
    }

    /** The application if the caller may see it: bureau roles within their reach, an applicant its own. */
    private SubsidyApplication load(UUID id, boolean lock) {
        SubsidyApplication application = (lock ? applications.lock(id) : applications.findByIdOptional(id))
                .orElseThrow(() -> notFound(id));
        caller.requireEnterprise(application.applicantUscc(), application.region(), () -> notFound(id));
        return application;
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("PATENT_SUBSIDY_NOT_FOUND", id);
    }

    private WorkingDayCalendar calendar() {
        return calendars.current();
    }

    /** The view; a single read adds each referenced document's metadata (one query). */
    private PatentSubsidyView view(SubsidyApplication a, boolean detailed) {
        List<SubsidyMaterialReference> references = JsonColumns.read(json, a.materialsJson(), MATERIALS);
        Map<UUID, MaterialSummary> found = detailed
                ? materialReferences.find(a.applicantUscc(),
                        references.stream().map(SubsidyMaterialReference::materialId).toList())
                : Map.of();
        List<SubsidyMaterialView> materials = references.stream().map(r -> {
            MaterialSummary m = found.get(r.materialId());
            return m == null ? new SubsidyMaterialView(r.name(), r.materialId(), null, null, null, null, null)
                    : new SubsidyMaterialView(r.name(), r.materialId(), m.kind(), m.title(), m.fileName(),
                            m.validUntil(), materialReferences.expired(m));
        }).toList();
        LocalDate today = LocalDate.now(clock);
        CaseClock k = a.clock();
        return new PatentSubsidyView(a.id(), a.trackingNumber(), a.matterCode(), a.policyId(), a.year(), a.patentId(),
                a.applicationNumber(), a.patentType(), a.applicantUscc(), a.region(), a.amount(), a.status(),
                a.status().actions(), materials,
                a.missingMaterialsJson() == null ? null : JsonColumns.read(json, a.missingMaterialsJson(), TEXTS),
                a.approvedAmount(),
                a.approvedBy(), a.approvedOn(),
                a.refusalReasonsJson() == null ? null : JsonColumns.read(json, a.refusalReasonsJson(), TEXTS), a.paidAmount(),
                a.paidOn(), a.voucherNumber(), a.paidBy(), k.submittedOn(), k.promisedDueOn(),
                k.promisedDueOnProvisional(), k.legalDueOn(), k.legalDueOnProvisional(),
                k.workingDaysLeft(today, calendar()), k.overdue(today), k.paused(), k.pausedWorkingDays(),
                k.closedOn(), a.submittedBy(), a.createdAt(), a.updatedAt(), a.version());
    }

}
