package org.keji.project.statistics;

import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keji.commons.export.Exports;
import org.keji.commons.paging.PageParams;
import org.keji.commons.security.Roles;
import org.keji.project.statistics.dto.BatchProjects;
import org.keji.project.statistics.dto.BatchSummaries;
import org.keji.project.statistics.dto.PerformanceStatistics;

@Path("/api/v1/project-statistics")
@Tag(name = "Project statistics", description = "Figures of the bureau on its funded projects (科技计划项目统计): "
        + "performance by industry, undertaker type and technology source, planned vs received funds, outcomes, and "
        + "grants per call batch. Each figure group is one aggregate query in the database over the funded projects "
        + "(APPROVED and every later state, including TERMINATED and CLOSED); an officer counts within its region "
        + "only (the undertaker's region). Percentages are computed exactly from integer counts and exact sums and "
        + "rounded half up once to two decimals; 万元 figures from the exact yuan sum, half up once to four decimals; "
        + "both sent as strings.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
public class ProjectStatisticsResource {

    private static final Set<String> SORTABLE = Set.of("trackingNumber", "grantAmount", "title");
    private static final String BAD_REQUEST = "A parameter is invalid (VALIDATION_FAILED naming it in `violations`)";
    private static final String FORBIDDEN = "Applicants, experts and banks (FORBIDDEN); an integration client without "
            + "scope project:read (INSUFFICIENT_SCOPE)";

    private final ProjectStatisticsService statistics;
    private final Exports exports;

    public ProjectStatisticsResource(ProjectStatisticsService statistics, Exports exports) {
        this.statistics = statistics;
        this.exports = exports;
    }

    @GET
    @Path("performance")
    @Operation(summary = "Performance statistics of the funded projects", description = "For the funded projects of "
            + "the filters: counts and shares of all by industry, by undertaker type and by technology source, and in "
            + "total; planned government and self-raised funds (the applications' plans) in yuan and 万元 and their "
            + "shares; what was actually received and the outcomes, from the CONFIRMED performance evaluations only. "
            + "A project without a confirmed evaluation counts in `projects` and the planned funds but has received "
            + "nothing yet to report: the received/planned ratios compare the received funds with the planned funds "
            + "of the evaluated projects only (`evaluatedPlannedFunds`), so projects still running do not pull the "
            + "ratio down. A percentage whose denominator is zero is absent.")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(schema = @Schema(implementation = PerformanceStatistics.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @Extension(name = Exports.EXTENSION, value = "项目绩效统计")
    public PerformanceStatistics countProjectPerformance(@Valid @BeanParam StatisticsFilter filter) {
        return statistics.performance(filter);
    }

    @GET
    @Path("batches")
    @Operation(summary = "Funded projects and grants per call batch", description = "For each call (year, batch) with "
            + "a funded project under the filters: the number of funded projects and the exact sum of their grants in "
            + "yuan and in 万元 (from the exact yuan sum, rounded half up once to four decimals, never off by a fen "
            + "however many projects), then a total row. `callId` and `batch` filter as well.")
    @APIResponse(responseCode = "200", description = "The batches", content = @Content(schema = @Schema(implementation = BatchSummaries.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @Extension(name = Exports.EXTENSION, value = "批次立项汇总")
    public BatchSummaries summarizeProjectBatches(@Valid @BeanParam StatisticsFilter filter) {
        return statistics.batches(filter);
    }

    @GET
    @Path("batches/{callId}")
    @Operation(summary = "The funded projects of one call batch", description = "One page of the funded projects of "
            + "the call (within an officer's region), with the batch totals of all of them as in /batches. Sorts by "
            + "`trackingNumber`, `grantAmount` or `title`, optionally `,asc` or `,desc` (default `trackingNumber,asc`). "
            + "An export holds every project, each row with the batch totals.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = BatchProjects.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid (VALIDATION_FAILED, INVALID_PAGE, INVALID_SORT)")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such call (PROJECT_STATISTICS_CALL_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "An export would hold more than `keji.export.max-rows` rows (EXPORT_TOO_LARGE)")
    @Extension(name = Exports.EXTENSION, value = "批次立项项目")
    public BatchProjects listProjectBatch(@Parameter(description = "The call") @PathParam("callId") UUID callId,
            @BeanParam PageParams paging) {
        return statistics.batchProjects(callId, paging.query(SORTABLE, "trackingNumber,asc"),
                exports.format() != null);
    }
}
