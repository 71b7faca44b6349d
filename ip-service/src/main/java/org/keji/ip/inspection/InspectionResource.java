package org.keji.ip.inspection;

import java.net.URI;
import java.time.LocalDate;
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
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.security.Roles;
import org.keji.commons.web.EntityVersions;
import org.keji.ip.inspection.dto.InspectionView;
import org.keji.ip.inspection.dto.RecordFollowUpRequest;
import org.keji.ip.inspection.dto.RecordInspectionRequest;

@Path("/api/v1/enforcement-inspections")
@Tag(name = "Enforcement inspections", description = "Patent enforcement inspections (专利执法检查): place, party, "
        + "products and their patent marking, problems found by type, and the follow-up; recorded by officers of the "
        + "region")
@Produces(MediaType.APPLICATION_JSON)
public class InspectionResource {

    private static final Set<String> SORTABLE = Set.of("inspectedOn", "recordedAt");

    private final InspectionService inspections;
    private final IdempotentRequests idempotency;
    private final Exports exports;

    public InspectionResource(InspectionService inspections, IdempotentRequests idempotency, Exports exports) {
        this.inspections = inspections;
        this.idempotency = idempotency;
        this.exports = exports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Record an inspection", description = "An officer records within its region. Each problem may "
            + "name the product it concerns by its index in `products`; a printed patent number is checked (check digit) "
            + "and stored in canonical form.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "403", description = "An officer recording outside its region (REGION_OUT_OF_REACH)")
    public Response recordEnforcementInspection(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull RecordInspectionRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            InspectionView view = inspections.record(request);
            return new Created(URI.create("/api/v1/enforcement-inspections/" + view.id()), view);
        });
    }

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List inspections", description = "An officer sees its region's. Sorts by `inspectedOn` or "
            + "`recordedAt`, optionally `,asc` or `,desc` (default `inspectedOn,desc`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = InspectionPage.class)))
    @APIResponse(responseCode = "400", description = "`to` before `from` (VALIDATION_FAILED)")
    @Extension(name = Exports.EXTENSION, value = "执法检查")
    public Page<InspectionView> listEnforcementInspections(
            @Parameter(description = "GB/T 2260 region prefix (2, 4 or 6 digits)", example = "3501") @QueryParam("regionPrefix") @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}") String regionPrefix,
            @Parameter(description = "Inspected on or after", example = "2026-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Inspected on or before", example = "2026-12-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "Only inspections that found a problem of this type") @QueryParam("problemType") ProblemType problemType,
            @BeanParam PageParams paging) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "to", "must not be before from", to.toString());
        }
        InspectionRepository.Filter filter = new InspectionRepository.Filter(regionPrefix, from, to, problemType);
        return exports.pages(paging.query(SORTABLE, "inspectedOn,desc"), query -> inspections.search(filter, query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get an inspection", description = "With its products, problems and follow-up; the ETag is its version.")
    @APIResponse(responseCode = "200", description = "The inspection", content = @Content(schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "404", description = "No such inspection, or outside the officer's region (INSPECTION_NOT_FOUND)")
    public Response getEnforcementInspection(@Parameter(description = "Inspection id") @PathParam("id") UUID id) {
        InspectionView view = inspections.get(id);
        return Response.ok(view).header(EntityVersions.ETAG, EntityVersions.etag(view.version())).build();
    }

    @POST
    @Path("{id}/follow-up")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Record the follow-up outcome", description = "Replaces the follow-up (e.g. rectification "
            + "ordered, then done on a day) on the version read: `version` in the body or `If-Match`.")
    @APIResponse(responseCode = "200", description = "The inspection after the change", content = @Content(schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "404", description = "No such inspection, or outside the officer's region (INSPECTION_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The inspection changed since it was read (VERSION_CONFLICT)")
    @APIResponse(responseCode = "412", description = "If-Match names another version (PRECONDITION_FAILED)")
    public Response recordInspectionFollowUp(
            @Parameter(description = "Inspection id") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = EntityVersions.IF_MATCH, description = "The ETag read, instead of `version`") @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @Valid @NotNull RecordFollowUpRequest request) {
        InspectionView view = inspections.followUp(id, ifMatch, request);
        return Response.ok(view).header(EntityVersions.ETAG, EntityVersions.etag(view.version())).build();
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "EnforcementInspectionPage")
    public record InspectionPage(List<InspectionView> items, int page, int size, long total) {
    }
}
