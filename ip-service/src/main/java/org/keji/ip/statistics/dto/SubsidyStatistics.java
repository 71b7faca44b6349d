package org.keji.ip.statistics.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.ip.statistics.Dimension;
import org.keji.ip.statistics.RegionLevel;

@Schema(name = "SubsidyStatistics", description = "Patent subsidies and grant rewards paid, by group (专利资助拨付统计)")
public record SubsidyStatistics(
        @Schema(title = "起始年度", description = "First year of payment counted", example = "2025") int fromYear,
        @Schema(title = "截止年度", description = "Last year of payment counted", example = "2025") int toYear,
        @Schema(title = "分组", description = "The groupings of the rows, in the order asked for (default `kind` and `type`)", example = "[\"kind\", \"type\"]") List<Dimension> groupBy,
        @Schema(title = "区划层级", description = "The level of the region grouping") RegionLevel regionLevel,
        @Schema(title = "明细", description = "One row per group with a payment, ordered by the groupBy values, then the total row") List<SubsidyStatisticsRow> rows) {
}
