package org.keji.project.award;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
import org.keji.project.award.dto.GradeView;
import org.keji.project.award.dto.PublishGradesRequest;

@Path("/api/v1/awards/grades")
@Tag(name = "Award grades", description = "The grades of the science and technology progress award (科技进步奖等级) per year, "
        + "each with the fixed amount every award of the grade pays that year and an optional quota: data the bureau "
        + "publishes, read by everyone but banks")
@Produces(MediaType.APPLICATION_JSON)
public class GradeResource {

    private static final Set<String> SORTABLE = Set.of("year");

    private final GradeService grades;
    private final Exports exports;

    public GradeResource(GradeService grades, Exports exports) {
        this.grades = grades;
        this.exports = exports;
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a year's award grades", description = "The grade table is the bureau's policy for "
            + "every region, so an administrator publishes it; officers read it. Replaces the grade table of the year: listed "
            + "grades are created or take the new amount and quota, unlisted grades of the year are withdrawn. A grade "
            + "that a decision references (`inUse`) can be neither changed nor withdrawn; publishing it unchanged is "
            + "fine, so the same request can be sent again. Decisions take the amount of the nomination's year, so "
            + "publishing another year changes no award.")
    @APIResponse(responseCode = "200", description = "The year's grades, special first", content = @Content(schema = @Schema(implementation = GradeView[].class)))
    @APIResponse(responseCode = "403", description = "Anyone but an administrator (FORBIDDEN)")
    @APIResponse(responseCode = "409", description = "A grade in use would change or be withdrawn (AWARD_GRADE_IN_USE)")
    public List<GradeView> publishAwardGrades(
            @Parameter(description = "The award year", example = "2026") @PathParam("year") @Min(2000) @Max(2100) int year,
            @Valid @NotNull PublishGradesRequest request) {
        return grades.publish(year, request);
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.EXPERT, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List award grades", description = "The published grades with their amounts, quotas and the "
            + "awards decided so far, by year (default newest first; `sort=year,asc` for oldest first) and then special "
            + "first.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = AwardGradePage.class)))
    @Extension(name = Exports.EXTENSION, value = "科技进步奖等级")
    public Page<GradeView> listAwardGrades(
            @Parameter(description = "Only this year", example = "2026") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @BeanParam PageParams paging) {
        return exports.pages(paging.query(SORTABLE, "year,desc"), query -> grades.search(year, query));
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "AwardGradePage")
    public record AwardGradePage(List<GradeView> items, int page, int size, long total) {
    }
}
