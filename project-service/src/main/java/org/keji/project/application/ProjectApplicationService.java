package org.keji.project.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.calendar.WorkingCalendars;
import org.keji.commons.calendar.WorkingDayCalendar;
import org.keji.commons.cases.CaseClock;
import org.keji.commons.cases.CaseEvents;
import org.keji.commons.cases.CaseRecounter;
import org.keji.commons.material.MaterialReferences;
import org.keji.commons.material.MaterialSummary;
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
import org.keji.commons.security.Roles;
import org.keji.commons.tracking.TrackingNumberGenerator;
import org.keji.commons.tracking.TrackingPrefix;
import org.keji.commons.web.EntityVersions;
import org.keji.commons.web.JsonColumns;
import org.keji.project.application.dto.AcceptProjectRequest;
import org.keji.project.application.dto.ChangeDecisionRequest;
import org.keji.project.application.dto.ChangeProjectRequest;
import org.keji.project.application.dto.CreateProjectApplicationRequest;
import org.keji.project.application.dto.MaterialKindsRequest;
import org.keji.project.application.dto.MidTermCheckRequest;
import org.keji.project.application.dto.MidTermCheckView;
import org.keji.project.application.dto.ProjectApplicationView;
import org.keji.project.application.dto.ProjectChangeView;
import org.keji.project.application.dto.ProjectMaterial;
import org.keji.project.application.dto.ProjectPlan;
import org.keji.project.application.dto.RectificationRequest;
import org.keji.project.application.dto.ResubmitProjectRequest;
import org.keji.project.application.dto.SignContractRequest;
import org.keji.project.call.CallRepository;
import org.keji.project.call.ProjectCall;
import org.keji.project.eligibility.CallEligibility;
import org.keji.project.eligibility.EligibilityFailure;
import org.keji.project.replica.EnterpriseReplica;
import org.keji.project.replica.EnterpriseReplicaRepository;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Project applications from draft to closed, except the moves other features own (experts' ranking, the grant's
 * approval, the performance evaluation). Each action checks the caller's reach (an applicant its own, an officer its
 * region's; others 404), the state (409 with the allowed actions, from the entity), the rules of the call and the
 * bureau, moves the application and publishes the domain and case events through the outbox in the same transaction
 * ({@link ProjectMoves}). Actions on one application queue behind each other on its row.
 */
@ApplicationScoped
public class ProjectApplicationService implements CaseRecounter {

    /** The unique index that keeps one running application per enterprise and call. */
    static final String ONE_PER_CALL = "project_application_one_per_call";

    private static final TypeReference<List<ProjectMaterial>> MATERIALS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };
    private static final TypeReference<List<RequiredMaterial>> REQUIRED = new TypeReference<>() {
    };

    /** One material a call asks for, as stored on the call. */
    record RequiredMaterial(String kind, boolean mayBeMissingAtAcceptance) {
    }

    private final ProjectApplicationRepository applications;
    private final ChangeRequestRepository changes;
    private final MidTermCheckRepository checks;
    private final CallRepository calls;
    private final EnterpriseReplicaRepository enterprises;
    private final CallEligibility eligibility;
    private final ProjectMoves moves;
    private final CaseEvents caseEvents;
    private final MaterialReferences materialReferences;
    private final TrackingNumberGenerator trackingNumbers;
    private final WorkingCalendars calendars;
    private final LifecycleConfig config;
    private final Caller caller;
    private final Clock clock;
    private final ObjectMapper json;

    public ProjectApplicationService(ProjectApplicationRepository applications, ChangeRequestRepository changes,
            MidTermCheckRepository checks, CallRepository calls, EnterpriseReplicaRepository enterprises,
            CallEligibility eligibility, ProjectMoves moves, CaseEvents caseEvents,
            MaterialReferences materialReferences, TrackingNumberGenerator trackingNumbers,
            WorkingCalendars calendars, LifecycleConfig config, Caller caller, Clock clock, ObjectMapper json) {
        this.applications = applications;
        this.changes = changes;
        this.checks = checks;
        this.calls = calls;
        this.enterprises = enterprises;
        this.eligibility = eligibility;
        this.moves = moves;
        this.caseEvents = caseEvents;
        this.materialReferences = materialReferences;
        this.trackingNumbers = trackingNumbers;
        this.calendars = calendars;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
        this.json = json;
    }

    /**
     * A draft of the enterprise for the call: the enterprise must be in the replica (its region is the
     * application's), the plan within the call's maximum grant, the materials the enterprise's own. One running
     * application per enterprise and call (409).
     */
    @Transactional
    public ProjectApplicationView create(CreateProjectApplicationRequest request) {
        String uscc = applicantOf(request.uscc());
        EnterpriseReplica enterprise = enterprises.findByIdOptional(uscc)
                .orElseThrow(() -> new BusinessRuleException("PROJECT_APPLICANT_NOT_REPLICATED", uscc));
        caller.requireEnterprise(uscc, enterprise.region(),
                () -> new NotFoundException("ENTERPRISE_REPLICA_NOT_FOUND", uscc));
        ProjectCall call = calls.findByIdOptional(request.callId())
                .orElseThrow(() -> new NotFoundException("PROJECT_APPLICATION_CALL_NOT_FOUND", request.callId()));
        ProjectApplication.Plan plan = plan(request.plan(), uscc, call);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ProjectApplication application = ProjectApplication.draft(trackingNumbers.next(TrackingPrefix.PRJ),
                call.matterCode(), uscc, enterprise.region(), call.id(), plan, caller.name(), now);
        UniqueInserts.insert(() -> {
            applications.persist(application);
            applications.flush();
        }, ONE_PER_CALL, () -> new ConflictException("PROJECT_APPLICATION_EXISTS", uscc, call.code()));
        return view(application);
    }

    /** Replaces the plan of a draft read at {@code version} (or {@code If-Match}). */
    @Transactional
    public ProjectApplicationView update(UUID id, String ifMatch, ProjectPlan request, Long version) {
        ProjectApplication application = load(id, true);
        application.require("update", ProjectStatus.DRAFT);
        EntityVersions.check(ifMatch, version, application.version());
        ProjectCall call = callOf(application);
        application.update(plan(request, application.uscc(), call), OffsetDateTime.now(clock));
        applications.flush();
        return view(application);
    }

    /**
     * Submits inside the call's window: every eligibility failure from the replica and every required material kind
     * that may not be missing at acceptance refuse it (422); the case clock starts.
     */
    @Transactional
    public ProjectApplicationView submit(UUID id) {
        ProjectApplication application = load(id, true);
        application.require("submit", ProjectStatus.DRAFT);
        ProjectCall call = callOf(application);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!call.openAt(now)) {
            throw new BusinessRuleException("CALL_WINDOW_CLOSED", call.code(), call.opensAt(), call.closesAt());
        }
        LocalDate today = LocalDate.now(clock);
        requireEligible(call, application.uscc(), today);
        List<String> absent = absentKinds(call, application).stream()
                .filter(r -> !r.mayBeMissingAtAcceptance()).map(RequiredMaterial::kind).toList();
        if (!absent.isEmpty()) {
            throw new BusinessRuleException("PROJECT_MATERIALS_MISSING", String.join(", ", absent));
        }
        return move(application, "submit", today, a -> a.submit(today, call.limits(), calendar(), now));
    }

    /** Formal review lists every missing kind at once; the clock pauses. */
    @Transactional
    public ProjectApplicationView requestCorrection(UUID id, MaterialKindsRequest request) {
        ProjectApplication application = load(id, true);
        LocalDate today = LocalDate.now(clock);
        String missing = JsonColumns.write(json, request.missingKinds().stream().map(String::strip).distinct().toList());
        return move(application, "request-correction", today,
                a -> a.requestCorrection(missing, today, OffsetDateTime.now(clock)));
    }

    /** The missing materials arrived: the clock runs again and both due dates move by the paused working days. */
    @Transactional
    public ProjectApplicationView resubmit(UUID id, ResubmitProjectRequest request) {
        ProjectApplication application = load(id, true);
        application.require("resubmit", ProjectStatus.CORRECTION_REQUESTED);
        String materials = materials(application.uscc(), request.materials());
        LocalDate today = LocalDate.now(clock);
        return move(application, "resubmit", today,
                a -> a.resubmit(materials, today, calendar(), OffsetDateTime.now(clock)));
    }

    /**
     * Formal review passed: eligibility is checked again from the replica (what changed since submission refuses
     * it, 422, so the officer refuses the application), and every required kind still absent must be listed as
     * accepted missing and be one the call lets be missing (容缺).
     */
    @Transactional
    public ProjectApplicationView accept(UUID id, AcceptProjectRequest request) {
        ProjectApplication application = load(id, true);
        application.require("accept", ProjectStatus.SUBMITTED);
        ProjectCall call = callOf(application);
        LocalDate today = LocalDate.now(clock);
        requireEligible(call, application.uscc(), today);
        Set<String> accepted = new LinkedHashSet<>(
                request == null || request.acceptedMissing() == null ? List.of()
                        : request.acceptedMissing().stream().map(String::strip).toList());
        List<RequiredMaterial> required = JsonColumns.read(json, call.requiredMaterialsJson(), REQUIRED);
        List<String> notWaivable = accepted.stream().filter(kind -> required.stream()
                .noneMatch(r -> r.kind().equals(kind) && r.mayBeMissingAtAcceptance())).toList();
        if (!notWaivable.isEmpty()) {
            throw new BusinessRuleException("PROJECT_MISSING_NOT_ALLOWED", String.join(", ", notWaivable));
        }
        List<String> unlisted = absentKinds(call, application).stream().map(RequiredMaterial::kind)
                .filter(kind -> !accepted.contains(kind)).toList();
        if (!unlisted.isEmpty()) {
            throw new BusinessRuleException("PROJECT_MATERIALS_MISSING", String.join(", ", unlisted));
        }
        String missing = accepted.isEmpty() ? null : JsonColumns.write(json, List.copyOf(accepted));
        return move(application, "accept", today, a -> a.accept(missing, OffsetDateTime.now(clock)));
    }

    @Transactional
    public ProjectApplicationView refuse(UUID id, String reason) {
        ProjectApplication application = load(id, true);
        LocalDate today = LocalDate.now(clock);
        return move(application, "refuse", today,
                a -> a.refuse(reason.strip(), today, calendar(), OffsetDateTime.now(clock)));
    }

    @Transactional
    public ProjectApplicationView withdraw(UUID id) {
        ProjectApplication application = load(id, true);
        LocalDate today = LocalDate.now(clock);
        return move(application, "withdraw", today,
                a -> a.withdraw(today, calendar(), OffsetDateTime.now(clock)));
    }

    /** The ranked application is published from the next working day for the configured working days. */
    @Transactional
    public ProjectApplicationView startPublicity(UUID id) {
        ProjectApplication application = load(id, true);
        LocalDate today = LocalDate.now(clock);
        WorkingDayCalendar calendar = calendar();
        LocalDate from = calendar.addWorkingDays(today, 1);
        LocalDate to = calendar.addWorkingDays(today, config.publicityWorkingDays());
        return move(application, "start-publicity", today,
                a -> a.startPublicity(from, to, OffsetDateTime.now(clock)));
    }

    @Transactional
    public ProjectApplicationView notFund(UUID id, String reason) {
        ProjectApplication application = load(id, true);
        LocalDate today = LocalDate.now(clock);
        return move(application, "not-fund", today,
                a -> a.notFund(reason.strip(), today, calendar(), OffsetDateTime.now(clock)));
    }

    /** The signed task contract: the number given, or the next {@code RW} number of the signing year. */
    @Transactional
    public ProjectApplicationView signContract(UUID id, SignContractRequest request) {
        ProjectApplication application = load(id, true);
        application.require("sign-contract", ProjectStatus.APPROVED);
        LocalDate today = LocalDate.now(clock);
        if (request.signedOn().isAfter(today)) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "signedOn", "must not be in the future",
                    request.signedOn().toString());
        }
        if (!request.contractEnd().isAfter(request.signedOn())) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "contractEnd", "must be after signedOn",
                    request.contractEnd().toString());
        }
        String number = request.contractNumber() != null ? request.contractNumber()
                : applications.nextContractNumber(request.signedOn().getYear());
        ProjectApplicationView view = move(application, "sign-contract", today,
                a -> a.signContract(number, request.signedOn(), request.contractEnd(), OffsetDateTime.now(clock)));
        UniqueInserts.insert(applications::flush, "project_application_contract_number_key",
                () -> new ConflictException("PROJECT_CONTRACT_NUMBER_TAKEN", number));
        return view;
    }

    /**
     * Records a mid-term check: PASSED keeps the project active, RECTIFICATION moves it to RECTIFYING until the due
     * date, SUSPENSION suspends it, TERMINATION terminates it.
     */
    @Transactional
    public ProjectApplicationView midTermCheck(UUID id, MidTermCheckRequest request) {
        ProjectApplication application = load(id, true);
        application.requireActive("mid-term-check");
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String remarks = request.remarks() == null ? null : request.remarks().strip();
        if (request.result() != MidTermResult.RECTIFICATION && request.rectificationDueOn() != null) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "rectificationDueOn", "only for RECTIFICATION",
                    request.rectificationDueOn().toString());
        }
        LocalDate due = request.result() == MidTermResult.RECTIFICATION ? request.rectificationDueOn() : null;
        switch (request.result()) {
            case RECTIFICATION -> {
                if (due == null || !due.isAfter(today)) {
                    throw InvalidRequestException.field("VALIDATION_FAILED", "rectificationDueOn",
                            "required for RECTIFICATION, after today", due == null ? null : due.toString());
                }
                move(application, "mid-term-check", today, a -> a.rectify(due, now));
            }
            case SUSPENSION -> move(application, "mid-term-check", today, a -> a.suspend(required(remarks), now));
            case TERMINATION -> move(application, "mid-term-check", today, a -> a.terminate(required(remarks), now));
            case PASSED -> {
                // the project stays active; the check is on record
            }
        }
        checks.persist(MidTermCheck.record(application.id(), request.result(), due, remarks, today, caller.name(),
                now));
        return view(application);
    }

    @Transactional
    public ProjectApplicationView completeRectification(UUID id) {
        ProjectApplication application = load(id, true);
        return move(application, "complete-rectification", LocalDate.now(clock),
                a -> a.completeRectification(OffsetDateTime.now(clock)));
    }

    @Transactional
    public ProjectApplicationView suspend(UUID id, String reason) {
        ProjectApplication application = load(id, true);
        return move(application, "suspend", LocalDate.now(clock),
                a -> a.suspend(reason.strip(), OffsetDateTime.now(clock)));
    }

    @Transactional
    public ProjectApplicationView resume(UUID id) {
        ProjectApplication application = load(id, true);
        return move(application, "resume", LocalDate.now(clock), a -> a.resume(OffsetDateTime.now(clock)));
    }

    @Transactional
    public ProjectApplicationView terminate(UUID id, String reason) {
        ProjectApplication application = load(id, true);
        return move(application, "terminate", LocalDate.now(clock),
                a -> a.terminate(reason.strip(), OffsetDateTime.now(clock)));
    }

    /**
     * The undertaker asks for a change of an active project; an extension only while none was granted, to a new end
     * the approval could accept (after the contract end, within the maximum).
     */
    @Transactional
    public ProjectChangeView requestChange(UUID id, ChangeProjectRequest request) {
        ProjectApplication application = load(id, true);
        application.requireActive("changes");
        LocalDate newEnd = null;
        if (request.kind() == ChangeKind.EXTENSION) {
            if (request.newEnd() == null) {
                throw InvalidRequestException.field("VALIDATION_FAILED", "newEnd", "required for EXTENSION", null);
            }
            application.requireExtensionTo(request.newEnd(), config.extensionMaxMonths());
            newEnd = request.newEnd();
        } else if (request.newEnd() != null) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "newEnd", "only for EXTENSION",
                    request.newEnd().toString());
        }
        ChangeRequest change = ChangeRequest.request(application.id(), request.kind(), request.reason().strip(),
                newEnd, caller.name(), OffsetDateTime.now(clock));
        changes.persist(change);
        return view(change);
    }

    /** An officer decides a change once; approving an extension moves the contract end (once, within the maximum). */
    @Transactional
    public ProjectChangeView decideChange(UUID id, UUID changeId, boolean approved, ChangeDecisionRequest request) {
        ProjectApplication application = load(id, true);
        ChangeRequest change = changes.lock(application.id(), changeId)
                .orElseThrow(() -> new NotFoundException("PROJECT_CHANGE_NOT_FOUND", changeId));
        String reason = request == null || request.reason() == null ? null : request.reason().strip();
        OffsetDateTime now = OffsetDateTime.now(clock);
        change.decide(approved, reason, caller.name(), now);
        if (approved) {
            application.requireActive("changes");
            if (change.kind() == ChangeKind.EXTENSION) {
                application.extend(change.newEnd(), config.extensionMaxMonths(), now);
            }
        }
        return view(change);
    }

    public ProjectChangeView change(UUID id, UUID changeId) {
        ProjectApplication application = load(id, false);
        return changes.findByIdOptional(changeId).filter(c -> c.applicationId().equals(application.id()))
                .map(ProjectApplicationService::view)
                .orElseThrow(() -> new NotFoundException("PROJECT_CHANGE_NOT_FOUND", changeId));
    }

    public Page<ProjectChangeView> changes(UUID id, PageQuery query) {
        ProjectApplication application = load(id, false);
        return changes.page(application.id(), query).map(ProjectApplicationService::view);
    }

    public Page<MidTermCheckView> midTermChecks(UUID id, PageQuery query) {
        ProjectApplication application = load(id, false);
        return checks.page(application.id(), query).map(c -> new MidTermCheckView(c.id(), c.applicationId(),
                c.result(), c.rectificationDueOn(), c.remarks(), c.checkedOn(), c.checkedBy(), c.createdAt()));
    }

    /** Acceptance requested within the configured months after the contract end. */
    @Transactional
    public ProjectApplicationView requestAcceptance(UUID id) {
        ProjectApplication application = load(id, true);
        LocalDate today = LocalDate.now(clock);
        return move(application, "request-acceptance", today,
                a -> a.requestAcceptance(today, config.acceptanceWindowMonths(), OffsetDateTime.now(clock)));
    }

    @Transactional
    public ProjectApplicationView pass(UUID id) {
        ProjectApplication application = load(id, true);
        return move(application, "pass", LocalDate.now(clock), a -> a.pass(OffsetDateTime.now(clock)));
    }

    @Transactional
    public ProjectApplicationView requireRectification(UUID id, RectificationRequest request) {
        ProjectApplication application = load(id, true);
        LocalDate today = LocalDate.now(clock);
        return move(application, "require-rectification", today, a -> a.requireRectification(request.dueOn(), today,
                config.acceptanceRectificationMaxMonths(), OffsetDateTime.now(clock)));
    }

    @Transactional
    public ProjectApplicationView fail(UUID id, String reason) {
        ProjectApplication application = load(id, true);
        return move(application, "fail", LocalDate.now(clock),
                a -> a.fail(reason.strip(), OffsetDateTime.now(clock)));
    }

    @Transactional
    public ProjectApplicationView close(UUID id) {
        ProjectApplication application = load(id, true);
        return move(application, "close", LocalDate.now(clock), a -> a.close(OffsetDateTime.now(clock)));
    }

    /**
     * Counts the due dates of the open cases whose dates are provisional again, once the calendar of {@code year} is
     * loaded, and publishes {@code keji.case.status-changed.v1} (same status, new dates) for each case whose dates
     * changed. Returns how many changed.
     */
    @Override
    @Transactional
    public int recomputeDueDates(int year) {
        return caseEvents.recounted(applications.lockOpenWithProvisionalDueDates(year), calendar());
    }

    @Override
    public String recountedCases() {
        return "open project applications";
    }

    public ProjectApplicationView get(UUID id) {
        return view(load(id, false));
    }

    /** A page within the caller's reach: an applicant its own applications, an officer its region's, others all. */
    public Page<ProjectApplicationView> search(ProjectApplicationRepository.Filter filter, PageQuery query) {
        ProjectApplicationRepository.Filter scoped = filter;
        if (caller.is(Roles.APPLICANT)) {
            String own = caller.uscc().orElse("-");
            if (filter.uscc() != null && !filter.uscc().equals(own)) {
                return Page.of(List.of(), query, 0);
            }
            scoped = new ProjectApplicationRepository.Filter(filter.status(), filter.callId(), own, filter.year(),
                    filter.regionPrefix(), filter.trackingNumber());
        }
        WorkingDayCalendar calendar = calendar();
        LocalDate today = LocalDate.now(clock);
        return applications.search(scoped, caller.officerRegions().orElse(null), query)
                .map(a -> view(a, calendar, today));
    }

    /** The enterprise applied for: an applicant's own, else the one named (required). */
    private String applicantOf(String named) {
        if (caller.is(Roles.APPLICANT)) {
            String own = caller.uscc().orElseThrow(() -> new NotFoundException("ENTERPRISE_REPLICA_NOT_FOUND", named));
            if (named != null && !named.equals(own)) {
                throw new NotFoundException("ENTERPRISE_REPLICA_NOT_FOUND", named);
            }
            return own;
        }
        if (named == null) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "uscc",
                    "required when applying on an enterprise's behalf", null);
        }
        return named;
    }

    /** The plan checked against the call and the enterprise's wallet, as the entity stores it. */
    private ProjectApplication.Plan plan(ProjectPlan plan, String uscc, ProjectCall call) {
        if (!plan.plannedEnd().isAfter(plan.plannedStart())) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "plan.plannedEnd", "must be after plannedStart",
                    plan.plannedEnd().toString());
        }
        if (plan.requestedAmount().isNegative() || plan.requestedAmount().isZero()) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "plan.requestedAmount", "must be more than zero",
                    plan.requestedAmount().toString());
        }
        nonNegative("plan.plannedGovernmentFunds", plan.plannedGovernmentFunds());
        nonNegative("plan.plannedSelfRaisedFunds", plan.plannedSelfRaisedFunds());
        if (plan.requestedAmount().amount().compareTo(call.maxGrant()) > 0) {
            throw new BusinessRuleException("PROJECT_REQUESTED_ABOVE_MAX_GRANT", plan.requestedAmount(),
                    Money.of(call.maxGrant()));
        }
        List<String> partners = plan.partners() == null ? List.of() : plan.partners().stream().distinct().toList();
        if (partners.contains(uscc)) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "plan.partners",
                    "the applicant is not its own partner", uscc);
        }
        return new ProjectApplication.Plan(plan.title().strip(), plan.summary(), plan.field().strip(),
                plan.industry(), plan.undertakerType(), plan.technologySource(), JsonColumns.write(json, partners),
                plan.requestedAmount().amount(), plan.plannedGovernmentFunds().amount(),
                plan.plannedSelfRaisedFunds().amount(), plan.plannedStart(), plan.plannedEnd(),
                materials(uscc, plan.materials() == null ? List.of() : plan.materials()));
    }

    private static void nonNegative(String field, Money amount) {
        if (amount.isNegative()) {
            throw InvalidRequestException.field("VALIDATION_FAILED", field, "must not be negative",
                    amount.toString());
        }
    }

    /** The referenced materials with their kinds, each of the enterprise's wallet (422 MATERIAL_NOT_FOUND). */
    private String materials(String uscc, List<UUID> ids) {
        List<UUID> distinct = ids.stream().distinct().toList();
        Map<UUID, MaterialSummary> found = materialReferences.require(uscc, distinct);
        return JsonColumns.write(json, distinct.stream().map(id -> new ProjectMaterial(id, found.get(id).kind())).toList());
    }

    /** The call's required materials no referenced material is of. */
    private List<RequiredMaterial> absentKinds(ProjectCall call, ProjectApplication application) {
        Set<String> present = new LinkedHashSet<>();
        JsonColumns.read(json, application.materialsJson(), MATERIALS).forEach(m -> present.add(m.kind()));
        return JsonColumns.read(json, call.requiredMaterialsJson(), REQUIRED).stream().filter(r -> !present.contains(r.kind()))
                .toList();
    }

    private void requireEligible(ProjectCall call, String uscc, LocalDate today) {
        List<EligibilityFailure> failures = eligibility.failures(call, uscc, today);
        if (!failures.isEmpty()) {
            throw new NotEligibleException(failures);
        }
    }

    /** 422 {@code PROJECT_NOT_ELIGIBLE}: every failing condition, in the detail and as violations. */
    static final class NotEligibleException extends BusinessRuleException {

        private final List<EligibilityFailure> failures;

        NotEligibleException(List<EligibilityFailure> failures) {
            super("PROJECT_NOT_ELIGIBLE", String.join(", ", failures.stream().map(EligibilityFailure::condition)
                    .toList()));
            this.failures = List.copyOf(failures);
        }

        @Override
        public List<Problem.Violation> violations() {
            return failures.stream().map(f -> new Problem.Violation(f.condition(),
                    "required " + f.required() + ", found " + f.actual(), f.actual())).toList();
        }
    }

    private static String required(String remarks) {
        if (remarks == null || remarks.isBlank()) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "remarks",
                    "required for SUSPENSION and TERMINATION", null);
        }
        return remarks;
    }

    /** Applies a move and publishes it (domain and case events) in this transaction. */
    private ProjectApplicationView move(ProjectApplication application, String action, LocalDate today,
            Consumer<ProjectApplication> change) {
        ProjectStatus previous = application.status();
        change.accept(application);
        moves.moved(application, previous, action, today);
        return view(application);
    }

    /** The application if the caller may see it: bureau roles within their reach, an applicant its own. */
    private ProjectApplication load(UUID id, boolean lock) {
        ProjectApplication application = (lock ? applications.lock(id) : applications.findByIdOptional(id))
                .orElseThrow(() -> notFound(id));
        caller.requireEnterprise(application.uscc(), application.region(), () -> notFound(id));
        return application;
    }

    private ProjectCall callOf(ProjectApplication application) {
        return calls.findByIdOptional(application.callId()).orElseThrow(
                () -> new IllegalStateException("the call of application " + application.id() + " is gone"));
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("PROJECT_APPLICATION_NOT_FOUND", id);
    }

    private WorkingDayCalendar calendar() {
        return calendars.current();
    }

    private ProjectApplicationView view(ProjectApplication a) {
        return view(a, calendar(), LocalDate.now(clock));
    }

    private ProjectApplicationView view(ProjectApplication a, WorkingDayCalendar calendar, LocalDate today) {
        CaseClock k = a.clock();
        boolean running = k != null && !k.closed();
        // the experts' score and the rank are the bureau's until the publicity (公示) publishes them
        boolean reviewShown = a.publicityFrom() != null || !caller.is(Roles.APPLICANT);
        return new ProjectApplicationView(a.id(), a.trackingNumber(), a.matterCode(), a.callId(), a.uscc(),
                a.region(), a.title(), a.summary(), a.field(), a.industry(), a.undertakerType(),
                a.technologySource(), JsonColumns.read(json, a.partnersJson(), TEXTS), Money.of(a.requestedAmount()),
                Money.of(a.plannedGovernmentFunds()), Money.of(a.plannedSelfRaisedFunds()), a.plannedStart(),
                a.plannedEnd(), a.status(), a.status().actions(), JsonColumns.read(json, a.materialsJson(), MATERIALS),
                a.missingMaterialsJson() == null ? null : JsonColumns.read(json, a.missingMaterialsJson(), TEXTS),
                k == null ? null : k.submittedOn(), k == null ? null : k.promisedDueOn(),
                k == null ? null : k.promisedDueOnProvisional(), k == null ? null : k.legalDueOn(),
                k == null ? null : k.legalDueOnProvisional(), running ? k.workingDaysLeft(today, calendar) : null,
                k == null ? null : running && k.overdue(today), k == null ? null : k.paused(),
                k == null ? null : k.pausedWorkingDays(), k == null ? null : k.closedOn(),
                reviewShown ? a.reviewScore() : null, reviewShown ? a.reviewRank() : null, a.publicityFrom(), a.publicityTo(),
                a.grantAmount() == null ? null : Money.of(a.grantAmount()), a.contractNumber(),
                a.contractSignedOn(), a.contractEnd(), a.extended(), a.rectificationDueOn(),
                a.acceptanceRequestedOn(), a.acceptanceRectified(), a.decisionReason(), a.createdBy(),
                a.createdAt(), a.updatedAt(), a.version());
    }

    private static ProjectChangeView view(ChangeRequest c) {
        return new ProjectChangeView(c.id(), c.applicationId(), c.kind(), c.reason(), c.newEnd(), c.status(),
                c.requestedBy(), c.requestedAt(), c.decidedBy(), c.decidedAt(), c.decisionReason());
    }

}
