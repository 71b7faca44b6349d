package org.keji.project.expert;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.security.Caller;
import org.keji.project.application.ProjectApplication;
import org.keji.project.application.ProjectApplicationRepository;
import org.keji.project.application.ProjectMoves;
import org.keji.project.application.ProjectStatus;
import org.keji.project.call.CallRepository;
import org.keji.project.call.ProjectCall;
import org.keji.project.expert.dto.RankedApplicationView;
import org.keji.project.expert.dto.RankingView;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Ranks the applications of a call once the experts have scored: an application's score is the average of its experts'
 * weighted totals, divided exactly and rounded half-up to 2 decimals once; rank 1 is the highest score. Ties (equal
 * rounded scores) are broken by the higher lowest expert total, then the earlier submission, then the tracking number.
 */
@ApplicationScoped
public class ExpertRanking {

    /** The documented order of a ranking. */
    static final Comparator<Ranked> ORDER = Comparator.comparing(Ranked::score).reversed()
            .thenComparing(Ranked::lowestTotal, Comparator.reverseOrder())
            .thenComparing(Ranked::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Ranked::trackingNumber);

    /** How many pending applications a refusal names (the count is always given). */
    private static final int PENDING_NAMED = 20;

    /** An application's figures for the ranking. */
    record Ranked(UUID applicationId, String trackingNumber, OffsetDateTime submittedAt, BigDecimal score,
            BigDecimal lowestTotal) {
    }

    private final AssignmentRepository assignments;
    private final ProjectApplicationRepository applications;
    private final CallRepository calls;
    private final ProjectMoves moves;
    private final Caller caller;
    private final Clock clock;

    public ExpertRanking(AssignmentRepository assignments, ProjectApplicationRepository applications,
            CallRepository calls, ProjectMoves moves, Caller caller, Clock clock) {
        this.assignments = assignments;
        this.applications = applications;
        this.calls = calls;
        this.moves = moves;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Ranks every application of the call in expert review, in one transaction. A ranking compares the whole call, so
     * it is made once: after the window has closed (no application can still arrive) and when every submitted
     * application is through formal review (none can still join expert review) — a later ranking would number a
     * latecomer from 1 again.
     *
     * @throws ConflictException 409 {@code EXPERT_RANKING_WINDOW_OPEN} while the call takes submissions, 409
     *         {@code EXPERT_RANKING_PENDING} naming applications still submitted or awaiting a correction, 409
     *         {@code EXPERT_RANKING_UNSCORED} naming the applications with too few scores, 409
     *         {@code EXPERT_RANKING_EMPTY} when none is in expert review
     */
    @Transactional
    public RankingView rank(UUID callId) {
        ProjectCall call = call(callId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (now.isBefore(call.closesAt())) {
            throw new ConflictException("EXPERT_RANKING_WINDOW_OPEN", call.code(), call.closesAt());
        }
        List<String> pending = assignments.lockReviewAndListPending(callId);
        if (!pending.isEmpty()) {
            throw new ConflictException("EXPERT_RANKING_PENDING", call.code(), pending.size(),
                    String.join(", ", pending.subList(0, Math.min(pending.size(), PENDING_NAMED))));
        }
        int needed = call.expertsPerApplication();
        List<AssignmentRepository.ScoreSummary> summaries = assignments.summarise(callId);
        if (summaries.isEmpty()) {
            throw new ConflictException("EXPERT_RANKING_EMPTY", call.code());
        }
        List<String> unscored = summaries.stream().filter(s -> s.scored() < needed)
                .map(AssignmentRepository.ScoreSummary::trackingNumber).sorted().toList();
        if (!unscored.isEmpty()) {
            throw new ConflictException("EXPERT_RANKING_UNSCORED", needed, String.join(", ", unscored));
        }
        List<Ranked> ranked = summaries.stream().map(s -> new Ranked(s.applicationId(), s.trackingNumber(),
                s.submittedAt(), s.totalSum().divide(BigDecimal.valueOf(s.scored()), 2, RoundingMode.HALF_UP),
                s.lowestTotal())).sorted(ORDER).toList();
        Map<UUID, ProjectApplication> byId = applications
                .list("id in ?1", ranked.stream().map(Ranked::applicationId).toList()).stream()
                .collect(Collectors.toMap(ProjectApplication::id, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < ranked.size(); i++) {
            ProjectApplication application = byId.get(ranked.get(i).applicationId());
            ProjectStatus previous = application.status();
            application.rank(ranked.get(i).score(), i + 1, now);
            moves.moved(application, previous, "rank", today);
        }
        applications.flush();
        return new RankingView(callId, ranked.size(),
                ranked.stream().map(r -> view(byId.get(r.applicationId()))).toList());
    }

    /** The ranking of a call, rank 1 first: every application given a rank, within the officer's region. */
    public Page<RankedApplicationView> list(UUID callId, PageQuery query) {
        call(callId);
        String where = "callId = :call and reviewRank is not null";
        Parameters parameters = Parameters.with("call", callId);
        var reach = caller.officerRegions().filter(r -> !r.everywhere());
        if (reach.isPresent()) {
            where += " and " + reach.get().condition("region", "reach");
            parameters.and("reach", reach.get().parameterValue());
        }
        Sort sort = query.ascending() ? Sort.ascending("reviewRank") : Sort.descending("reviewRank");
        List<RankedApplicationView> items = applications.find(where, sort, parameters)
                .range(query.offset(), query.offset() + query.size() - 1).list().stream().map(ExpertRanking::view)
                .toList();
        return Page.of(items, query, applications.count(where, parameters));
    }

    private ProjectCall call(UUID callId) {
        return calls.findByIdOptional(callId)
                .filter(c -> caller.officerRegions().map(r -> r.includes(c.region())).orElse(true))
                .orElseThrow(() -> new NotFoundException("EXPERT_CALL_NOT_FOUND", callId));
    }

    private static RankedApplicationView view(ProjectApplication a) {
        return new RankedApplicationView(a.reviewRank(), a.reviewScore(), a.id(), a.trackingNumber(), a.title(),
                a.uscc(), a.region(), a.status());
    }
}
