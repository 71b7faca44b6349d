package org.keji.project.application;

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
import jakarta.ws.rs.PUT;
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
import org.keji.commons.identifier.ValidUscc;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageParams;
import org.keji.commons.security.Roles;
import org.keji.commons.web.EntityVersions;
import org.keji.project.application.dto.AcceptProjectRequest;
import org.keji.project.application.dto.ChangeDecisionRequest;
import org.keji.project.application.dto.ChangeProjectRequest;
import org.keji.project.application.dto.CreateProjectApplicationRequest;
import org.keji.project.application.dto.MaterialKindsRequest;
import org.keji.project.application.dto.MidTermCheckRequest;
import org.keji.project.application.dto.MidTermCheckView;
import org.keji.project.application.dto.ProjectApplicationView;
import org.keji.project.application.dto.ProjectChangeView;
import org.keji.project.application.dto.ReasonRequest;
import org.keji.project.application.dto.RectificationRequest;
import org.keji.project.application.dto.ResubmitProjectRequest;
import org.keji.project.application.dto.SignContractRequest;
import org.keji.project.application.dto.UpdateProjectApplicationRequest;

@Path("/api/v1/project-applications")
@Tag(name = "Project applications", description = "Project applications (项目申报) to a call, from draft through formal "
        + "review, expert review, publicity and the funding decision, then the project (项目) itself: task contract, "
        + "mid-term checks, changes and the one extension, acceptance and closing. Each application is a case (办件) "
        + "with a tracking number and the call's working-day limits; every move is allowed to one role and answers 409 "
        + "with the allowed actions when the state does not allow it")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectApplicationResource {

    private static final Set<String> SORTABLE = Set.of("createdAt", "dueOn");
    private static final Set<String> CHANGES_SORTABLE = Set.of("requestedAt");
    private static final Set<String> CHECKS_SORTABLE = Set.of("createdAt");
    private static final String NOT_FOUND = "No such application, or not visible to the caller (PROJECT_APPLICATION_NOT_FOUND)";
    private static final String AFTER = "The application after the action";

    private final ProjectApplicationService applications;
    private final IdempotentRequests idempotency;
    private final Exports exports;

    public ProjectApplicationResource(ProjectApplicationService applications, IdempotentRequests idempotency,
            Exports exports) {
        this.applications = applications;
        this.idempotency = idempotency;
        this.exports = exports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Draft a project application", description = "An applicant drafts for its own enterprise; an "
            + "officer (within the enterprise's region) or an integration client on an enterprise's behalf, naming it. "
            + "The enterprise must have reached project-service's replica (its region is the application's). The "
            + "requested amount is at most the call's maximum grant; materials are referenced by id from the "
            + "enterprise's wallet. Gets a tracking number (PRJ) and the call's matter code. At most one running "
            + "application per enterprise and call (a withdrawn or ineligible one frees it).")
    @APIResponse(responseCode = "201", description = "Drafted", content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid plan: planned end not after the start, amounts out of range, the applicant as its own partner, an officer or integration client without `uscc` (VALIDATION_FAILED)")
    @APIResponse(responseCode = "404", description = "An applicant naming another enterprise, or an officer one outside its region (ENTERPRISE_REPLICA_NOT_FOUND); no such call (PROJECT_APPLICATION_CALL_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The enterprise has a running application to the call (PROJECT_APPLICATION_EXISTS)")
    @APIResponse(responseCode = "422", description = "The enterprise is not in project-service's replica (PROJECT_APPLICANT_NOT_REPLICATED); requested amount above the call's maximum grant (PROJECT_REQUESTED_ABOVE_MAX_GRANT); a material is not the enterprise's (MATERIAL_NOT_FOUND)")
    public Response createProjectApplication(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull CreateProjectApplicationRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            ProjectApplicationView view = applications.create(request);
            return new Created(URI.create("/api/v1/project-applications/" + view.id()), view);
        });
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List project applications and projects", description = "An applicant sees its own, an "
            + "officer those of its region, admins and integration clients all. Find one by its tracking number with "
            + "`trackingNumber`. Sorts by `createdAt` or `dueOn` (promised due date), optionally `,asc` or `,desc` "
            + "(default `createdAt,desc`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = ProjectApplicationPage.class)))
    @Extension(name = Exports.EXTENSION, value = "项目申报")
    public Page<ProjectApplicationView> listProjectApplications(
            @Parameter(description = "State") @QueryParam("status") ProjectStatus status,
            @Parameter(description = "Call id") @QueryParam("callId") UUID callId,
            @Parameter(description = "Applying enterprise's unified social credit code", example = "91350100M000100Y43") @QueryParam("uscc") @ValidUscc String uscc,
            @Parameter(description = "The call's year", example = "2026") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "GB/T 2260 region prefix (2, 4 or 6 digits) of the enterprises, e.g. 3501 for Fuzhou", example = "3501") @QueryParam("regionPrefix") @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}") String regionPrefix,
            @Parameter(description = "Tracking number (办件编号)", example = "PRJ-20260612-00000042") @QueryParam("trackingNumber") @Pattern(regexp = "[A-Z]{2,4}-\\d{8}-\\d{8}") String trackingNumber,
            @BeanParam PageParams paging) {
        ProjectApplicationRepository.Filter filter = new ProjectApplicationRepository.Filter(status, callId, uscc, year,
                regionPrefix, trackingNumber);
        return exports.pages(paging.query(SORTABLE, "createdAt,desc"), query -> applications.search(filter, query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get a project application or project", description = "With its state, the allowed actions, "
            + "the case clock (due dates, working days left, overdue, paused) and the project's fields.")
    @APIResponse(responseCode = "200", description = "The application", content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public ProjectApplicationView getProjectApplication(
            @Parameter(description = "Application id") @PathParam("id") UUID id) {
        return applications.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.INTEGRATION })
    @Operation(summary = "Update a draft", description = "Replaces the plan of a DRAFT, based on the version read: "
            + "`version` in the body (409 VERSION_CONFLICT when stale) or `If-Match` (412 PRECONDITION_FAILED when "
            + "stale). The same checks as the draft.")
    @APIResponse(responseCode = "200", description = "Updated, with the new version", content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid plan (VALIDATION_FAILED)")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not a DRAFT (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions); changed since read (VERSION_CONFLICT)")
    @APIResponse(responseCode = "412", description = "If-Match names another version (PRECONDITION_FAILED)")
    @APIResponse(responseCode = "422", description = "Requested amount above the call's maximum grant (PROJECT_REQUESTED_ABOVE_MAX_GRANT); a material is not the enterprise's (MATERIAL_NOT_FOUND)")
    public ProjectApplicationView updateProjectApplication(
            @Parameter(description = "Application id") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = EntityVersions.IF_MATCH, description = "The ETag of the version read") @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateProjectApplicationRequest request) {
        return applications.update(id, ifMatch, request.plan(), request.version());
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({ Roles.APPLICANT, Roles.INTEGRATION })
    @Operation(summary = "Submit (提交申报)", description = "Only inside the call's window [opensAt, closesAt). Every eligibility condition is checked from project-service's replica of the bureau's data and each failing one is named; every required material kind that may not be missing at acceptance must be referenced. Opens the case: its clock counts the call's promised and legal working days. Publishes `keji.project.status-changed.v1` and `keji.case.opened.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not DRAFT (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "422", description = "Outside the call's window, naming it (CALL_WINDOW_CLOSED); conditions of the call not met, each in `violations` (PROJECT_NOT_ELIGIBLE); required materials missing, naming the kinds (PROJECT_MATERIALS_MISSING)")
    public ProjectApplicationView submitProjectApplication(
            @Parameter(description = "Application id") @PathParam("id") UUID id) {
        return applications.submit(id);
    }

    @POST
    @Path("{id}/request-correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Request a correction (补正)", description = "Formal review lists every missing material kind at once; the case clock pauses until the applicant resubmits. Publishes `keji.project.status-changed.v1` and `keji.case.paused.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not SUBMITTED (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public ProjectApplicationView requestProjectCorrection(@Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull MaterialKindsRequest request) {
        return applications.requestCorrection(id, request);
    }

    @POST
    @Path("{id}/resubmit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPLICANT, Roles.INTEGRATION })
    @Operation(summary = "Resubmit with the missing materials", description = "The materials replace the former list; the clock runs again and both due dates move by the working days it was paused. Publishes `keji.project.status-changed.v1` and `keji.case.resumed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not CORRECTION_REQUESTED (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "422", description = "A material is not the enterprise's (MATERIAL_NOT_FOUND)")
    public ProjectApplicationView resubmitProjectApplication(
            @Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull ResubmitProjectRequest request) {
        return applications.resubmit(id, request);
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Accept after formal review (受理)", description = "Checks eligibility again from the replica (e.g. a certificate revoked after submission refuses it: the officer then refuses the application), and every required material kind still absent must be listed as accepted missing and be one the call lets be missing (容缺受理). On to expert review. Publishes `keji.project.status-changed.v1` and `keji.case.status-changed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not SUBMITTED (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "422", description = "Conditions of the call no longer met, each in `violations` (PROJECT_NOT_ELIGIBLE); a kind the call does not let be missing (PROJECT_MISSING_NOT_ALLOWED); required kinds absent and not listed (PROJECT_MATERIALS_MISSING)")
    public ProjectApplicationView acceptProjectApplication(@Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull AcceptProjectRequest request) {
        return applications.accept(id, request);
    }

    @POST
    @Path("{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Refuse after formal review (形式审查不通过)", description = "Ends the case as INELIGIBLE with the reason; the enterprise may apply to the call again. Publishes `keji.project.status-changed.v1` and `keji.case.closed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not SUBMITTED or CORRECTION_REQUESTED (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public ProjectApplicationView refuseProjectApplication(@Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull ReasonRequest request) {
        return applications.refuse(id, request.reason());
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed({ Roles.APPLICANT, Roles.INTEGRATION })
    @Operation(summary = "Withdraw (撤回)", description = "By the applicant before the experts rank it; closes the case if one was opened; the enterprise may apply to the call again. Publishes `keji.project.status-changed.v1` and, for a submitted one, `keji.case.closed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Ranked or later (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public ProjectApplicationView withdrawProjectApplication(
            @Parameter(description = "Application id") @PathParam("id") UUID id) {
        return applications.withdraw(id);
    }

    @POST
    @Path("{id}/start-publicity")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Start the publicity (公示)", description = "The ranked application is published from the next working day for the configured number of working days (`keji.project.lifecycle.publicity-working-days`, 5), counted on the working-day calendar. Publishes `keji.project.status-changed.v1` and `keji.case.status-changed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not RANKED (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public ProjectApplicationView startProjectPublicity(@Parameter(description = "Application id") @PathParam("id") UUID id) {
        return applications.startPublicity(id);
    }

    @POST
    @Path("{id}/not-fund")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Decide not to fund (不予立项)", description = "After publicity, with the reason: the case closes. Publishes `keji.project.status-changed.v1` and `keji.case.closed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not PUBLICITY (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public ProjectApplicationView notFundProject(@Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull ReasonRequest request) {
        return applications.notFund(id, request.reason());
    }

    @POST
    @Path("{id}/sign-contract")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Record the signed task contract (签订任务书)", description = "The approved project becomes ACTIVE until the contract end. The number is the one printed, or generated as RW + year of signing + six digits. Publishes `keji.project.status-changed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not APPROVED (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions); the contract number is another project's (PROJECT_CONTRACT_NUMBER_TAKEN)")
    @APIResponse(responseCode = "400", description = "Signed in the future, or contract end not after the signing (VALIDATION_FAILED)")
    public ProjectApplicationView signProjectContract(@Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull SignContractRequest request) {
        return applications.signContract(id, request);
    }

    @POST
    @Path("{id}/mid-term-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Record a mid-term check (中期检查)", description = "One record per check. PASSED keeps the project ACTIVE; RECTIFICATION moves it to RECTIFYING until the due date; SUSPENSION suspends and TERMINATION terminates it (claw-backs follow through the grants). A move publishes `keji.project.status-changed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not ACTIVE (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "400", description = "Rectification without a due date after today, a due date on another result, suspension or termination without remarks (VALIDATION_FAILED)")
    public ProjectApplicationView recordMidTermCheck(@Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull MidTermCheckRequest request) {
        return applications.midTermCheck(id, request);
    }

    @POST
    @Path("{id}/complete-rectification")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Confirm the mid-term rectification (整改完成)", description = "The project is ACTIVE again. Publishes `keji.project.status-changed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not RECTIFYING (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public ProjectApplicationView completeProjectRectification(
            @Parameter(description = "Application id") @PathParam("id") UUID id) {
        return applications.completeRectification(id);
    }

    @POST
    @Path("{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Suspend (暂停)", description = "With the reason. Publishes `keji.project.status-changed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not ACTIVE or RECTIFYING (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public ProjectApplicationView suspendProject(@Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull ReasonRequest request) {
        return applications.suspend(id, request.reason());
    }

    @POST
    @Path("{id}/resume")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Resume (恢复实施)", description = "The project is ACTIVE again. Publishes `keji.project.status-changed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not SUSPENDED (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public ProjectApplicationView resumeProject(@Parameter(description = "Application id") @PathParam("id") UUID id) {
        return applications.resume(id);
    }

    @POST
    @Path("{id}/terminate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Terminate (终止)", description = "With the reason; what was paid is clawed back through claw-back records. Publishes `keji.project.status-changed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not ACTIVE, RECTIFYING or SUSPENDED (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public ProjectApplicationView terminateProject(@Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull ReasonRequest request) {
        return applications.terminate(id, request.reason());
    }

    @POST
    @Path("{id}/request-acceptance")
    @RolesAllowed({ Roles.APPLICANT, Roles.INTEGRATION })
    @Operation(summary = "Request acceptance (申请验收)", description = "At the latest the configured months (`keji.project.lifecycle.acceptance-window-months`, 6) after the contract end. Publishes `keji.project.status-changed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not ACTIVE (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "422", description = "Later than the window after the contract end (ACCEPTANCE_WINDOW_CLOSED)")
    public ProjectApplicationView requestProjectAcceptance(
            @Parameter(description = "Application id") @PathParam("id") UUID id) {
        return applications.requestAcceptance(id);
    }

    @POST
    @Path("{id}/pass")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Pass the acceptance (验收通过)", description = "PASSED, or PASSED_AFTER_RECTIFICATION after the one rectification. Publishes `keji.project.status-changed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not ACCEPTANCE_REQUESTED or ACCEPTANCE_RECTIFICATION (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public ProjectApplicationView passProjectAcceptance(@Parameter(description = "Application id") @PathParam("id") UUID id) {
        return applications.pass(id);
    }

    @POST
    @Path("{id}/require-rectification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Require the acceptance rectification (验收整改)", description = "Once, due at most the configured months (`keji.project.lifecycle.acceptance-rectification-max-months`, 3) from today. Publishes `keji.project.status-changed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not ACCEPTANCE_REQUESTED (a second rectification included) (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "422", description = "Due date not after today or beyond the maximum (ACCEPTANCE_RECTIFICATION_TOO_LONG)")
    public ProjectApplicationView requireAcceptanceRectification(
            @Parameter(description = "Application id") @PathParam("id") UUID id, @Valid @NotNull RectificationRequest request) {
        return applications.requireRectification(id, request);
    }

    @POST
    @Path("{id}/fail")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Fail the acceptance (验收不通过)", description = "With the reason; claw-backs may follow. Publishes `keji.project.status-changed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not ACCEPTANCE_REQUESTED or ACCEPTANCE_RECTIFICATION (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public ProjectApplicationView failProjectAcceptance(@Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull ReasonRequest request) {
        return applications.fail(id, request.reason());
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Close (结题)", description = "After the performance evaluation, or after a termination. Publishes `keji.project.status-changed.v1`.")
    @APIResponse(responseCode = "200", description = AFTER, content = @Content(schema = @Schema(implementation = ProjectApplicationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not EVALUATED or TERMINATED (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public ProjectApplicationView closeProject(@Parameter(description = "Application id") @PathParam("id") UUID id) {
        return applications.close(id);
    }

    @POST
    @Path("{id}/changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPLICANT, Roles.INTEGRATION })
    @Operation(summary = "Request a change (变更申请)", description = "The undertaker of an ACTIVE project asks for a "
            + "change of content, budget or personnel, or the one extension (延期) with the new contract end; an officer "
            + "decides it. An extension's new end is checked as the approval will check it.")
    @APIResponse(responseCode = "201", description = "The change request, PENDING", content = @Content(schema = @Schema(implementation = ProjectChangeView.class)))
    @APIResponse(responseCode = "400", description = "An extension without `newEnd`, or `newEnd` on another kind of change (VALIDATION_FAILED)")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not ACTIVE (PROJECT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "422", description = "An extension when the project was already extended (PROJECT_ALREADY_EXTENDED); the new end not after the contract end or beyond the maximum (PROJECT_EXTENSION_TOO_LONG)")
    public Response requestProjectChange(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Parameter(description = "Application id") @PathParam("id") UUID id,
            @Valid @NotNull ChangeProjectRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            ProjectChangeView view = applications.requestChange(id, request);
            return new Created(URI.create("/api/v1/project-applications/" + id + "/changes/" + view.id()), view);
        });
    }

    @GET
    @Path("{id}/changes/{changeId}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get a change request of a project", description = "With its decision, if any.")
    @APIResponse(responseCode = "200", description = "The change request", content = @Content(schema = @Schema(implementation = ProjectChangeView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND + "; no such change request of it (PROJECT_CHANGE_NOT_FOUND)")
    public ProjectChangeView getProjectChange(@Parameter(description = "Application id") @PathParam("id") UUID id,
            @Parameter(description = "Change request id") @PathParam("changeId") UUID changeId) {
        return applications.change(id, changeId);
    }

    @GET
    @Path("{id}/changes")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List a project's change requests", description = "With their decisions. Sorts by "
            + "`requestedAt`, optionally `,asc` or `,desc` (default `requestedAt,asc`: oldest first).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = ProjectChangePage.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Page<ProjectChangeView> listProjectChanges(
            @Parameter(description = "Application id") @PathParam("id") UUID id, @BeanParam PageParams paging) {
        return applications.changes(id, paging.query(CHANGES_SORTABLE, "requestedAt,asc"));
    }

    @POST
    @Path("{id}/changes/{changeId}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Approve a change request", description = "Approving an extension moves the contract end to "
            + "the date asked for: once per project, at most the configured months "
            + "(`keji.project.lifecycle.extension-max-months`, 12) after the current end.")
    @APIResponse(responseCode = "200", description = "The change request, APPROVED", content = @Content(schema = @Schema(implementation = ProjectChangeView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND + "; no such change request of it (PROJECT_CHANGE_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Already decided (PROJECT_CHANGE_ILLEGAL_TRANSITION); the project is not ACTIVE (PROJECT_ILLEGAL_TRANSITION), each with currentState and allowedActions")
    @APIResponse(responseCode = "422", description = "Already extended once (PROJECT_ALREADY_EXTENDED); the new end not after the current one or beyond the maximum (PROJECT_EXTENSION_TOO_LONG)")
    public ProjectChangeView approveProjectChange(@Parameter(description = "Application id") @PathParam("id") UUID id,
            @Parameter(description = "Change request id") @PathParam("changeId") UUID changeId,
            @Valid @NotNull ChangeDecisionRequest request) {
        return applications.decideChange(id, changeId, true, request);
    }

    @POST
    @Path("{id}/changes/{changeId}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Refuse a change request", description = "The project goes on unchanged.")
    @APIResponse(responseCode = "200", description = "The change request, REFUSED", content = @Content(schema = @Schema(implementation = ProjectChangeView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND + "; no such change request of it (PROJECT_CHANGE_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Already decided (PROJECT_CHANGE_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public ProjectChangeView refuseProjectChange(@Parameter(description = "Application id") @PathParam("id") UUID id,
            @Parameter(description = "Change request id") @PathParam("changeId") UUID changeId,
            @Valid @NotNull ChangeDecisionRequest request) {
        return applications.decideChange(id, changeId, false, request);
    }

    @GET
    @Path("{id}/mid-term-checks")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List a project's mid-term checks", description = "Sorts by `createdAt`, optionally `,asc` or "
            + "`,desc` (default `createdAt,asc`: oldest first).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = MidTermCheckPage.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Page<MidTermCheckView> listMidTermChecks(@Parameter(description = "Application id") @PathParam("id") UUID id,
            @BeanParam PageParams paging) {
        return applications.midTermChecks(id, paging.query(CHECKS_SORTABLE, "createdAt,asc"));
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "ProjectApplicationPage")
    public record ProjectApplicationPage(List<ProjectApplicationView> items, int page, int size, long total) {
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "ProjectChangePage")
    public record ProjectChangePage(List<ProjectChangeView> items, int page, int size, long total) {
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "MidTermCheckPage")
    public record MidTermCheckPage(List<MidTermCheckView> items, int page, int size, long total) {
    }
}
