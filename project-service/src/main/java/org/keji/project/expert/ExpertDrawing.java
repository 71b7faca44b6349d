package org.keji.project.expert;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.security.Caller;
import org.keji.project.application.ProjectApplication;
import org.keji.project.application.ProjectApplicationRepository;
import org.keji.project.call.CallRepository;
import org.keji.project.call.ProjectCall;
import org.keji.project.expert.dto.DrawRequest;
import org.keji.project.expert.dto.DrawView;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Draws experts for an application in expert review (随机抽取) under the application's row lock, so two drawings of one
 * application queue and never assign twice, and records each drawing with its seed (see {@link ExpertLottery}).
 */
@ApplicationScoped
public class ExpertDrawing {

    private static final SecureRandom SEEDS = new SecureRandom();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final ProjectApplicationRepository applications;
    private final CallRepository calls;
    private final ExpertRepository experts;
    private final ExpertDrawRepository draws;
    private final AssignmentRepository assignments;
    private final Caller caller;
    private final ObjectMapper json;
    private final Clock clock;

    public ExpertDrawing(ProjectApplicationRepository applications, CallRepository calls, ExpertRepository experts,
            ExpertDrawRepository draws, AssignmentRepository assignments, Caller caller, ObjectMapper json,
            Clock clock) {
        this.applications = applications;
        this.calls = calls;
        this.experts = experts;
        this.draws = draws;
        this.assignments = assignments;
        this.caller = caller;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public DrawView draw(DrawRequest request) {
        long seed = seed(request.seed());
        ProjectApplication application = applications.lock(request.applicationId())
                .filter(a -> inReach(a.region()))
                .orElseThrow(() -> new NotFoundException("EXPERT_APPLICATION_NOT_FOUND", request.applicationId()));
        application.requireExpertReview("draw-experts");
        ProjectCall call = calls.findById(application.callId());
        ExpertAssignment replaced = null;
        if (request.replace() != null) {
            replaced = assignments.findByIdOptional(request.replace())
                    .filter(a -> a.applicationId().equals(application.id()))
                    .orElseThrow(() -> new NotFoundException("EXPERT_ASSIGNMENT_NOT_FOUND", request.replace()));
            replaced.requireReplaceable();
        } else if (assignments.countStanding(application.id()) > 0) {
            throw new ConflictException("EXPERT_ALREADY_DRAWN", application.trackingNumber());
        }
        LocalDate today = LocalDate.now(clock);
        ExpertLottery.Exclusions exclusions = new ExpertLottery.Exclusions(application.uscc(),
                new HashSet<>(strings(application.partnersJson())), assignments.conflictedFor(application.uscc()),
                assignments.drawnFor(application.id()), today);
        int needed = replaced == null ? call.expertsPerApplication() : 1;
        ExpertLottery.Outcome outcome = ExpertLottery.draw(experts.inField(application.field()), exclusions, needed,
                seed);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ExpertDraw draw = ExpertDraw.record(application.id(), application.region(), seed, outcome,
                replaced == null ? null : replaced.id(), caller.name(), now);
        draws.persist(draw);
        List<ExpertAssignment> drawn = new ArrayList<>();
        for (int i = 0; i < outcome.chosen().size(); i++) {
            ExpertAssignment assignment = ExpertAssignment.drawn(draw.id(), application.id(),
                    outcome.chosen().get(i).id(), i + 1, now);
            assignments.persist(assignment);
            drawn.add(assignment);
        }
        if (replaced != null) {
            replaced.replacedBy(drawn.get(0).id());
        }
        assignments.flush();
        return view(draw, drawn, outcome.chosen().stream().collect(Collectors.toMap(Expert::id, Function.identity())));
    }

    public DrawView get(UUID id) {
        ExpertDraw draw = draws.findByIdOptional(id).filter(d -> inReach(d.region()))
                .orElseThrow(() -> new NotFoundException("EXPERT_DRAW_NOT_FOUND", id));
        List<ExpertAssignment> drawn = assignments.ofDraw(id);
        Map<UUID, Expert> byId = experts.list("id in ?1", drawn.stream().map(ExpertAssignment::expertId).toList())
                .stream().collect(Collectors.toMap(Expert::id, Function.identity()));
        return view(draw, drawn, byId);
    }

    private boolean inReach(String region) {
        return caller.officerRegions().map(r -> r.includes(region)).orElse(true);
    }

    private static long seed(String seed) {
        if (seed == null) {
            return SEEDS.nextLong();
        }
        try {
            return Long.parseLong(seed);
        } catch (NumberFormatException e) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "seed", "must be a signed 64-bit integer", seed);
        }
    }

    private List<String> strings(String array) {
        try {
            return array == null ? List.of() : json.readValue(array, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("partners are not a JSON array of strings: " + array, e);
        }
    }

    private static DrawView view(ExpertDraw d, List<ExpertAssignment> drawn, Map<UUID, Expert> experts) {
        return new DrawView(d.id(), d.applicationId(), Long.toString(d.seed()), d.needed(), d.poolSize(),
                d.candidateCount(),
                new DrawView.Exclusions(d.excludedOrganisation(), d.excludedPartner(), d.excludedConflict(),
                        d.excludedAlreadyDrawn(), d.excludedUnavailable()),
                d.replaces(), d.drawnBy(), d.drawnAt(),
                drawn.stream().map(a -> new DrawView.Drawn(a.position(), a.id(), a.expertId(),
                        experts.get(a.expertId()).name())).toList());
    }
}
