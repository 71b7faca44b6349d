package org.keji.ip.statistics.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.ip.statistics.Dimension;
import org.keji.ip.statistics.RegionLevel;

@Schema(name = "InspectionStatistics", description = "Enforcement inspections, products inspected and problems found by group (专利执法检查统计)")
public record InspectionStatistics(
        @Schema(title = "起始年度", description = "First year counted (year of the inspection)", example = "2025") int fromYear,
        @Schema(title = "截止年度", description = "Last year counted", example = "2025") int toYear,
        @Schema(title = "分组", description = "The groupings of the rows, in the order asked for (default `region`)", example = "[\"region\"]") List<Dimension> groupBy,
        @Schema(title = "区划层级", description = "The level of the region grouping") RegionLevel regionLevel,
        @Schema(title = "明细", description = "One row per group holding an inspection or a problem, ordered by the groupBy values, then the total row") List<InspectionStatisticsRow> rows) {
}
