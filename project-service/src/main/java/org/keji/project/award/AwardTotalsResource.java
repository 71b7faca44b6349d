package org.keji.project.award;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.keji.commons.security.Roles;
import org.keji.project.award.dto.AwardTotals;

@Path("/api/v1/awards/totals")
@Tag(name = "Award totals", description = "Science and technology progress awards counted and summed by year and grade, "
        + "in one aggregate query")
@Produces(MediaType.APPLICATION_JSON)
public class AwardTotalsResource {

    private final AwardTotalsService totals;

    public AwardTotalsResource(AwardTotalsService totals) {
        this.totals = totals;
    }

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Sum the awards by year and grade", description = "The nominations awarded (AWARDED or PAID; "
            + "/api/v1/awards/nominations) by year and grade: the number of awards and the exact sum of their amounts "
            + "in yuan (two decimals, a string) and in 万元 (four decimals, rounded half up once from the exact sum), "
            + "and how many and how much of it was paid. Ends with a total row. An officer counts its region only.")
    @APIResponse(responseCode = "200", description = "The totals", content = @Content(schema = @Schema(implementation = AwardTotals.class)))
    @Extension(name = Exports.EXTENSION, value = "科技进步奖授奖统计")
    public AwardTotals sumAwards(
            @Parameter(description = "Only this award year", example = "2026") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "GB/T 2260 region prefix (2, 4 or 6 digits) of the enterprises, e.g. 3501 for Fuzhou", example = "3501") @QueryParam("region") @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}") String region) {
        return totals.totals(year, region);
    }
}
