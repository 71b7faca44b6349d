package org.keji.enterprise.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.keji.commons.calendar.WorkingCalendars;
import org.keji.commons.calendar.WorkingDayCalendar;
import org.keji.commons.cases.CaseClock;
import org.keji.commons.cases.CaseEvents;
import org.keji.commons.cases.CaseRecounter;
import org.keji.commons.event.cases.CaseOutcome;
import org.keji.commons.event.enterprise.CertificationApplicationAccepted;
import org.keji.commons.event.enterprise.CertificationApplicationRefused;
import org.keji.commons.event.enterprise.CertificationApplicationResubmitted;
import org.keji.commons.event.enterprise.CertificationApplicationSubmitted;
import org.keji.commons.event.enterprise.CertificationApplicationWithdrawn;
import org.keji.commons.event.enterprise.CertificationCorrectionRequested;
import org.keji.commons.event.enterprise.CertificationGranted;
import org.keji.commons.event.enterprise.CertificationObjectionRaised;
import org.keji.commons.event.enterprise.CertificationPublicityStarted;
import org.keji.commons.material.MaterialReferences;
import org.keji.commons.material.MaterialSummary;
import org.keji.commons.outbox.Outbox;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.problem.Problem;
import org.keji.commons.security.Caller;
import org.keji.commons.security.Roles;
import org.keji.commons.tracking.TrackingNumberGenerator;
import org.keji.commons.tracking.TrackingPrefix;
import org.keji.enterprise.application.dto.ApplicationMaterialView;
import org.keji.enterprise.application.dto.ApplicationView;
import org.keji.enterprise.application.dto.AssessmentView;
import org.keji.enterprise.application.dto.AssignExpertsRequest;
import org.keji.enterprise.application.dto.CertifyRequest;
import org.keji.enterprise.application.dto.ExpertReviewRequest;
import org.keji.enterprise.application.dto.ExpertReviewView;
import org.keji.enterprise.application.dto.ObjectionView;
import org.keji.enterprise.application.dto.RaiseObjectionRequest;
import org.keji.enterprise.application.dto.RefuseRequest;
import org.keji.enterprise.application.dto.RequestCorrectionRequest;
import org.keji.enterprise.application.dto.ResolveObjectionRequest;
import org.keji.enterprise.application.dto.ResubmitRequest;
import org.keji.enterprise.application.dto.StartPublicityRequest;
import org.keji.enterprise.application.dto.SubmitApplicationRequest;
import org.keji.enterprise.certification.Certification;
import org.keji.enterprise.certification.CertificationOrigin;
import org.keji.enterprise.certification.CertificationRepository;
import org.keji.enterprise.certification.CertificationType;
import org.keji.enterprise.certification.CertificationTypeRepository;
import org.keji.enterprise.eligibility.ConditionResult;
import org.keji.enterprise.eligibility.EligibilityCheck;
import org.keji.enterprise.eligibility.EligibilityCheckRepository;
import org.keji.enterprise.eligibility.EligibilityService;
import org.keji.enterprise.eligibility.Evaluation;
import org.keji.enterprise.eligibility.Facts;
import org.keji.enterprise.eligibility.Outcome;
import org.keji.enterprise.eligibility.RuleEngine;
import org.keji.enterprise.eligibility.Verdict;
import org.keji.enterprise.eligibility.dto.EligibilityCheckRequest;
import org.keji.enterprise.eligibility.dto.EligibilityCheckView;
import org.keji.enterprise.registry.Enterprise;
import org.keji.enterprise.registry.EnterpriseRepository;
import org.keji.enterprise.ruleset.RuleDefinition;
import org.keji.enterprise.ruleset.RuleSetRepository;
import org.keji.enterprise.ruleset.RuleSpec;
import org.keji.enterprise.support.JsonColumns;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Certification applications from submission to the decision (认定申请办理). Each action checks the caller's role and
 * ownership, the state of the case (409 with the allowed actions otherwise), changes it and publishes its event in
 * the same transaction. Actions on one case are serialized on its row.
 */
@ApplicationScoped
public class ApplicationService implements CaseRecounter {

    private static final TypeReference<List<MaterialEntry>> MATERIALS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Integer>> SCORES = new TypeReference<>() {
    };

    private final ApplicationRepository applications;
    private final ExpertAssignmentRepository assignments;
    private final ExpertReviewRepository reviews;
    private final PublicityObjectionRepository objections;
    private final EnterpriseRepository enterprises;
    private final CertificationTypeRepository types;
    private final CertificationRepository certifications;
    private final EligibilityService eligibility;
    private final EligibilityCheckRepository checks;
    private final RuleSetRepository ruleSets;
    private final TrackingNumberGenerator trackingNumbers;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;
    private final JsonColumns json;
    @Inject
    WorkingCalendars calendars;
    private final CaseEvents caseEvents;
    @Inject
    MaterialReferences materialReferences;

    public ApplicationService(ApplicationRepository applications, ExpertAssignmentRepository assignments,
            ExpertReviewRepository reviews, PublicityObjectionRepository objections, EnterpriseRepository enterprises,
            CertificationTypeRepository types, CertificationRepository certifications, EligibilityService eligibility,
            EligibilityCheckRepository checks, RuleSetRepository ruleSets, TrackingNumberGenerator trackingNumbers,
            Outbox outbox, Caller caller, Clock clock, JsonColumns json, CaseEvents caseEvents) {
        this.applications = applications;
        this.assignments = assignments;
        this.reviews = reviews;
        this.objections = objections;
        this.enterprises = enterprises;
        this.types = types;
        this.certifications = certifications;
        this.eligibility = eligibility;
        this.checks = checks;
        this.ruleSets = ruleSets;
        this.trackingNumbers = trackingNumbers;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
        this.json = json;
        this.caseEvents = caseEvents;
    }

    /**
     * Opens a case: a tracking number, the promised date in working days, and an eligibility check on the data the
     * bureau holds (nothing it holds is asked again). One open application per enterprise and type.
     */
    @Transactional
    public ApplicationView submit(SubmitApplicationRequest request) {
        String uscc = request.uscc();
        caller.requireEnterprise(uscc, () -> new NotFoundException("ENTERPRISE_NOT_FOUND", uscc));
        enterprises.lockByUscc(uscc).orElseThrow(() -> new NotFoundException("ENTERPRISE_NOT_FOUND", uscc));
        CertificationType type = types.findByIdOptional(request.certificationType())
                .orElseThrow(() -> new BusinessRuleException("CERTIFICATION_TYPE_UNKNOWN", request.certificationType()));
        if (applications.hasOpen(uscc, type.code())) {
            throw new ConflictException("APPLICATION_ALREADY_OPEN", uscc, type.code());
        }
        requireMaterials(uscc, request.materials() == null ? List.of() : request.materials());
        EligibilityCheckView check = eligibility.check(uscc,
                new EligibilityCheckRequest(type.code(), request.year(), null));
        LocalDate today = LocalDate.now(clock);
        CertificationApplication application = CertificationApplication.submit(trackingNumbers.next(TrackingPrefix.ENT),
                type.matterCode(), uscc, type.code(), request.year(),
                json.write(entries(request.materials() == null ? List.of() : request.materials())), check.id(), today,
                type.limits(), calendar(), caller.name(), OffsetDateTime.now(clock));
        applications.persist(application);
        outbox.publish(new CertificationApplicationSubmitted(application.id(), application.trackingNumber(),
                application.matterCode(), uscc, type.code(), application.year(), application.status().name(),
                application.clock().promisedDueOn(), check.verdict().name()));
        caseEvents.opened(application.reference(), application.clock(), application.status().name());
        return view(application, false);
    }

    @Transactional
    public ApplicationView requestCorrection(UUID id, RequestCorrectionRequest request) {
        CertificationApplication application = load(id, true);
        ApplicationStatus previous = application.status();
        application.requestCorrection(json.write(request.missingMaterials()), LocalDate.now(clock),
                OffsetDateTime.now(clock));
        outbox.publish(new CertificationCorrectionRequested(application.id(), application.trackingNumber(),
                application.matterCode(), application.uscc(), application.certificationType(), application.year(),
                application.status().name(), request.missingMaterials()));
        caseEvents.paused(application.reference(), application.clock(), application.status().name(), previous.name());
        return view(application, false);
    }

    @Transactional
    public ApplicationView resubmit(UUID id, ResubmitRequest request) {
        CertificationApplication application = load(id, true);
        ApplicationStatus previous = application.status();
        application.resubmit(json.write(entries(request.materials())), LocalDate.now(clock), calendar(),
                OffsetDateTime.now(clock));
        // after the state check, so an action the state does not allow answers 409 whatever it carries
        requireMaterials(application.uscc(), request.materials());
        outbox.publish(new CertificationApplicationResubmitted(application.id(), application.trackingNumber(),
                application.matterCode(), application.uscc(), application.certificationType(), application.year(),
                application.status().name(), application.clock().promisedDueOn()));
        caseEvents.resumed(application.reference(), application.clock(), application.status().name(), previous.name());
        return view(application, false);
    }

    @Transactional
    public ApplicationView accept(UUID id) {
        CertificationApplication application = load(id, true);
        ApplicationStatus previous = application.status();
        application.accept(OffsetDateTime.now(clock));
        outbox.publish(new CertificationApplicationAccepted(application.id(), application.trackingNumber(),
                application.matterCode(), application.uscc(), application.certificationType(), application.year(),
                application.status().name()));
        statusChanged(application, previous);
        return view(application, false);
    }

    @Transactional
    public ApplicationView assignExperts(UUID id, AssignExpertsRequest request) {
        CertificationApplication application = load(id, true);
        application.requireExpertReview("assign-experts");
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (String expert : request.expertIds().stream().map(String::strip).distinct().toList()) {
            if (!assignments.assigned(id, expert)) {
                assignments.persist(ExpertAssignment.of(id, expert, caller.name(), now));
            }
        }
        return view(application, false);
    }

    /** An assigned expert's review: points for every expert-scored item of the type's rules, and an opinion. */
    @Transactional
    public ApplicationView review(UUID id, ExpertReviewRequest request) {
        CertificationApplication application = load(id, true);
        application.requireExpertReview("expert-reviews");
        if (reviews.reviewed(id, caller.name())) {
            throw new ConflictException("EXPERT_REVIEW_EXISTS", caller.name());
        }
        Map<String, Integer> expected = manualItems(application);
        List<Problem.Violation> violations = new ArrayList<>();
        expected.forEach((code, max) -> {
            Integer points = request.scores().get(code);
            if (points == null || points > max) {
                violations.add(new Problem.Violation("scores." + code, "must be given, from 0 to " + max,
                        points == null ? null : points.toString()));
            }
        });
        request.scores().keySet().stream().filter(code -> !expected.containsKey(code)).forEach(code -> violations
                .add(new Problem.Violation("scores." + code, "is not an expert-scored item of these rules", code)));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("VALIDATION_FAILED", violations);
        }
        reviews.persist(ExpertReview.of(id, caller.name(), json.write(new TreeMap<>(request.scores())),
                request.opinion().strip(), request.recommended(), OffsetDateTime.now(clock)));
        return view(application, false);
    }

    /** Publishes the proposed certification once every assigned expert has reviewed. */
    @Transactional
    public ApplicationView startPublicity(UUID id, StartPublicityRequest request) {
        CertificationApplication application = load(id, true);
        application.requireExpertReview("start-publicity");
        List<ExpertAssignment> assigned = assignments.of(id);
        long pending = assigned.stream().filter(a -> !reviews.reviewed(id, a.expertId())).count();
        if (assigned.isEmpty() || pending > 0) {
            throw new BusinessRuleException("EXPERT_REVIEWS_INCOMPLETE", assigned.size(), pending);
        }
        requireNotFailed(application);
        CertificationType type = types.findById(application.certificationType());
        LocalDate from = request == null || request.publicityFrom() == null ? LocalDate.now(clock)
                : request.publicityFrom();
        application.startPublicity(from, type.publicityWorkingDays(), calendar(), OffsetDateTime.now(clock));
        outbox.publish(new CertificationPublicityStarted(application.id(), application.trackingNumber(),
                application.matterCode(), application.uscc(), application.certificationType(), application.year(),
                application.status().name(), application.publicityFrom(), application.publicityTo()));
        statusChanged(application, ApplicationStatus.EXPERT_REVIEW);
        return view(application, false);
    }

    @Transactional
    public ApplicationView raiseObjection(UUID id, RaiseObjectionRequest request) {
        CertificationApplication application = load(id, true);
        application.requirePublicity("objections");
        PublicityObjection objection = PublicityObjection.raise(id, request.content().strip(), caller.name(),
                OffsetDateTime.now(clock));
        objections.persist(objection);
        outbox.publish(new CertificationObjectionRaised(application.id(), application.trackingNumber(),
                application.matterCode(), application.uscc(), application.certificationType(), application.year(),
                application.status().name(), objection.id()));
        return view(application, false);
    }

    @Transactional
    public ApplicationView resolveObjection(UUID id, ResolveObjectionRequest request) {
        CertificationApplication application = load(id, true);
        application.requirePublicity("resolve-objection");
        PublicityObjection objection = objections.findByIdOptional(request.objectionId())
                .filter(o -> o.applicationId().equals(id))
                .orElseThrow(() -> new NotFoundException("OBJECTION_NOT_FOUND", request.objectionId()));
        objection.resolve(request.upheld(), request.resolution().strip(), caller.name(), OffsetDateTime.now(clock));
        return view(application, false);
    }

    /**
     * Issues the certificate once the publicity period is over, every objection is resolved and none upheld, and the
     * assessment fails no condition; the validity starts on the decision or later, never in the past. Publishes
     * {@code keji.enterprise.certification.granted.v1} with the case's tracking number.
     */
    @Transactional
    public ApplicationView certify(UUID id, CertifyRequest request) {
        CertificationApplication application = load(id, true);
        application.requirePublicity("certify");
        LocalDate today = LocalDate.now(clock);
        if (!application.publicityEndedBy(today)) {
            throw new BusinessRuleException("PUBLICITY_NOT_ENDED", application.publicityTo());
        }
        long open = objections.countOpen(id);
        if (open > 0) {
            throw new BusinessRuleException("OBJECTIONS_OPEN", open);
        }
        long upheld = objections.countUpheld(id);
        if (upheld > 0) {
            throw new BusinessRuleException("OBJECTION_UPHELD", upheld);
        }
        requireNotFailed(application);
        LocalDate validFrom = request.validFrom() == null ? today : request.validFrom();
        if (validFrom.isBefore(today)) {
            throw new BusinessRuleException("VALIDITY_STARTS_IN_PAST", validFrom, today);
        }
        CertificationType type = types.findById(application.certificationType());
        String number = request.certificateNumber().strip();
        if (certifications.numberTaken(type.code(), number)) {
            throw new ConflictException("CERTIFICATE_NUMBER_TAKEN", type.code(), number);
        }
        Enterprise holder = enterprises.findByUscc(application.uscc()).orElseThrow();
        Certification certification = Certification.of(holder.uscc(), holder.name(), type, number, validFrom,
                type.validTo(validFrom), holder.region(), CertificationOrigin.GRANTED,
                today, OffsetDateTime.now(clock));
        certifications.persist(certification);
        application.certify(certification.id(), today, calendar(), OffsetDateTime.now(clock));
        outbox.publish(new CertificationGranted(certification.id(), holder.uscc(), type.code(), number,
                certification.validFrom(), certification.validTo(), certification.region(),
                CertificationOrigin.GRANTED.name(), application.trackingNumber()));
        closed(application, ApplicationStatus.PUBLICITY, CaseOutcome.APPROVED);
        return view(application, false);
    }

    @Transactional
    public ApplicationView refuse(UUID id, RefuseRequest request) {
        CertificationApplication application = load(id, true);
        ApplicationStatus previous = application.status();
        application.refuse(request.reason().strip(), LocalDate.now(clock), calendar(), OffsetDateTime.now(clock));
        outbox.publish(new CertificationApplicationRefused(application.id(), application.trackingNumber(),
                application.matterCode(), application.uscc(), application.certificationType(), application.year(),
                application.status().name(), application.refusalReason()));
        closed(application, previous, CaseOutcome.REFUSED);
        return view(application, false);
    }

    @Transactional
    public ApplicationView withdraw(UUID id) {
        CertificationApplication application = load(id, true);
        ApplicationStatus previous = application.status();
        application.withdraw(LocalDate.now(clock), calendar(), OffsetDateTime.now(clock));
        outbox.publish(new CertificationApplicationWithdrawn(application.id(), application.trackingNumber(),
                application.matterCode(), application.uscc(), application.certificationType(), application.year(),
                application.status().name()));
        closed(application, previous, CaseOutcome.WITHDRAWN);
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
        return "open applications";
    }

    public ApplicationView get(UUID id) {
        return view(load(id, false), true);
    }

    /**
     * A page of applications: officers those of their regions, admins and integration clients all, an applicant its
     * own enterprise's, an expert those assigned to it.
     */
    public Page<ApplicationView> search(String uscc, ApplicationStatus status, String certificationType,
            String trackingNumber, PageQuery query) {
        if (trackingNumber != null) {
            List<ApplicationView> found = applications.findByTrackingNumber(trackingNumber).filter(this::visible)
                    .filter(a -> uscc == null || a.uscc().equals(uscc))
                    .filter(a -> status == null || a.status() == status)
                    .filter(a -> certificationType == null || a.certificationType().equals(certificationType))
                    .map(a -> view(a, false)).stream().toList();
            return Page.of(query.page() == 0 ? found : List.of(), query, found.size());
        }
        String scope = uscc;
        String expert = null;
        if (caller.is(Roles.APPLICANT) && !caller.is(Roles.OFFICER)) {
            String own = caller.uscc().orElse("-");
            if (uscc != null && !uscc.equals(own)) {
                return Page.of(List.of(), query, 0);
            }
            scope = own;
        } else if (caller.is(Roles.EXPERT) && !caller.is(Roles.OFFICER)) {
            expert = caller.name();
        }
        return applications.search(scope, status, certificationType, expert, caller.officerRegions().orElse(null), query)
                .map(a -> view(a, false));
    }

    /**
     * Each reference must name a material of the applying enterprise (422 {@code MATERIAL_NOT_FOUND} naming those that
     * do not); an expired one is accepted and shown as expired.
     */
    private void requireMaterials(String uscc, List<MaterialReference> references) {
        materialReferences.require(uscc, references.stream().map(MaterialReference::materialId).toList());
    }

    private static List<MaterialEntry> entries(List<MaterialReference> references) {
        return references.stream().map(MaterialEntry::of).toList();
    }

    /** The application's materials with the metadata of each referenced document, read in one query. */
    private List<ApplicationMaterialView> materials(CertificationApplication a) {
        List<MaterialEntry> entries = json.read(a.materialsJson(), MATERIALS);
        Map<UUID, MaterialSummary> found = materialReferences.find(a.uscc(),
                entries.stream().map(MaterialEntry::materialId).filter(Objects::nonNull).toList());
        return entries.stream().map(entry -> {
            MaterialSummary m = entry.materialId() == null ? null : found.get(entry.materialId());
            return m == null
                    ? new ApplicationMaterialView(entry.name(), entry.materialId(), null, null, null, null, null, null,
                            entry.legacyReference())
                    : new ApplicationMaterialView(entry.name(), m.id(), m.kind(), m.title(), m.fileName(),
                            m.validUntil(), materialReferences.expired(m), m.sha256(), null);
        }).toList();
    }

    /** The working-day calendar every date of a case is counted on. */
    private WorkingDayCalendar calendar() {
        return calendars.current();
    }

    private void statusChanged(CertificationApplication application, ApplicationStatus previous) {
        caseEvents.statusChanged(application.reference(), application.clock(), application.status().name(),
                previous.name());
    }

    private void closed(CertificationApplication application, ApplicationStatus previous, CaseOutcome outcome) {
        caseEvents.closed(application.reference(), application.clock(), application.status().name(), previous.name(),
                outcome);
    }

    /**
     * The application if the caller may see it: bureau roles if its enterprise is within their reach (an officer's
     * region), an applicant its own, an expert if assigned.
     */
    private CertificationApplication load(UUID id, boolean lock) {
        NotFoundException notFound = new NotFoundException("APPLICATION_NOT_FOUND", id);
        CertificationApplication application = (lock ? applications.lock(id) : applications.findByIdOptional(id))
                .orElseThrow(() -> notFound);
        if (!visible(application)) {
            throw notFound;
        }
        return application;
    }

    private boolean visible(CertificationApplication application) {
        if (bureau() && caller.reaches(application.uscc())) {
            return true;
        }
        if (caller.is(Roles.APPLICANT)) {
            return application.uscc().equals(caller.uscc().orElse(null));
        }
        return caller.is(Roles.EXPERT) && assignments.assigned(application.id(), caller.name());
    }

    private boolean bureau() {
        return caller.is(Roles.OFFICER) || caller.is(Roles.ADMIN) || caller.is(Roles.INTEGRATION);
    }

    /** The expert-scored items of the score rules used at submission, with their maximum points. */
    private Map<String, Integer> manualItems(CertificationApplication application) {
        Map<String, Integer> items = new LinkedHashMap<>();
        for (RuleSpec spec : specs(application)) {
            if (spec.definition() instanceof RuleDefinition.Score score) {
                score.items().stream().filter(RuleDefinition.ScoreItem::isManual)
                        .forEach(item -> items.put(item.code(), item.max()));
            }
        }
        return items;
    }

    private List<RuleSpec> specs(CertificationApplication application) {
        EligibilityCheck check = checks.findById(application.eligibilityCheckId());
        return ruleSets.findById(check.ruleSetId()).specs();
    }

    private ApplicationView view(CertificationApplication a, boolean detailed) {
        EligibilityCheck check = a.eligibilityCheckId() == null ? null : checks.findById(a.eligibilityCheckId());
        boolean bureau = bureau();
        boolean expert = !bureau && caller.is(Roles.EXPERT);
        List<ExpertReview> given = bureau || expert ? reviews.of(a.id()) : List.of();
        List<ExpertReviewView> reviewViews = given.stream()
                .filter(r -> bureau || r.expertId().equals(caller.name()))
                .map(r -> new ExpertReviewView(r.expertId(), json.read(r.scoresJson(), SCORES), r.opinion(),
                        r.recommended(), r.submittedAt()))
                .toList();
        AssessmentView assessment = detailed && bureau && !given.isEmpty() ? assess(a, check, given) : null;
        LocalDate today = LocalDate.now(clock);
        CaseClock caseClock = a.clock();
        return new ApplicationView(a.id(), a.trackingNumber(), a.matterCode(), a.uscc(), a.certificationType(),
                a.year(), a.status(), a.status().actions(), materials(a),
                a.missingMaterialsJson() == null ? null : json.read(a.missingMaterialsJson(), NAMES),
                caseClock.submittedOn(), caseClock.promisedDueOn(), caseClock.promisedDueOn(),
                caseClock.promisedDueOnProvisional(), caseClock.legalDueOn(), caseClock.legalDueOnProvisional(),
                caseClock.workingDaysLeft(today, calendar()), caseClock.overdue(today), caseClock.paused(),
                caseClock.pausedWorkingDays(),
                a.eligibilityCheckId(), check == null ? null : check.verdict(),
                bureau ? assignments.of(a.id()).stream().map(ExpertAssignment::expertId).toList() : null,
                bureau || expert ? reviewViews : null, assessment, a.publicityFrom(), a.publicityTo(),
                objections.of(a.id()).stream().map(ObjectionView::of).toList(), a.decidedOn(), a.refusalReason(),
                a.certificationId(), a.submittedBy(), a.createdAt(), a.updatedAt(), a.version());
    }

    /**
     * Refuses to go on with an application whose assessment (the rules on the submission's facts with the experts'
     * scores) fails a condition, e.g. an innovation score of 70 (第十一条（七）: above 70), naming each failed condition.
     */
    private void requireNotFailed(CertificationApplication application) {
        List<ExpertReview> given = reviews.of(application.id());
        if (given.isEmpty()) {
            return;
        }
        AssessmentView assessment = assess(application, checks.findById(application.eligibilityCheckId()), given);
        if (assessment.verdict() == Verdict.NOT_ELIGIBLE) {
            throw new BusinessRuleException("APPLICATION_NOT_ELIGIBLE", String.join("; ", assessment.conditions()
                    .stream().filter(c -> c.outcome() == Outcome.FAIL).map(ConditionResult::summary).toList()));
        }
    }

    /** The rules on the submission's facts with the experts' average points per item (half-up). */
    private AssessmentView assess(CertificationApplication a, EligibilityCheck check, List<ExpertReview> given) {
        Map<String, List<Integer>> points = new TreeMap<>();
        for (ExpertReview review : given) {
            json.read(review.scoresJson(), SCORES).forEach((code, p) -> points.computeIfAbsent(code, c -> new ArrayList<>())
                    .add(p));
        }
        Map<String, Integer> averages = new TreeMap<>();
        points.forEach((code, list) -> averages.put(code,
                BigDecimal.valueOf(list.stream().mapToInt(Integer::intValue).sum())
                        .divide(BigDecimal.valueOf(list.size()), 0, RoundingMode.HALF_UP).intValue()));
        Facts facts = json.read(check.factsJson(), Facts.class);
        Evaluation evaluation = RuleEngine.evaluate(specs(a), facts, averages);
        return new AssessmentView(averages, evaluation.verdict(), evaluation.results());
    }

}
