package org.keji.ip.statistics.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.ip.statistics.Dimension;
import org.keji.ip.statistics.RegionLevel;

@Schema(name = "PledgeStatistics", description = "Patent pledges registered and their secured amounts by group (专利权质押登记统计)")
public record PledgeStatistics(
        @Schema(title = "起始年度", description = "First registration year counted", example = "2025") int fromYear,
        @Schema(title = "截止年度", description = "Last registration year counted", example = "2025") int toYear,
        @Schema(title = "分组", description = "The groupings of the rows, in the order asked for (default `year`, `region`)", example = "[\"year\", \"region\"]") List<Dimension> groupBy,
        @Schema(title = "区划层级", description = "The level of the region grouping") RegionLevel regionLevel,
        @Schema(title = "明细", description = "One row per group with a registered pledge, ordered by the groupBy values, then the total row") List<PledgeStatisticsRow> rows) {
}
