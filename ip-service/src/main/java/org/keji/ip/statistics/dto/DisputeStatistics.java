package org.keji.ip.statistics.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.ip.statistics.Dimension;
import org.keji.ip.statistics.RegionLevel;

@Schema(name = "DisputeStatistics", description = "Patent dispute mediation and rights-protection cases by group (专利纠纷调解、维权援助统计)")
public record DisputeStatistics(
        @Schema(title = "起始年度", description = "First year counted (year of the request)", example = "2025") int fromYear,
        @Schema(title = "截止年度", description = "Last year counted", example = "2025") int toYear,
        @Schema(title = "分组", description = "The groupings of the rows, in the order asked for (default `kind`, `outcome`)", example = "[\"kind\", \"outcome\"]") List<Dimension> groupBy,
        @Schema(title = "区划层级", description = "The level of the region grouping") RegionLevel regionLevel,
        @Schema(title = "明细", description = "One row per group holding a case, ordered by the groupBy values, then the total row") List<DisputeStatisticsRow> rows) {
}
