package org.keji.ip.statistics.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.ip.statistics.Dimension;
import org.keji.ip.statistics.RegionLevel;

@Schema(name = "PatentStatistics", description = "Patent applications and grants by year and group with year-on-year growth (专利申请量、授权量及同比增长)")
public record PatentStatistics(
        @Schema(title = "起始年度", description = "First year counted", example = "2025") int fromYear,
        @Schema(title = "截止年度", description = "Last year counted", example = "2025") int toYear,
        @Schema(title = "分组", description = "The groupings of the rows besides the year, in the order asked for (default `type`)", example = "[\"type\"]") List<Dimension> groupBy,
        @Schema(title = "区划层级", description = "The level of the region grouping") RegionLevel regionLevel,
        @Schema(title = "明细", description = "For each year: one row per group with an application or grant in the year or the year before, ordered by the groupBy values, then the year's total row") List<PatentStatisticsRow> rows) {
}
