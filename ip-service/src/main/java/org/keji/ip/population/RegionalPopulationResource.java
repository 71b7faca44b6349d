package org.keji.ip.population;

import java.util.List;

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
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageParams;
import org.keji.commons.security.Roles;
import org.keji.commons.web.EntityVersions;
import org.keji.ip.population.dto.PopulationRequest;
import org.keji.ip.population.dto.PopulationView;

@Path("/api/v1/regional-populations")
@Tag(name = "Regional populations", description = "Resident population (常住人口) by region and year, the denominator of "
        + "\"valid invention patents per 10 000 residents\"")
@Produces(MediaType.APPLICATION_JSON)
public class RegionalPopulationResource {

    private final RegionalPopulationService populations;
    private final Exports exports;

    public RegionalPopulationResource(RegionalPopulationService populations, Exports exports) {
        this.populations = populations;
        this.exports = exports;
    }

    @PUT
    @Path("{region}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Record a region's resident population for a year", description = "Creates the figure or replaces "
            + "it as a whole. A replacement may name the version it is based on (`version` or `If-Match`). An officer "
            + "records figures of regions within its own only.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = PopulationView.class)))
    @APIResponse(responseCode = "201", description = "Recorded for the first time", content = @Content(schema = @Schema(implementation = PopulationView.class)))
    @APIResponse(responseCode = "403", description = "An officer outside the region (REGION_OUT_OF_REACH)")
    public Response putPopulation(
            @Parameter(description = "GB/T 2260 region", example = "350100") @PathParam("region") @Pattern(regexp = "\\d{6}") String region,
            @Parameter(description = "Year", example = "2026") @PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(in = ParameterIn.HEADER, name = EntityVersions.IF_MATCH, description = "The ETag read; `*` only when the figure exists") @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @Valid @NotNull PopulationRequest request) {
        RegionalPopulationService.Stored stored = populations.put(region, year, ifMatch, request);
        return Response.status(stored.created() ? 201 : 200).entity(stored.view())
                .header(EntityVersions.ETAG, EntityVersions.etag(stored.view().version())).build();
    }

    @GET
    @Path("{region}/{year}")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get a region's resident population for a year", description = "An officer reads figures of "
            + "regions within its own; others answer 404.")
    @APIResponse(responseCode = "200", description = "The figure", content = @Content(schema = @Schema(implementation = PopulationView.class)))
    @APIResponse(responseCode = "404", description = "No figure, or outside the officer's region (POPULATION_NOT_FOUND)")
    public Response getPopulation(
            @Parameter(description = "GB/T 2260 region", example = "350100") @PathParam("region") @Pattern(regexp = "\\d{6}") String region,
            @Parameter(description = "Year", example = "2026") @PathParam("year") @Min(2000) @Max(2100) int year) {
        PopulationView view = populations.get(region, year);
        return Response.ok(view).header(EntityVersions.ETAG, EntityVersions.etag(view.version())).build();
    }

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List resident populations", description = "An officer's list is narrowed to its region. Sorts by "
            + "`region`, `year` or `residents` (default `region,asc`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = PopulationPage.class)))
    @Extension(name = Exports.EXTENSION, value = "常住人口")
    public Page<PopulationView> listPopulations(
            @Parameter(description = "Prefix of the region: 2, 4 or 6 digits", example = "3501") @QueryParam("region") @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}") String region,
            @Parameter(description = "Year", example = "2026") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @BeanParam PageParams paging) {
        return exports.pages(paging.query(RegionalPopulationRepository.SORTABLE.keySet(), "region,asc"),
                query -> populations.search(region, year, query));
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "RegionalPopulationPage")
    public record PopulationPage(List<PopulationView> items, int page, int size, long total) {
    }
}
