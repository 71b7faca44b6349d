package org.keji.ip.statistics.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The inspections of one group and the problems they found, by type. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "InspectionStatisticsRow", description = "The enforcement inspections of one group, the products inspected and the problems found by type; only the members named in `groupBy` are present; the total row (`total` true) has none")
public record InspectionStatisticsRow(
        @Schema(title = "行政区划代码", description = "The region at `regionLevel`, six digits (groupBy=region)", example = "350100") String region,
        @Schema(title = "年度", description = "Year of the inspection (groupBy=year)", example = "2025") Integer year,
        @Schema(title = "合计行", description = "Whether this row totals every group") boolean total,
        @Schema(title = "检查次数", description = "Inspections", example = "14", minimum = "0") long inspections,
        @Schema(title = "检查产品数", description = "Products looked at (entries of the inspections' product lists)", example = "52", minimum = "0") long products,
        @Schema(title = "检查产品件数", description = "The quantities of those products added up (a product without a quantity adds nothing)", example = "3120", minimum = "0") long productQuantity,
        @Schema(title = "发现问题数", description = "Problems found, of every type", example = "9", minimum = "0") long problems,
        @Schema(description = "Problems found by type") ProblemCounts problemsByType) {
}
