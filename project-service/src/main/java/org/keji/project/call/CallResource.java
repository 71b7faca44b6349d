package org.keji.project.call;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.keji.project.call.dto.CallEligibilityView;
import org.keji.project.call.dto.CallRequest;
import org.keji.project.call.dto.CallView;

@Path("/api/v1/calls")
@Tag(name = "Calls", description = "Calls for proposals (申报指南 / 批次): level, category, year and batch, window, budget, "
        + "eligibility as data, required materials, matter code and time limits")
@Produces(MediaType.APPLICATION_JSON)
public class CallResource {

    private static final String WRITERS = " An officer writes the calls of its region only (another region's call "
            + "answers 404); an admin or an integration client with `project:write` every call.";

    private final CallService calls;
    private final IdempotentRequests idempotency;
    private final Exports exports;

    public CallResource(CallService calls, IdempotentRequests idempotency, Exports exports) {
        this.calls = calls;
        this.idempotency = idempotency;
        this.exports = exports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Create a call", description = "The window is `[opensAt, closesAt)`, within the plan years "
            + "2000–2100; the maximum grant is "
            + "within the budget; at least 3 experts review each application; the legal time limit is not shorter "
            + "than the promised one." + WRITERS)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "400", description = "Inconsistent terms, naming each field (CALL_INVALID)")
    @APIResponse(responseCode = "403", description = "An officer creating a call outside its region (REGION_OUT_OF_REACH)")
    @APIResponse(responseCode = "409", description = "The code is taken (CALL_CODE_TAKEN), or the region already has this batch of this level and category in the year (CALL_BATCH_TAKEN)")
    public Response createCall(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull CallRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            CallView view = calls.create(request);
            return new Created(URI.create("/api/v1/calls/" + view.id()), view);
        });
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.EXPERT })
    @Operation(summary = "Search calls", description = "Every call, for applicants too. Filters combine; `status` is "
            + "derived from the window now. Sorts by `opensAt`, `closesAt`, `year` or `code` (default `opensAt,desc`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = CallPage.class)))
    @Extension(name = Exports.EXTENSION, value = "申报指南")
    public Page<CallView> listCalls(
            @Parameter(description = "Plan year", example = "2027") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "Batch within the year", example = "1") @QueryParam("batch") @Min(1) @Max(99) Integer batch,
            @Parameter(description = "Level of the call", example = "MUNICIPAL") @QueryParam("level") CallLevel level,
            @Parameter(description = "Category of the call", example = "INDUSTRIAL_RD") @QueryParam("category") CallCategory category,
            @Parameter(description = "Prefix of the call's region: 2, 4 or 6 digits (`33` = Zhejiang's province, cities and counties)", example = "3302") @QueryParam("region") @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}") String region,
            @Parameter(description = "Where the window stands now", example = "OPEN") @QueryParam("status") CallStatus status,
            @Parameter(description = "Text found in the title or the code, case-insensitive", example = "重点研发") @QueryParam("q") @Size(max = 100) String q,
            @BeanParam PageParams paging) {
        CallFilter filter = new CallFilter(year, batch, level, category, region, status, q);
        return exports.pages(paging.query(CallRepository.SORTABLE.keySet(), "opensAt,desc"),
                query -> calls.search(filter, query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.EXPERT })
    @Operation(summary = "Get a call", description = "With its derived status, remaining budget and version as `ETag`.")
    @APIResponse(responseCode = "200", description = "The call", content = @Content(schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "404", description = "No such call (CALL_NOT_FOUND)")
    public Response getCall(@Parameter(description = "Call id") @PathParam("id") UUID id) {
        CallView view = calls.get(id);
        return Response.ok(view).header(EntityVersions.ETAG, EntityVersions.etag(view.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Replace the terms of a call", description = "Every term is replaced; the code stays. Send "
            + "the version the change is based on as `version` or `If-Match`. Before the call opens every term may "
            + "change; once open only `closesAt` may move later (an extension) and the budget may change; once "
            + "closed only the budget. The budget never falls below what was granted." + WRITERS)
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "400", description = "Inconsistent terms (CALL_INVALID), another code or no version (VALIDATION_FAILED)")
    @APIResponse(responseCode = "403", description = "An officer moving the call outside its region (REGION_OUT_OF_REACH)")
    @APIResponse(responseCode = "404", description = "No such call, or an officer's call of another region (CALL_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "A term fixed once the call opened (CALL_TERMS_FIXED), a budget below the granted amount (CALL_BUDGET_BELOW_APPROVED), a taken batch (CALL_BATCH_TAKEN), or a stale `version` (VERSION_CONFLICT)")
    @APIResponse(responseCode = "412", description = "A stale `If-Match` (PRECONDITION_FAILED)")
    public Response updateCall(@Parameter(description = "Call id") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = EntityVersions.IF_MATCH, description = "The ETag read") @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @Valid @NotNull CallRequest request) {
        CallView view = calls.update(id, ifMatch, request);
        return Response.ok(view).header(EntityVersions.ETAG, EntityVersions.etag(view.version())).build();
    }

    @GET
    @Path("{id}/eligibility")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Check an enterprise against a call", description = "From project-service's replica of the "
            + "bureau's data (registration, certificates, violation records) as of today, so a workflow checks before "
            + "drafting and nothing is asked of the applicant. Each failing condition is named: ENTERPRISE_UNKNOWN, "
            + "REGION_NOT_ELIGIBLE, REGISTERED_TOO_RECENTLY, REQUIRED_CERTIFICATION_MISSING (one per type not held "
            + "ACTIVE and valid today), VIOLATION_RECORDED (one per record barring it, when the call refuses "
            + "violations: a dishonesty listing in force or a major violation within 3 years). An applicant checks "
            + "its own enterprise only, an officer the enterprises of its region.")
    @APIResponse(responseCode = "200", description = "The verdict", content = @Content(schema = @Schema(implementation = CallEligibilityView.class)))
    @APIResponse(responseCode = "404", description = "No such call (CALL_NOT_FOUND), or an enterprise out of the caller's reach (ENTERPRISE_REPLICA_NOT_FOUND)")
    public CallEligibilityView checkCallEligibility(@Parameter(description = "Call id") @PathParam("id") UUID id,
            @Parameter(description = "Unified social credit code of the enterprise", example = "91330200MA2H8XYZ1K", required = true) @QueryParam("uscc") @NotNull @ValidUscc String uscc) {
        return calls.eligibility(id, uscc);
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "CallPage")
    public record CallPage(List<CallView> items, int page, int size, long total) {
    }
}
