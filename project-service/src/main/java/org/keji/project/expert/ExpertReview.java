package org.keji.project.expert;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.problem.Problem;
import org.keji.commons.security.Caller;
import org.keji.commons.security.Roles;
import org.keji.project.application.ProjectApplication;
import org.keji.project.application.ProjectApplicationRepository;
import org.keji.project.call.CallRepository;
import org.keji.project.call.ProjectCall;
import org.keji.project.expert.dto.AssignmentSummaryView;
import org.keji.project.expert.dto.AssignmentView;
import org.keji.project.expert.dto.DeclarationRequest;
import org.keji.project.expert.dto.ScoreRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The review by the experts drawn: an expert sees only its own assignments (found by its token's {@code sub}), declares
 * its interest, then scores each criterion of the call's category once; the weighted total Σ score × weight / 100 is
 * exact (at most 4 decimals for scores of at most 2). Officers read the assignments of their region, admins and
 * integration clients every one.
 */
@ApplicationScoped
public class ExpertReview {

    private static final TypeReference<List<AssignmentView.GivenScore>> SCORES = new TypeReference<>() {
    };

    private final AssignmentRepository assignments;
    private final ExpertRepository experts;
    private final ProjectApplicationRepository applications;
    private final CallRepository calls;
    private final Caller caller;
    private final ObjectMapper json;
    private final Clock clock;

    public ExpertReview(AssignmentRepository assignments, ExpertRepository experts,
            ProjectApplicationRepository applications, CallRepository calls, Caller caller, ObjectMapper json,
            Clock clock) {
        this.assignments = assignments;
        this.experts = experts;
        this.applications = applications;
        this.calls = calls;
        this.caller = caller;
        this.json = json;
        this.clock = clock;
    }

    public Page<AssignmentSummaryView> search(UUID applicationId, UUID callId, AssignmentStatus status,
            PageQuery query) {
        String subject = caller.is(Roles.EXPERT) ? caller.name() : null;
        String reach = caller.officerRegions().filter(r -> !r.everywhere()).map(r -> r.parameterValue()).orElse(null);
        return assignments.search(new AssignmentRepository.Filter(applicationId, callId, status, subject, reach),
                query);
    }

    public AssignmentView get(UUID id) {
        ExpertAssignment assignment = find(id);
        return view(assignment, applications.findById(assignment.applicationId()));
    }

    @Transactional
    public AssignmentView declare(UUID id, DeclarationRequest request) {
        ExpertAssignment assignment = find(id);
        ProjectApplication application = applications.findById(assignment.applicationId());
        application.requireExpertReview("declaration");
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (request.conflict() && reason == null) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "reason", "required when declaring a conflict",
                    null);
        }
        // a reason is kept only for a conflict: an accepted assignment has no conflict reason
        assignment.declare(request.conflict(), request.conflict() ? reason : null, OffsetDateTime.now(clock));
        assignments.flush();
        return view(assignment, application);
    }

    /**
     * Scores an accepted assignment once; the application is locked so a ranking of its call waits for the score.
     *
     * @throws InvalidRequestException 400 naming every criterion missing, unknown or repeated
     */
    @Transactional
    public AssignmentView score(UUID id, ScoreRequest request) {
        ExpertAssignment assignment = find(id);
        ProjectApplication application = applications.lock(assignment.applicationId()).orElseThrow();
        application.requireExpertReview("scores");
        List<AssignmentRepository.Criterion> criteria = assignments
                .criteria(calls.findById(application.callId()).category());
        Map<String, BigDecimal> given = new LinkedHashMap<>();
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.scores().size(); i++) {
            ScoreRequest.CriterionScore score = request.scores().get(i);
            if (given.putIfAbsent(score.criterion(), score.score()) != null) {
                violations.add(new Problem.Violation("scores[" + i + "].criterion", "scored twice",
                        score.criterion()));
            }
        }
        Set<String> known = new HashSet<>();
        List<AssignmentView.GivenScore> scores = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (AssignmentRepository.Criterion criterion : criteria) {
            known.add(criterion.criterion());
            BigDecimal score = given.get(criterion.criterion());
            if (score == null) {
                violations.add(new Problem.Violation("scores", "no score for " + criterion.criterion(), null));
                continue;
            }
            scores.add(new AssignmentView.GivenScore(criterion.criterion(), criterion.weight(), score));
            total = total.add(score.multiply(BigDecimal.valueOf(criterion.weight())));
        }
        for (int i = 0; i < request.scores().size(); i++) {
            if (!known.contains(request.scores().get(i).criterion())) {
                violations.add(new Problem.Violation("scores[" + i + "].criterion", "not a criterion of the call",
                        request.scores().get(i).criterion()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("VALIDATION_FAILED", violations);
        }
        // exact: scores carry at most 2 decimals, weights are whole percents
        BigDecimal weighted = total.movePointLeft(2).setScale(4);
        assignment.score(write(scores), weighted, request.comment(), OffsetDateTime.now(clock));
        assignments.flush();
        return view(assignment, application);
    }

    /** The assignment if the caller reaches it: an expert its own, an officer its region's; else 404. */
    private ExpertAssignment find(UUID id) {
        NotFoundException notFound = new NotFoundException("EXPERT_ASSIGNMENT_NOT_FOUND", id);
        ExpertAssignment assignment = assignments.findByIdOptional(id).orElseThrow(() -> notFound);
        if (caller.is(Roles.EXPERT) && !experts.findById(assignment.expertId()).subject().equals(caller.name())) {
            throw notFound;
        }
        if (caller.officerRegions().isPresent()) {
            String region = applications.findById(assignment.applicationId()).region();
            if (!caller.officerRegions().get().includes(region)) {
                throw notFound;
            }
        }
        return assignment;
    }

    private AssignmentView view(ExpertAssignment a, ProjectApplication p) {
        ProjectCall call = calls.findById(p.callId());
        Expert expert = experts.findById(a.expertId());
        List<AssignmentView.Criterion> criteria = assignments.criteria(call.category()).stream()
                .map(c -> new AssignmentView.Criterion(c.criterion(), c.name(), c.weight())).toList();
        try {
            return new AssignmentView(a.id(), a.status(), a.status().actions(), a.expertId(), expert.name(),
                    a.drawId(),
                    new AssignmentView.Application(p.id(), p.trackingNumber(), p.title(), p.summary(), p.field(),
                            p.uscc(), p.requestedAmount(), json.readTree(p.materialsJson())),
                    new AssignmentView.Call(call.id(), call.code(), call.title(), call.category(), call.year(),
                            call.batch()),
                    criteria, a.conflictReason(), a.declaredAt(), a.replacedBy(),
                    a.scoresJson() == null ? null : json.readValue(a.scoresJson(), SCORES), a.weightedTotal(),
                    a.comment(), a.scoredAt(), a.version());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
