package org.keji.project.expert;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keji.commons.export.Exports;
import org.keji.commons.idempotency.Created;
import org.keji.commons.idempotency.IdempotentRequests;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageParams;
import org.keji.commons.security.Roles;
import org.keji.project.expert.dto.AssignmentSummaryView;
import org.keji.project.expert.dto.AssignmentView;
import org.keji.project.expert.dto.DeclarationRequest;
import org.keji.project.expert.dto.DrawRequest;
import org.keji.project.expert.dto.DrawView;
import org.keji.project.expert.dto.RankedApplicationView;
import org.keji.project.expert.dto.RankingRequest;
import org.keji.project.expert.dto.RankingView;
import org.keji.project.expert.dto.ScoreRequest;

@Path("/api/v1/expert-assignments")
@Tag(name = "Expert review", description = "Drawing experts at random with a recorded seed (随机抽取), their declarations "
        + "of interest (回避声明), criterion scores with weights, and the ranking of a call's applications")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertAssignmentResource {

    private static final Set<String> RANK_SORT = Set.of("rank");

    private final ExpertDrawing drawing;
    private final ExpertReview review;
    private final ExpertRanking ranking;
    private final IdempotentRequests idempotency;
    private final Exports exports;

    public ExpertAssignmentResource(ExpertDrawing drawing, ExpertReview review, ExpertRanking ranking,
            IdempotentRequests idempotency, Exports exports) {
        this.drawing = drawing;
        this.review = review;
        this.ranking = ranking;
        this.idempotency = idempotency;
        this.exports = exports;
    }

    @POST
    @Path("draws")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Draw experts for an application", description = "Draws the call's experts per application "
            + "among the experts whose fields include the application's field, excluding anyone of the applicant's "
            + "organisation or a partner's (by USCC), anyone who declared a conflict for an application of this "
            + "enterprise, anyone drawn for this application before, and anyone unavailable today. The candidates are "
            + "ordered by `subject` and chosen by a partial Fisher–Yates shuffle with `java.util.Random` seeded by "
            + "`seed` (random when left out): the same seed over the same pool draws the same experts. With `replace`, "
            + "one expert is drawn in place of an assignment declined for a conflict. Drawings of one application "
            + "queue behind its row lock.")
    @APIResponse(responseCode = "201", description = "Drawn and recorded", content = @Content(schema = @Schema(implementation = DrawView.class)))
    @APIResponse(responseCode = "404", description = "No such application or assignment, or outside the officer's region (EXPERT_APPLICATION_NOT_FOUND, EXPERT_ASSIGNMENT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The application is not in EXPERT_REVIEW (PROJECT_ILLEGAL_TRANSITION, with allowedActions), experts were drawn already (EXPERT_ALREADY_DRAWN), or the assignment to replace is not declined or was replaced (EXPERT_ASSIGNMENT_ILLEGAL_TRANSITION)")
    @APIResponse(responseCode = "422", description = "Fewer candidates than needed (EXPERT_POOL_TOO_SMALL, naming both)")
    public Response drawExperts(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull DrawRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            DrawView view = drawing.draw(request);
            return new Created(URI.create("/api/v1/expert-assignments/draws/" + view.id()), view);
        });
    }

    @GET
    @Path("draws/{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get a drawing", description = "The record of a drawing: seed, pool size, exclusions by reason, "
            + "candidates and the experts drawn.")
    @APIResponse(responseCode = "200", description = "The drawing", content = @Content(schema = @Schema(implementation = DrawView.class)))
    @APIResponse(responseCode = "404", description = "No such drawing, or outside the officer's region (EXPERT_DRAW_NOT_FOUND)")
    public DrawView getExpertDraw(@Parameter(description = "Drawing id") @PathParam("id") UUID id) {
        return drawing.get(id);
    }

    @GET
    @RolesAllowed({ Roles.EXPERT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List assignments", description = "An expert sees only its own (by its token's `sub`), an "
            + "officer those of applications of its region. Sorts by `createdAt` or `trackingNumber`, optionally "
            + "`,asc` or `,desc` (default `createdAt,desc`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = AssignmentPage.class)))
    @Extension(name = Exports.EXTENSION, value = "评审任务")
    public Page<AssignmentSummaryView> listExpertAssignments(
            @Parameter(description = "Only of this application") @QueryParam("applicationId") UUID applicationId,
            @Parameter(description = "Only of applications of this call") @QueryParam("callId") UUID callId,
            @Parameter(description = "Only in this state") @QueryParam("status") AssignmentStatus status,
            @BeanParam PageParams paging) {
        return exports.pages(paging.query(AssignmentRepository.SORTABLE.keySet(), "createdAt,desc"),
                query -> review.search(applicationId, callId, status, query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.EXPERT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get an assignment", description = "With what the expert needs to review: the application's "
            + "title, summary, field and material references, the call, and the criteria with their weights.")
    @APIResponse(responseCode = "200", description = "The assignment", content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "404", description = "No such assignment, another expert's, or outside the officer's region (EXPERT_ASSIGNMENT_NOT_FOUND)")
    public AssignmentView getExpertAssignment(@Parameter(description = "Assignment id") @PathParam("id") UUID id) {
        return review.get(id);
    }

    @POST
    @Path("{id}/declaration")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EXPERT)
    @Operation(summary = "Declare interest (回避声明)", description = "Before scoring. A conflict (with its reason) "
            + "declines the assignment, excludes the expert from drawings for this enterprise and lets an officer draw "
            + "a replacement; no conflict lets the expert score.")
    @APIResponse(responseCode = "200", description = "The assignment after the declaration", content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "404", description = "No such assignment of the expert (EXPERT_ASSIGNMENT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Declared already (EXPERT_ASSIGNMENT_ILLEGAL_TRANSITION), or the application left expert review (PROJECT_ILLEGAL_TRANSITION)")
    public AssignmentView declareExpertInterest(@Parameter(description = "Assignment id") @PathParam("id") UUID id,
            @Valid @NotNull DeclarationRequest request) {
        return review.declare(id, request);
    }

    @POST
    @Path("{id}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EXPERT)
    @Operation(summary = "Score an application", description = "Once, after declaring no conflict: one score 0–100 "
            + "(at most 2 decimals) per criterion of the call's category. The weighted total Σ score × weight / 100 is "
            + "stored exactly.")
    @APIResponse(responseCode = "200", description = "The assignment with its scores", content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "404", description = "No such assignment of the expert (EXPERT_ASSIGNMENT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Scored already, declined, or not declared yet (EXPERT_ASSIGNMENT_ILLEGAL_TRANSITION), or the application left expert review (PROJECT_ILLEGAL_TRANSITION)")
    public AssignmentView scoreExpertAssignment(@Parameter(description = "Assignment id") @PathParam("id") UUID id,
            @Valid @NotNull ScoreRequest request) {
        return review.score(id, request);
    }

    @POST
    @Path("rankings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Rank a call's applications", description = "A call is ranked once, as a whole: after its "
            + "window has closed and when no application is still SUBMITTED or CORRECTION_REQUESTED. Every application "
            + "of the call in EXPERT_REVIEW "
            + "needs at least the call's experts per application scored (not declined) assignments. Its score is the "
            + "average of the experts' weighted totals, divided exactly and rounded half-up to 2 decimals once. Rank 1 "
            + "is the highest score; equal scores are ordered by the higher lowest expert total, then the earlier "
            + "submission (`submittedAt`), then the tracking number. Each application moves to RANKED in one "
            + "transaction, publishing `keji.project.status-changed.v1`.")
    @APIResponse(responseCode = "200", description = "The ranking", content = @Content(schema = @Schema(implementation = RankingView.class)))
    @APIResponse(responseCode = "404", description = "No such call, or outside the officer's region (EXPERT_CALL_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The call still takes submissions (EXPERT_RANKING_WINDOW_OPEN); applications still submitted or awaiting a correction, counted and named (EXPERT_RANKING_PENDING); applications with too few scores, named (EXPERT_RANKING_UNSCORED); none in expert review (EXPERT_RANKING_EMPTY)")
    public RankingView rankApplications(@Valid @NotNull RankingRequest request) {
        return ranking.rank(request.callId());
    }

    @GET
    @Path("rankings")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List a call's ranking", description = "The applications of the call that were ranked, rank 1 "
            + "first (`sort=rank` or `rank,desc`); an officer sees those of its region.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = RankingPage.class)))
    @APIResponse(responseCode = "404", description = "No such call, or outside the officer's region (EXPERT_CALL_NOT_FOUND)")
    @Extension(name = Exports.EXTENSION, value = "评审排名")
    public Page<RankedApplicationView> listRanking(
            @Parameter(description = "The call", required = true) @QueryParam("callId") @NotNull UUID callId,
            @BeanParam PageParams paging) {
        return exports.pages(paging.query(RANK_SORT, "rank"), query -> ranking.list(callId, query));
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "ExpertAssignmentPage")
    public record AssignmentPage(List<AssignmentSummaryView> items, int page, int size, long total) {
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "RankingPage")
    public record RankingPage(List<RankedApplicationView> items, int page, int size, long total) {
    }
}
