package org.keji.project.grant;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.keji.project.application.ProjectStatus;
import org.keji.project.grant.dto.CancelTrancheRequest;
import org.keji.project.grant.dto.ClawBackView;
import org.keji.project.grant.dto.ConfirmClawBackRequest;
import org.keji.project.grant.dto.GrantProposalView;
import org.keji.project.grant.dto.PayTrancheRequest;
import org.keji.project.grant.dto.ProjectView;
import org.keji.project.grant.dto.ProposeGrantRequest;
import org.keji.project.grant.dto.RecordClawBackRequest;
import org.keji.project.grant.dto.ScheduleTrancheRequest;
import org.keji.project.grant.dto.TrancheView;

@Path("/api/v1/projects")
@Tag(name = "Projects and grants", description = "Funded projects (立项项目) and their money: the grant proposed by one "
        + "officer and confirmed by another within the call's budget, tranches (拨付) within the grant, claw-backs (追回) "
        + "within what was paid; every money move recorded by one officer and confirmed by another (maker-checker)")
@Produces(MediaType.APPLICATION_JSON)
public class GrantResource {

    private static final Set<String> PROJECT_SORTABLE = Set.of("createdAt", "trackingNumber", "grantAmount");
    private static final Set<String> TRANCHE_SORTABLE = Set.of("scheduledAt", "plannedOn");
    private static final Set<String> CLAW_BACK_SORTABLE = Set.of("recordedAt", "dueOn");
    private static final String NOT_FOUND = "No such project, or not visible to the caller (GRANT_PROJECT_NOT_FOUND)";
    private static final String TRANCHE_NOT_FOUND = NOT_FOUND + "; no such tranche of the project (GRANT_TRANCHE_NOT_FOUND)";
    private static final String CLAW_BACK_NOT_FOUND = NOT_FOUND
            + "; no such claw-back of the project (GRANT_CLAW_BACK_NOT_FOUND)";
    private static final String NOT_ACTIVE = "The project is not ACTIVE (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)";
    private static final String ID = "Project id (the application's)";

    private final GrantService grants;
    private final IdempotentRequests idempotency;
    private final Exports exports;

    public GrantResource(GrantService grants, IdempotentRequests idempotency, Exports exports) {
        this.grants = grants;
        this.idempotency = idempotency;
        this.exports = exports;
    }

    @POST
    @Path("{id}/grant")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Propose the grant (立项拟资助)", description = "The first officer (maker) proposes the grant of an "
            + "application in PUBLICITY whose publicity period is over: at most the call's maximum grant and the amount "
            + "requested. A new proposal replaces the previous one until another officer confirms it.")
    @APIResponse(responseCode = "201", description = "Proposed", content = @Content(schema = @Schema(implementation = GrantProposalView.class)))
    @APIResponse(responseCode = "404", description = "No such application, or not visible to the caller (GRANT_PROJECT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not in PUBLICITY (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "422", description = "Publicity not over (GRANT_PUBLICITY_NOT_ENDED); above the call's maximum grant (GRANT_ABOVE_MAX); above the amount requested (GRANT_ABOVE_REQUESTED)")
    public Response proposeGrant(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Parameter(description = ID) @PathParam("id") UUID id, @Valid @NotNull ProposeGrantRequest request) {
        return idempotency.create(idempotencyKey, request, () -> new Created(
                URI.create("/api/v1/projects/" + id + "/grant"), grants.propose(id, request)));
    }

    @GET
    @Path("{id}/grant")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get the proposed grant", description = "The current proposal, with its checker once confirmed.")
    @APIResponse(responseCode = "200", description = "The proposal", content = @Content(schema = @Schema(implementation = GrantProposalView.class)))
    @APIResponse(responseCode = "404", description = "No such application, or not visible to the caller (GRANT_PROJECT_NOT_FOUND); nothing proposed yet (GRANT_NOT_PROPOSED)")
    public GrantProposalView getGrantProposal(@Parameter(description = ID) @PathParam("id") UUID id) {
        return grants.proposal(id);
    }

    @POST
    @Path("{id}/grant/confirm")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Confirm the grant: approve the project (立项)", description = "A second officer (checker, never "
            + "the maker) confirms the proposal. Eligibility is checked again from the replica; the grant is reserved in "
            + "the call's budget by one conditional update, exact under parallel approvals; the application becomes "
            + "APPROVED and its case closes. Publishes `keji.project.grant.approved.v1`, "
            + "`keji.project.status-changed.v1` and `keji.case.closed.v1`.")
    @APIResponse(responseCode = "200", description = "The project", content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "404", description = "No such application, or not visible to the caller (GRANT_PROJECT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not in PUBLICITY (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions); nothing proposed (GRANT_NOT_PROPOSED); the caller proposed it (MAKER_CHECKER_VIOLATION)")
    @APIResponse(responseCode = "422", description = "Ineligible now, each failing condition a violation (GRANT_NOT_ELIGIBLE); the call's budget has not enough left, with what is left (CALL_BUDGET_EXHAUSTED); publicity not over (GRANT_PUBLICITY_NOT_ENDED); above the maximum grant (GRANT_ABOVE_MAX) or the amount requested (GRANT_ABOVE_REQUESTED)")
    public ProjectView confirmGrant(@Parameter(description = ID) @PathParam("id") UUID id) {
        return grants.confirm(id);
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List funded projects", description = "Projects from approval to closing, with their money. An "
            + "applicant sees its own, an officer those of its region, admins and integration clients all. Sorts by "
            + "`createdAt`, `trackingNumber` or `grantAmount`, optionally `,asc` or `,desc` (default `createdAt,desc`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = ProjectPage.class)))
    @Extension(name = Exports.EXTENSION, value = "立项项目")
    public Page<ProjectView> listProjects(
            @Parameter(description = "Call id") @QueryParam("callId") UUID callId,
            @Parameter(description = "The call's year", example = "2026") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "State (one of the funded states)") @QueryParam("status") ProjectStatus status,
            @Parameter(description = "GB/T 2260 region prefix (2, 4 or 6 digits)", example = "3501") @QueryParam("regionPrefix") @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}") String regionPrefix,
            @BeanParam PageParams paging) {
        ProjectFundsRepository.Filter filter = new ProjectFundsRepository.Filter(callId, year, status, regionPrefix,
                null);
        return exports.pages(paging.query(PROJECT_SORTABLE, "createdAt,desc"), query -> grants.search(filter, query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get a funded project", description = "With its money exact to the fen: granted, scheduled, "
            + "paid, unscheduled, unpaid, clawed back, recovered, outstanding.")
    @APIResponse(responseCode = "200", description = "The project", content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND + "; not funded (yet)")
    public ProjectView getProject(@Parameter(description = ID) @PathParam("id") UUID id) {
        return grants.get(id);
    }

    @POST
    @Path("{id}/tranches")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Schedule a tranche (安排拨付)", description = "By the first officer (maker) of an ACTIVE project. "
            + "All live tranches (scheduled or paid) together never exceed the grant, exactly under parallel requests.")
    @APIResponse(responseCode = "201", description = "Scheduled", content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = NOT_ACTIVE)
    @APIResponse(responseCode = "422", description = "The grant has not enough left, with what is left (GRANT_TRANCHES_EXCEED_GRANT)")
    public Response scheduleTranche(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Parameter(description = ID) @PathParam("id") UUID id, @Valid @NotNull ScheduleTrancheRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            TrancheView view = grants.schedule(id, request);
            return new Created(URI.create("/api/v1/projects/" + id + "/tranches/" + view.id()), view);
        });
    }

    @GET
    @Path("{id}/tranches")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List a project's tranches", description = "Sorts by `scheduledAt` or `plannedOn`, optionally "
            + "`,asc` or `,desc` (default `scheduledAt,asc`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = TranchePage.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @Extension(name = Exports.EXTENSION, value = "项目拨付")
    public Page<TrancheView> listTranches(@Parameter(description = ID) @PathParam("id") UUID id,
            @Parameter(description = "State") @QueryParam("status") TrancheStatus status,
            @BeanParam PageParams paging) {
        return exports.pages(paging.query(TRANCHE_SORTABLE, "scheduledAt,asc"),
                query -> grants.tranches(id, status, query));
    }

    @GET
    @Path("{id}/tranches/{trancheId}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get a tranche", description = "With the actions allowed now.")
    @APIResponse(responseCode = "200", description = "The tranche", content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "404", description = TRANCHE_NOT_FOUND)
    public TrancheView getTranche(@Parameter(description = ID) @PathParam("id") UUID id,
            @Parameter(description = "Tranche id") @PathParam("trancheId") UUID trancheId) {
        return grants.tranche(id, trancheId);
    }

    @POST
    @Path("{id}/tranches/{trancheId}/pay")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Record a tranche's payment (拨付)", description = "By an officer other than the one that "
            + "scheduled it (checker), for an ACTIVE project; a tranche is paid once. Publishes "
            + "`keji.project.tranche.paid.v1`.")
    @APIResponse(responseCode = "200", description = "The tranche, PAID", content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "404", description = TRANCHE_NOT_FOUND)
    @APIResponse(responseCode = "409", description = NOT_ACTIVE
            + "; already paid or cancelled (GRANT_TRANCHE_ILLEGAL_TRANSITION); the caller scheduled it (MAKER_CHECKER_VIOLATION)")
    public TrancheView payTranche(@Parameter(description = ID) @PathParam("id") UUID id,
            @Parameter(description = "Tranche id") @PathParam("trancheId") UUID trancheId,
            @Valid @NotNull PayTrancheRequest request) {
        return grants.pay(id, trancheId, request);
    }

    @POST
    @Path("{id}/tranches/{trancheId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Cancel a tranche", description = "Before its payment, in any state of the project: its amount "
            + "is free for other tranches again.")
    @APIResponse(responseCode = "200", description = "The tranche, CANCELLED", content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "404", description = TRANCHE_NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Already paid or cancelled (GRANT_TRANCHE_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public TrancheView cancelTranche(@Parameter(description = ID) @PathParam("id") UUID id,
            @Parameter(description = "Tranche id") @PathParam("trancheId") UUID trancheId,
            @Valid @NotNull CancelTrancheRequest request) {
        return grants.cancel(id, trancheId, request.reason());
    }

    @POST
    @Path("{id}/claw-backs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Demand funds back (追回)", description = "For a TERMINATED or FAILED project, by the first "
            + "officer (maker): at most what was paid less what was already demanded, exactly under parallel requests. "
            + "Publishes `keji.project.claw-back.demanded.v1`.")
    @APIResponse(responseCode = "201", description = "Demanded", content = @Content(schema = @Schema(implementation = ClawBackView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not TERMINATED or FAILED (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "422", description = "More than what is left to claw back, with what is left (GRANT_CLAW_BACK_EXCEEDS_PAID)")
    public Response demandClawBack(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Parameter(description = ID) @PathParam("id") UUID id, @Valid @NotNull RecordClawBackRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            ClawBackView view = grants.demand(id, request);
            return new Created(URI.create("/api/v1/projects/" + id + "/claw-backs/" + view.id()), view);
        });
    }

    @GET
    @Path("{id}/claw-backs")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List a project's claw-backs", description = "Sorts by `recordedAt` or `dueOn`, optionally "
            + "`,asc` or `,desc` (default `recordedAt,asc`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = ClawBackPage.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @Extension(name = Exports.EXTENSION, value = "项目资金追回")
    public Page<ClawBackView> listClawBacks(@Parameter(description = ID) @PathParam("id") UUID id,
            @Parameter(description = "State") @QueryParam("status") ClawBackStatus status,
            @BeanParam PageParams paging) {
        return exports.pages(paging.query(CLAW_BACK_SORTABLE, "recordedAt,asc"),
                query -> grants.clawBacks(id, status, query));
    }

    @POST
    @Path("{id}/claw-backs/{clawBackId}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Record the money received (收回确认)", description = "By an officer other than the one that "
            + "demanded it (checker). Publishes `keji.project.claw-back.received.v1`.")
    @APIResponse(responseCode = "200", description = "The claw-back, RECEIVED", content = @Content(schema = @Schema(implementation = ClawBackView.class)))
    @APIResponse(responseCode = "404", description = CLAW_BACK_NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Already received (GRANT_CLAW_BACK_ILLEGAL_TRANSITION, with currentState and allowedActions); the caller demanded it (MAKER_CHECKER_VIOLATION)")
    public ClawBackView confirmClawBack(@Parameter(description = ID) @PathParam("id") UUID id,
            @Parameter(description = "Claw-back id") @PathParam("clawBackId") UUID clawBackId,
            @Valid @NotNull ConfirmClawBackRequest request) {
        return grants.receive(id, clawBackId, request);
    }

    /** The page types as OpenAPI shows them. */
    @Schema(name = "ProjectPage")
    public record ProjectPage(List<ProjectView> items, int page, int size, long total) {
    }

    @Schema(name = "TranchePage")
    public record TranchePage(List<TrancheView> items, int page, int size, long total) {
    }

    @Schema(name = "ClawBackPage")
    public record ClawBackPage(List<ClawBackView> items, int page, int size, long total) {
    }
}
