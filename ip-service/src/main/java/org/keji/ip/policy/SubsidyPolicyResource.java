package org.keji.ip.policy;

import java.net.URI;
import java.util.List;
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
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageParams;
import org.keji.commons.security.Roles;
import org.keji.commons.web.EntityVersions;
import org.keji.ip.policy.dto.SubsidyPolicyRequest;
import org.keji.ip.policy.dto.SubsidyPolicyView;

@Path("/api/v1/patent-subsidy-policies")
@Tag(name = "Patent subsidy policies", description = "Patent subsidy and grant-reward policies (专利资助 / 授权奖励政策) by year "
        + "and region, as data: amount per patent type, caps per enterprise and year, eligible status, application "
        + "window, matter code and time limits")
@Produces(MediaType.APPLICATION_JSON)
public class SubsidyPolicyResource {

    private static final String REACH = " Who sees a policy: an officer those of regions within its own and those of "
            + "wider regions that apply to it (a city officer sees its province's and the national ones), an applicant "
            + "those that apply to its enterprise's region (the USCC's region digits, positions 3–8, since ip-service "
            + "holds no enterprise registry); others answer 404.";

    private final SubsidyPolicyService policies;
    private final IdempotentRequests idempotency;
    private final Exports exports;

    public SubsidyPolicyResource(SubsidyPolicyService policies, IdempotentRequests idempotency, Exports exports) {
        this.policies = policies;
        this.idempotency = idempotency;
        this.exports = exports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Create a subsidy policy", description = "An officer creates policies of regions within its own "
            + "only. Amounts, caps and budget are more than zero; a grant reward or an annuity subsidy needs "
            + "`eligibleStatus` GRANTED; the legal time limit is not shorter than the promised one.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SubsidyPolicyView.class)))
    @APIResponse(responseCode = "400", description = "Inconsistent terms, naming each field (SUBSIDY_POLICY_INVALID)")
    @APIResponse(responseCode = "403", description = "An officer creating a policy outside its region (REGION_OUT_OF_REACH)")
    @APIResponse(responseCode = "409", description = "The code is taken (SUBSIDY_POLICY_CODE_TAKEN)")
    public Response createSubsidyPolicy(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull SubsidyPolicyRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            SubsidyPolicyView view = policies.create(request);
            return new Created(URI.create("/api/v1/patent-subsidy-policies/" + view.id()), view);
        });
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List subsidy policies", description = "Filters combine; sorts by `year`, `code` or `createdAt` "
            + "(default `year,desc`)." + REACH)
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = SubsidyPolicyPage.class)))
    @Extension(name = Exports.EXTENSION, value = "专利资助政策")
    public Page<SubsidyPolicyView> listSubsidyPolicies(
            @Parameter(description = "Policy year", example = "2026") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "Prefix of the policy's region: 2, 4 or 6 digits (`35` = Fujian's province, cities and counties)", example = "3501") @QueryParam("region") @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}") String region,
            @Parameter(description = "A six-digit region: only the policies applying to it (its own, its city's, its province's, national)", example = "350102") @QueryParam("appliesTo") @Pattern(regexp = "\\d{6}") String appliesTo,
            @Parameter(description = "Kind of policy", example = "GRANT_REWARD") @QueryParam("kind") SubsidyPolicyKind kind,
            @Parameter(description = "Open or closed", example = "OPEN") @QueryParam("status") SubsidyPolicyStatus status,
            @BeanParam PageParams paging) {
        SubsidyPolicyFilter filter = new SubsidyPolicyFilter(year, region, appliesTo, kind, status);
        return exports.pages(paging.query(SubsidyPolicyRepository.SORTABLE.keySet(), "year,desc"),
                query -> policies.search(filter, query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get a subsidy policy", description = "With its version as `ETag`." + REACH)
    @APIResponse(responseCode = "200", description = "The policy", content = @Content(schema = @Schema(implementation = SubsidyPolicyView.class)))
    @APIResponse(responseCode = "404", description = "No such policy, or not seen by the caller (SUBSIDY_POLICY_NOT_FOUND)")
    public Response getSubsidyPolicy(@Parameter(description = "Policy id") @PathParam("id") UUID id) {
        SubsidyPolicyView view = policies.get(id);
        return Response.ok(view).header(EntityVersions.ETAG, EntityVersions.etag(view.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Replace the terms of an open policy", description = "Every term is replaced; the code stays. "
            + "Send the version the change is based on as `version` or `If-Match`. A closed policy is not changed, "
            + "nor one that applications were made under (they reserved against its caps and budget). An officer changes policies of "
            + "its region only, and cannot move one out of it.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = SubsidyPolicyView.class)))
    @APIResponse(responseCode = "400", description = "Inconsistent terms (SUBSIDY_POLICY_INVALID), or another code (VALIDATION_FAILED)")
    @APIResponse(responseCode = "403", description = "An officer moving the policy outside its region (REGION_OUT_OF_REACH)")
    @APIResponse(responseCode = "404", description = "No such policy, or not seen by the caller (SUBSIDY_POLICY_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The policy is closed (SUBSIDY_POLICY_CLOSED), or applications were made under it (SUBSIDY_POLICY_IN_USE)")
    public Response updateSubsidyPolicy(@Parameter(description = "Policy id") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = EntityVersions.IF_MATCH, description = "The ETag read") @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @Valid @NotNull SubsidyPolicyRequest request) {
        SubsidyPolicyView view = policies.update(id, ifMatch, request);
        return Response.ok(view).header(EntityVersions.ETAG, EntityVersions.etag(view.version())).build();
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Close a policy", description = "It takes no new applications from now on; it stays readable and "
            + "is never deleted. An officer closes policies of its region only.")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = SubsidyPolicyView.class)))
    @APIResponse(responseCode = "403", description = "An officer closing a policy of a wider region that applies to it (REGION_OUT_OF_REACH)")
    @APIResponse(responseCode = "404", description = "No such policy, or not seen by the caller (SUBSIDY_POLICY_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Already closed (SUBSIDY_POLICY_CLOSED)")
    public Response closeSubsidyPolicy(@Parameter(description = "Policy id") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = EntityVersions.IF_MATCH, description = "The ETag read") @HeaderParam(EntityVersions.IF_MATCH) String ifMatch) {
        SubsidyPolicyView view = policies.close(id, ifMatch);
        return Response.ok(view).header(EntityVersions.ETAG, EntityVersions.etag(view.version())).build();
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "SubsidyPolicyPage")
    public record SubsidyPolicyPage(List<SubsidyPolicyView> items, int page, int size, long total) {
    }
}
