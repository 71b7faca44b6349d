package org.keji.enterprise.figures;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keji.commons.export.Exports;
import org.keji.commons.identifier.ValidUscc;
import org.keji.commons.security.Roles;
import org.keji.commons.web.EntityVersions;
import org.keji.enterprise.figures.dto.YearlyFiguresRequest;
import org.keji.enterprise.figures.dto.YearlyFiguresView;

@Path("/api/v1/enterprises/{uscc}/figures")
@Tag(name = "Yearly figures", description = "An enterprise's figures per year (年度数据): staff, revenue, R&D, assets — "
        + "what the certification rules compute with")
@Produces(MediaType.APPLICATION_JSON)
public class YearlyFiguresResource {

    private final YearlyFiguresService figures;

    public YearlyFiguresResource(YearlyFiguresService figures) {
        this.figures = figures;
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Report a year's figures", description = "Creates or replaces the figures of one year as a "
            + "whole and publishes `keji.enterprise.figures.reported.v1`. Figures are non-negative (net assets may be "
            + "negative) and consistent: R&D staff ≤ employees, sales and high-tech revenue ≤ total revenue, R&D spent "
            + "in China ≤ R&D expense, net assets ≤ total assets. An applicant reports only for its own enterprise. "
            + "Send `If-Match` with the ETag last read to make sure nobody replaced them meanwhile.")
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = EntityVersions.ETAG, description = "The new version", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = YearlyFiguresView.class)))
    @APIResponse(responseCode = "201", description = "First report of this year", headers = @Header(name = EntityVersions.ETAG, description = "The version", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = YearlyFiguresView.class)))
    @APIResponse(responseCode = "404", description = "No such enterprise, or not the applicant's own (ENTERPRISE_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "An applicant's report over figures an officer or another government system entered (FIGURES_VERIFIED)")
    public Response reportYearlyFigures(
            @Parameter(description = "Unified social credit code", example = "91350100M000100Y43") @PathParam("uscc") @ValidUscc String uscc,
            @Parameter(description = "The year the figures are for", example = "2025") @PathParam("year") @Min(1990) @Max(9999) int year,
            @Parameter(in = ParameterIn.HEADER, name = EntityVersions.IF_MATCH, description = "The ETag the replacement is based on", example = "\"0\"") @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @Valid @NotNull YearlyFiguresRequest request) {
        YearlyFiguresService.Reported reported = figures.report(uscc, year, ifMatch, request);
        // Location stays relative (Response.created would make it absolute to this host, unknown behind the gateway)
        Response.ResponseBuilder response = reported.created()
                ? Response.status(Response.Status.CREATED).header("Location",
                        "/api/v1/enterprises/" + uscc + "/figures/" + year)
                : Response.ok();
        return response.entity(reported.figures())
                .header(EntityVersions.ETAG, EntityVersions.etag(reported.figures().version())).build();
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.EXPERT })
    @Operation(summary = "List an enterprise's yearly figures", description = "Every reported year, the latest first.")
    @APIResponse(responseCode = "200", description = "The years reported", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = YearlyFiguresView.class)))
    @APIResponse(responseCode = "404", description = "No such enterprise, or not the applicant's own (ENTERPRISE_NOT_FOUND)")
    @Extension(name = Exports.EXTENSION, value = "年度经营数据")
    public List<YearlyFiguresView> listYearlyFigures(
            @Parameter(description = "Unified social credit code", example = "91350100M000100Y43") @PathParam("uscc") @ValidUscc String uscc) {
        return figures.list(uscc);
    }

    @GET
    @Path("{year}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.EXPERT })
    @Operation(summary = "Get one year's figures")
    @APIResponse(responseCode = "200", description = "The figures", headers = @Header(name = EntityVersions.ETAG, description = "The version", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = YearlyFiguresView.class)))
    @APIResponse(responseCode = "404", description = "No figures for this year, or not the applicant's own (FIGURES_NOT_FOUND, ENTERPRISE_NOT_FOUND)")
    public Response getYearlyFigures(
            @Parameter(description = "Unified social credit code", example = "91350100M000100Y43") @PathParam("uscc") @ValidUscc String uscc,
            @Parameter(description = "The year", example = "2025") @PathParam("year") @Min(1990) @Max(9999) int year) {
        YearlyFiguresView view = figures.get(uscc, year);
        return Response.ok(view).header(EntityVersions.ETAG, EntityVersions.etag(view.version())).build();
    }
}
