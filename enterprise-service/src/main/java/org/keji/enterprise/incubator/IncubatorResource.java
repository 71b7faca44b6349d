package org.keji.enterprise.incubator;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import org.keji.commons.event.enterprise.IncubatorRegistered;
import org.keji.commons.export.Exports;
import org.keji.commons.idempotency.Created;
import org.keji.commons.idempotency.IdempotentRequests;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageParams;
import org.keji.commons.security.Roles;
import org.keji.enterprise.incubator.dto.IncubatorView;
import org.keji.enterprise.incubator.dto.RegisterIncubatorRequest;
import org.keji.enterprise.incubator.dto.UpdateIncubatorRequest;

@Path("/api/v1/incubators")
@Tag(name = "Incubators", description = "The directory of incubators and maker spaces (孵化器 / 众创空间)")
@Produces(MediaType.APPLICATION_JSON)
public class IncubatorResource {

    private static final Set<String> SORTABLE = Set.of("name", "level", "recognisedOn");
    private static final String LEVELS = "NATIONAL|PROVINCIAL|MUNICIPAL|COUNTY";
    private static final String KINDS = "INCUBATOR|MAKER_SPACE";

    private final IncubatorService incubators;
    private final Exports exports;
    private final IdempotentRequests idempotency;

    public IncubatorResource(IncubatorService incubators, IdempotentRequests idempotency, Exports exports) {
        this.exports = exports;
        this.incubators = incubators;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Register an incubator or maker space", description = "Enters an incubator (孵化器) or maker "
            + "space (众创空间) into the directory and publishes `" + IncubatorRegistered.TYPE + "`. Officers and "
            + "administrators only. Send an `Idempotency-Key` so that a retry returns the first response instead of "
            + "registering the incubator twice.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = IncubatorView.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer registering outside its region (FORBIDDEN, REGION_OUT_OF_REACH)")
    public Response registerIncubator(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key (1-200 visible ASCII characters) that makes retries safe; kept 48 h") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull RegisterIncubatorRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            IncubatorView view = incubators.register(request);
            return new Created(URI.create("/api/v1/incubators/" + view.id()), view);
        });
    }

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.APPLICANT })
    @Operation(summary = "List incubators and maker spaces", description = "The directory, paged, filtered by level, "
            + "kind, region and part of the name, sorted by name, level (national first) or date of recognition. Every "
            + "authenticated role may read it. Sorts by `name`, `level` (national first) or `recognisedOn`, optionally `,asc` or `,desc` (default `name`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = IncubatorPage.class)))
    @Extension(name = Exports.EXTENSION, value = "孵化器")
    public Page<IncubatorView> listIncubators(
            @Parameter(description = "Level: `NATIONAL` 国家级, `PROVINCIAL` 省级, `MUNICIPAL` 市级, `COUNTY` 县（区）级", schema = @Schema(implementation = IncubatorLevel.class)) @QueryParam("level") @Pattern(regexp = LEVELS) String level,
            @Parameter(description = "Kind: `INCUBATOR` 孵化器, `MAKER_SPACE` 众创空间", schema = @Schema(implementation = IncubatorKind.class)) @QueryParam("kind") @Pattern(regexp = KINDS) String kind,
            @Parameter(description = "GB/T 2260 region code", example = "350100") @QueryParam("region") @Pattern(regexp = "\\d{6}") String region,
            @Parameter(description = "Part of the name, matched literally (`%` and `_` are no wildcards)", example = "软件园") @QueryParam("name") @Size(min = 1, max = 200) String name,
            @BeanParam PageParams paging) {
        var filter = new IncubatorService.IncubatorFilter(level == null ? null : IncubatorLevel.valueOf(level),
                kind == null ? null : IncubatorKind.valueOf(kind), region, name);
        return exports.pages(paging.query(SORTABLE, "name"), query -> incubators.list(filter, query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.APPLICANT })
    @Operation(summary = "Get an incubator or maker space", description = "With its number of incubating tenants and "
            + "the seed funds paid to its tenants, both computed when asked. Every authenticated role may read it.")
    @APIResponse(responseCode = "200", description = "The incubator", content = @Content(schema = @Schema(implementation = IncubatorView.class)))
    @APIResponse(responseCode = "404", description = "No such incubator (INCUBATOR_NOT_FOUND, or NOT_FOUND for an id that is not a UUID)")
    public IncubatorView getIncubator(
            @Parameter(description = "Incubator id", example = "0b6f3c52-6a0e-4d2f-9a57-2f4f3f1f8c11") @PathParam("id") UUID id) {
        return incubators.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Update an incubator or maker space", description = "Replaces all particulars. The body "
            + "carries the `version` it was read at; if the incubator changed since, the update is refused with 409 "
            + "`VERSION_CONFLICT`. The capacity may not drop below the number of incubating tenants. Officers and "
            + "administrators only.")
    @APIResponse(responseCode = "200", description = "Updated, with the new version", content = @Content(schema = @Schema(implementation = IncubatorView.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer moving the incubator outside its region (FORBIDDEN, REGION_OUT_OF_REACH)")
    @APIResponse(responseCode = "404", description = "No such incubator (INCUBATOR_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Changed since it was read (VERSION_CONFLICT)")
    @APIResponse(responseCode = "422", description = "Capacity below the number of incubating tenants (INCUBATOR_CAPACITY_BELOW_TENANTS)")
    public IncubatorView updateIncubator(
            @Parameter(description = "Incubator id", example = "0b6f3c52-6a0e-4d2f-9a57-2f4f3f1f8c11") @PathParam("id") UUID id,
            @Valid @NotNull UpdateIncubatorRequest request) {
        return incubators.update(id, request);
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "IncubatorPage", description = "One page of incubators")
    public record IncubatorPage(
            @Schema(description = "The incubators of this page, in the requested order") List<IncubatorView> items,
            @Schema(description = "Page number, starting at 0", example = "0") int page,
            @Schema(description = "Requested page size", example = "20") int size,
            @Schema(description = "Number of incubators over all pages", example = "37") long total) {
    }
}
