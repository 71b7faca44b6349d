package org.keji.project.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.event.project.ProjectEvaluated;
import org.keji.commons.money.Money;
import org.keji.commons.outbox.Outbox;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.problem.Problem;
import org.keji.commons.security.Caller;
import org.keji.commons.security.Roles;
import org.keji.commons.web.EntityVersions;
import org.keji.project.application.ProjectApplication;
import org.keji.project.application.ProjectApplicationRepository;
import org.keji.project.application.ProjectMoves;
import org.keji.project.application.ProjectStatus;
import org.keji.project.evaluation.dto.ConfirmEvaluationRequest;
import org.keji.project.evaluation.dto.CreateEvaluationRequest;
import org.keji.project.evaluation.dto.EvaluationView;
import org.keji.project.evaluation.dto.OutcomeReport;
import org.keji.project.evaluation.dto.UpdateEvaluationRequest;

/**
 * Performance evaluations (绩效评价): the undertaker (or an officer of its region, or an integration client) reports
 * the outcomes of a project whose acceptance is decided; an officer confirms the report with a grade, which moves the
 * project to EVALUATED and publishes {@code keji.project.evaluated.v1}. Reach: an applicant its own, an officer its
 * region's (the project's region), others all; out of reach is 404.
 */
@ApplicationScoped
public class EvaluationService {

    static final String NOT_FOUND = "PROJECT_EVALUATION_NOT_FOUND";
    static final String PROJECT_NOT_FOUND = "PROJECT_EVALUATION_PROJECT_NOT_FOUND";
    static final String EXISTS = "PROJECT_EVALUATION_EXISTS";

    private final EvaluationRepository evaluations;
    private final ProjectApplicationRepository projects;
    private final ProjectMoves moves;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public EvaluationService(EvaluationRepository evaluations, ProjectApplicationRepository projects,
            ProjectMoves moves, Outbox outbox, Caller caller, Clock clock) {
        this.evaluations = evaluations;
        this.projects = projects;
        this.moves = moves;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * A draft evaluation of a project whose acceptance is decided (the project is locked meanwhile, so two reports for
     * one project queue and the second is refused).
     */
    @Transactional
    public EvaluationView create(CreateEvaluationRequest request) {
        requireConsistent(request.report());
        ProjectApplication project = projects.lock(request.projectId())
                .orElseThrow(() -> projectNotFound(request.projectId()));
        caller.requireEnterprise(project.uscc(), project.region(), () -> projectNotFound(request.projectId()));
        project.require("evaluate", ProjectStatus.PASSED, ProjectStatus.PASSED_AFTER_RECTIFICATION,
                ProjectStatus.FAILED);
        if (evaluations.existsForProject(project.id())) {
            throw new ConflictException(EXISTS, project.id());
        }
        ProjectEvaluation evaluation = ProjectEvaluation.draft(project, request.report(), caller.name(),
                verifies(), OffsetDateTime.now(clock));
        evaluations.persist(evaluation);
        return EvaluationView.of(evaluation);
    }

    @Transactional
    public EvaluationView update(UUID id, String ifMatch, UpdateEvaluationRequest request) {
        requireConsistent(request.report());
        ProjectEvaluation evaluation = load(id, true);
        EntityVersions.checkEither(ifMatch, request.version(), evaluation.version());
        evaluation.update(request.report(), verifies(), OffsetDateTime.now(clock));
        evaluations.flush();
        return EvaluationView.of(evaluation);
    }

    /** The officer's grade: the project moves to EVALUATED in the same transaction. */
    @Transactional
    public EvaluationView confirm(UUID id, String ifMatch, ConfirmEvaluationRequest request) {
        ProjectEvaluation evaluation = load(id, true);
        EntityVersions.check(ifMatch, request.version(), evaluation.version());
        ProjectApplication project = projects.lock(evaluation.applicationId())
                .orElseThrow(() -> projectNotFound(evaluation.applicationId()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        evaluation.confirm(request.grade(), request.comment() == null ? null : request.comment().strip(),
                caller.name(), now);
        ProjectStatus previous = project.status();
        project.evaluate(now);
        moves.moved(project, previous, "evaluate", today);
        OutcomeReport report = evaluation.report();
        outbox.publish(new ProjectEvaluated(evaluation.id().toString(), project.id().toString(),
                project.trackingNumber(), project.uscc(), project.callId().toString(), project.region(),
                evaluation.grade().name(), report.receivedGovernmentFunds().amount(),
                report.receivedSelfRaisedFunds().amount(), today));
        evaluations.flush();
        return EvaluationView.of(evaluation);
    }

    public EvaluationView get(UUID id) {
        return EvaluationView.of(load(id, false));
    }

    /** A page within the caller's reach: an applicant its own evaluations, an officer its region's, others all. */
    public Page<EvaluationView> search(EvaluationRepository.Filter filter, PageQuery query) {
        EvaluationRepository.Filter scoped = filter;
        if (caller.is(Roles.APPLICANT)) {
            String own = caller.uscc().orElse("-");
            if (filter.uscc() != null && !filter.uscc().equals(own)) {
                return Page.of(List.of(), query, 0);
            }
            scoped = new EvaluationRepository.Filter(filter.projectId(), filter.callId(), filter.status(),
                    filter.grade(), own, filter.regionPrefix());
        }
        return evaluations.search(scoped, caller.officerRegions().orElse(null), query).map(EvaluationView::of);
    }

    /** Whether the caller's report is verified data: anyone's but the undertaker's own. */
    private boolean verifies() {
        return !caller.is(Roles.APPLICANT);
    }

    private ProjectEvaluation load(UUID id, boolean lock) {
        ProjectEvaluation evaluation = (lock ? evaluations.lock(id) : evaluations.findByIdOptional(id))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND, id));
        caller.requireEnterprise(evaluation.uscc(), evaluation.region(), () -> new NotFoundException(NOT_FOUND, id));
        return evaluation;
    }

    /**
     * What bean validation cannot say of a report: amounts other than the profit are not negative (the table's CHECKs,
     * answered as 400 rather than a failed insert), and the inventions are among the patents; every failure a violation.
     */
    private static void requireConsistent(OutcomeReport report) {
        List<Problem.Violation> violations = new ArrayList<>();
        nonNegative(violations, "report.salesRevenue", report.salesRevenue());
        nonNegative(violations, "report.tax", report.tax());
        nonNegative(violations, "report.foreignExchangeUsd", report.foreignExchangeUsd());
        nonNegative(violations, "report.receivedGovernmentFunds", report.receivedGovernmentFunds());
        nonNegative(violations, "report.receivedSelfRaisedFunds", report.receivedSelfRaisedFunds());
        if (report.inventionPatentsApplied() > report.patentsApplied()) {
            violations.add(new Problem.Violation("report.inventionPatentsApplied", "must not exceed patentsApplied",
                    String.valueOf(report.inventionPatentsApplied())));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("VALIDATION_FAILED", violations);
        }
    }

    private static void nonNegative(List<Problem.Violation> violations, String field, Money amount) {
        if (amount.isNegative()) {
            violations.add(new Problem.Violation(field, "must not be negative", amount.toString()));
        }
    }

    private static NotFoundException projectNotFound(UUID id) {
        return new NotFoundException(PROJECT_NOT_FOUND, id);
    }
}
