package org.keji.project.expert;

import java.net.URI;
import java.util.List;
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
import org.keji.project.expert.dto.ExpertRequest;
import org.keji.project.expert.dto.ExpertView;

@Path("/api/v1/experts")
@Tag(name = "Experts", description = "The bureau's expert pool (专家库): organisation, fields, region and availability "
        + "decide who may be drawn to review an application")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertResource {

    private final ExpertService experts;
    private final IdempotentRequests idempotency;
    private final Exports exports;

    public ExpertResource(ExpertService experts, IdempotentRequests idempotency, Exports exports) {
        this.experts = experts;
        this.idempotency = idempotency;
        this.exports = exports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Add an expert to the pool", description = "An officer adds experts of its region. `subject` "
            + "is the `sub` of the expert's token and must be unique.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = ExpertView.class)))
    @APIResponse(responseCode = "403", description = "An officer adding an expert outside its region (REGION_OUT_OF_REACH)")
    @APIResponse(responseCode = "409", description = "Another expert has this subject (EXPERT_SUBJECT_TAKEN)")
    public Response createExpert(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull ExpertRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            ExpertView view = experts.create(request);
            return new Created(URI.create("/api/v1/experts/" + view.id()), view);
        });
    }

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List the expert pool", description = "An officer sees the experts of its region. Sorts by "
            + "`name`, `region` or `createdAt`, optionally `,asc` or `,desc` (default `name`). Phone and ID number are "
            + "masked but for officers and admins.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = ExpertPage.class)))
    @Extension(name = Exports.EXTENSION, value = "专家库")
    public Page<ExpertView> listExperts(
            @Parameter(description = "Only experts with this field code", example = "ELECTRONIC_INFORMATION") @QueryParam("field") @Pattern(regexp = "[A-Za-z0-9_.-]{1,40}") String field,
            @Parameter(description = "GB/T 2260 region prefix (2, 4 or 6 digits)", example = "3501") @QueryParam("regionPrefix") @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}") String regionPrefix,
            @Parameter(description = "Only experts that may (true) or may not (false) be drawn today", example = "true") @QueryParam("available") @Pattern(regexp = "true|false") String available,
            @Parameter(description = "Only experts of this organisation (USCC)", example = "12350000488010543X") @QueryParam("organisation") @ValidUscc String organisation,
            @BeanParam PageParams paging) {
        ExpertRepository.Filter filter = new ExpertRepository.Filter(field, regionPrefix,
                available == null ? null : Boolean.valueOf(available), organisation,
                null);
        return exports.pages(paging.query(ExpertRepository.SORTABLE.keySet(), "name"),
                query -> experts.search(filter, query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get an expert", description = "The ETag is its version.")
    @APIResponse(responseCode = "200", description = "The expert", content = @Content(schema = @Schema(implementation = ExpertView.class)))
    @APIResponse(responseCode = "404", description = "No such expert, or outside the officer's region (EXPERT_NOT_FOUND)")
    public Response getExpert(@Parameter(description = "Expert id") @PathParam("id") UUID id) {
        ExpertView view = experts.get(id);
        return Response.ok(view).header(EntityVersions.ETAG, EntityVersions.etag(view.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Replace an expert's record", description = "On the version read: `version` in the body or "
            + "`If-Match`. The subject cannot change. Assignments already drawn stay.")
    @APIResponse(responseCode = "200", description = "The expert after the change", content = @Content(schema = @Schema(implementation = ExpertView.class)))
    @APIResponse(responseCode = "403", description = "An officer moving the expert outside its region (REGION_OUT_OF_REACH)")
    @APIResponse(responseCode = "404", description = "No such expert, or outside the officer's region (EXPERT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The expert changed since it was read (VERSION_CONFLICT)")
    @APIResponse(responseCode = "412", description = "If-Match names another version (PRECONDITION_FAILED)")
    public Response updateExpert(@Parameter(description = "Expert id") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = EntityVersions.IF_MATCH, description = "The ETag read, instead of `version`") @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @Valid @NotNull ExpertRequest request) {
        ExpertView view = experts.update(id, ifMatch, request);
        return Response.ok(view).header(EntityVersions.ETAG, EntityVersions.etag(view.version())).build();
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "ExpertPage")
    public record ExpertPage(List<ExpertView> items, int page, int size, long total) {
    }
}
