package org.keji.project.evaluation;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import org.keji.project.evaluation.dto.ConfirmEvaluationRequest;
import org.keji.project.evaluation.dto.CreateEvaluationRequest;
import org.keji.project.evaluation.dto.EvaluationView;
import org.keji.project.evaluation.dto.UpdateEvaluationRequest;

@Path("/api/v1/project-evaluations")
@Tag(name = "Performance evaluations", description = "The performance evaluation (绩效评价) of each finished project: "
        + "its outcome report and the funds actually received, graded by an officer; the confirmed ones feed "
        + "/api/v1/project-statistics/performance")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private static final Set<String> SORTABLE = Set.of("createdAt", "updatedAt");
    private static final String NOT_FOUND = "No such evaluation, or not visible to the caller (PROJECT_EVALUATION_NOT_FOUND)";
    private static final String VERSION = "A stale `version` (VERSION_CONFLICT)";
    private static final String CONFIRMED = "Already confirmed (PROJECT_EVALUATION_CONFIRMED)";

    private final EvaluationService evaluations;
    private final IdempotentRequests idempotency;
    private final Exports exports;

    public EvaluationResource(EvaluationService evaluations, IdempotentRequests idempotency, Exports exports) {
        this.evaluations = evaluations;
        this.idempotency = idempotency;
        this.exports = exports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Report the outcomes of a project", description = "Creates the performance evaluation of a "
            + "project whose acceptance is decided (PASSED, PASSED_AFTER_RECTIFICATION or FAILED), as a DRAFT editable "
            + "until an officer confirms it. The undertaker reports for its own project; an officer (within the "
            + "project's region) or an integration client on its behalf. One evaluation per project.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid: a count missing or negative, an amount other than the profit negative, more invention patents than patents (VALIDATION_FAILED naming each in `violations`)")
    @APIResponse(responseCode = "403", description = "Experts and banks (FORBIDDEN); an integration client without scope project:write (INSUFFICIENT_SCOPE)")
    @APIResponse(responseCode = "404", description = "No such project, or not the caller's (PROJECT_EVALUATION_PROJECT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The project is not in PASSED, PASSED_AFTER_RECTIFICATION or FAILED, with its allowed actions (PROJECT_ILLEGAL_TRANSITION); the project has an evaluation already (PROJECT_EVALUATION_EXISTS)")
    public Response createProjectEvaluation(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull CreateEvaluationRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            EvaluationView view = evaluations.create(request);
            return new Created(URI.create("/api/v1/project-evaluations/" + view.id()), view);
        });
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List performance evaluations", description = "An applicant sees its own, an officer those of "
            + "its region, admins and integration clients all. Sorts by `createdAt` or `updatedAt`, optionally `,asc` "
            + "or `,desc` (default `createdAt,desc`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = EvaluationPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid (VALIDATION_FAILED, INVALID_SORT)")
    @APIResponse(responseCode = "403", description = "Experts and banks (FORBIDDEN); an integration client without scope project:read (INSUFFICIENT_SCOPE)")
    @Extension(name = Exports.EXTENSION, value = "项目绩效评价")
    public Page<EvaluationView> listProjectEvaluations(
            @Parameter(description = "Only the evaluation of this project") @QueryParam("projectId") UUID projectId,
            @Parameter(description = "Only projects of this call") @QueryParam("callId") UUID callId,
            @Parameter(description = "State") @QueryParam("status") EvaluationStatus status,
            @Parameter(description = "Grade") @QueryParam("grade") EvaluationGrade grade,
            @Parameter(description = "Undertaker's unified social credit code", example = "91350100M000100Y43") @QueryParam("uscc") @ValidUscc String uscc,
            @Parameter(description = "GB/T 2260 region prefix (2, 4 or 6 digits), e.g. 3501 for Fuzhou", example = "3501") @QueryParam("regionPrefix") @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}") String regionPrefix,
            @BeanParam PageParams paging) {
        EvaluationRepository.Filter filter = new EvaluationRepository.Filter(projectId, callId, status, grade, uscc,
                regionPrefix);
        return exports.pages(paging.query(SORTABLE, "createdAt,desc"), query -> evaluations.search(filter, query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get a performance evaluation", description = "With its version as the ETag.")
    @APIResponse(responseCode = "200", description = "The evaluation", content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "403", description = "Experts and banks (FORBIDDEN); an integration client without scope project:read (INSUFFICIENT_SCOPE)")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response getProjectEvaluation(@Parameter(description = "Evaluation id") @PathParam("id") UUID id) {
        return withEtag(evaluations.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Replace the outcome report", description = "Only while DRAFT, against the version read "
            + "(`version` in the body or If-Match). A report last entered by an officer or an integration client is "
            + "verified (`verified`): the undertaker's own report no longer replaces it.")
    @APIResponse(responseCode = "200", description = "The evaluation after the change", content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid, or neither `version` nor If-Match is sent (VALIDATION_FAILED)")
    @APIResponse(responseCode = "403", description = "Experts and banks (FORBIDDEN); an integration client without scope project:write (INSUFFICIENT_SCOPE)")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = VERSION + "; " + CONFIRMED + "; the undertaker replacing a report "
            + "an officer or an integration client entered (PROJECT_EVALUATION_VERIFIED)")
    @APIResponse(responseCode = "412", description = "A stale If-Match (PRECONDITION_FAILED)")
    public Response updateProjectEvaluation(@Parameter(description = "Evaluation id") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = EntityVersions.IF_MATCH, description = "The ETag read") @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateEvaluationRequest request) {
        return withEtag(evaluations.update(id, ifMatch, request));
    }

    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Confirm a performance evaluation with a grade", description = "The officer grades the "
            + "report (EXCELLENT / GOOD / PASS / FAIL): the evaluation is CONFIRMED and counts in the statistics from "
            + "now, the project moves to EVALUATED (publishes `keji.project.status-changed.v1`) and "
            + "`keji.project.evaluated.v1` is published, in one transaction.")
    @APIResponse(responseCode = "200", description = "The confirmed evaluation", content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid (VALIDATION_FAILED)")
    @APIResponse(responseCode = "403", description = "Applicants, experts, banks and integration clients (FORBIDDEN)")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = VERSION + "; " + CONFIRMED
            + "; the project is no longer awaiting its evaluation (PROJECT_ILLEGAL_TRANSITION with the allowed actions)")
    @APIResponse(responseCode = "412", description = "A stale If-Match (PRECONDITION_FAILED)")
    public Response confirmProjectEvaluation(@Parameter(description = "Evaluation id") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = EntityVersions.IF_MATCH, description = "The ETag read") @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @Valid @NotNull ConfirmEvaluationRequest request) {
        return withEtag(evaluations.confirm(id, ifMatch, request));
    }

    private static Response withEtag(EvaluationView view) {
        return Response.ok(view).header(EntityVersions.ETAG, EntityVersions.etag(view.version())).build();
    }

    @Schema(name = "ProjectEvaluationPage")
    public record EvaluationPage(List<EvaluationView> items, int page, int size, long total) {
    }
}
