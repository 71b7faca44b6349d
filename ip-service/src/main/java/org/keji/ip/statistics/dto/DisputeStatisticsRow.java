package org.keji.ip.statistics.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.ip.dispute.DisputeCategory;
import org.keji.ip.dispute.DisputeKind;
import org.keji.ip.dispute.DisputeOutcome;
import org.keji.ip.dispute.DisputeStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The dispute cases of one group. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DisputeStatisticsRow", description = "The dispute cases of one group; only the members named in `groupBy` are present (an `outcome` group of cases still open has no outcome: see `open`); the total row (`total` true) has none")
public record DisputeStatisticsRow(
        @Schema(title = "案件类别", description = "Category (groupBy=category)") DisputeCategory category,
        @Schema(title = "纠纷类型", description = "Kind (groupBy=kind)") DisputeKind kind,
        @Schema(title = "结果", description = "Outcome (groupBy=outcome); absent for the cases without one yet") DisputeOutcome outcome,
        @Schema(title = "状态", description = "Current state (groupBy=status)") DisputeStatus status,
        @Schema(title = "行政区划代码", description = "The region at `regionLevel`, six digits (groupBy=region)", example = "350100") String region,
        @Schema(title = "年度", description = "Year of the request (groupBy=year)", example = "2025") Integer year,
        @Schema(title = "合计行", description = "Whether this row totals every group") boolean total,
        @Schema(title = "案件数", description = "Cases in the group", example = "9", minimum = "0") long cases) {
}
