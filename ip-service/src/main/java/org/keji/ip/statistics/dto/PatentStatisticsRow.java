package org.keji.ip.statistics.dto;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.PatentType;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Applications and grants of one group in one year, with last year's and the growth; only grouped members present. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PatentStatisticsRow", description = "Applications and grants of one group in one year next to the year before, with the year-on-year growth. Only the members named in `groupBy` are present; a total row (`total` true) has none of them.")
public record PatentStatisticsRow(
        @Schema(title = "年度", description = "The year counted", example = "2025") int year,
        @Schema(title = "专利类型", description = "Patent type (groupBy=type)") PatentType patentType,
        @Schema(title = "行政区划代码", description = "The region at `regionLevel`, as its six-digit code: 350000 for a province, 350100 for a city, the county's code (groupBy=region)", example = "350100") String region,
        @Schema(title = "合计行", description = "Whether this row totals every group of the year") boolean total,
        @Schema(title = "申请量", description = "Applications filed in the year (filing date in the year)", example = "4", minimum = "0") long applications,
        @Schema(title = "上年申请量", description = "Applications filed in the year before", example = "3", minimum = "0") long applicationsLastYear,
        @Schema(title = "申请量同比增长（%）", type = SchemaType.STRING, description = "(applications − applicationsLastYear) / applicationsLastYear × 100, computed exactly and rounded half up once to two decimals; absent when applicationsLastYear is 0", example = "33.33") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal applicationsGrowthPercent,
        @Schema(title = "授权量", description = "Patents granted in the year (grant date in the year), whenever filed", example = "2", minimum = "0") long grants,
        @Schema(title = "上年授权量", description = "Patents granted in the year before", example = "3", minimum = "0") long grantsLastYear,
        @Schema(title = "授权量同比增长（%）", type = SchemaType.STRING, description = "(grants − grantsLastYear) / grantsLastYear × 100, exact, rounded half up once to two decimals; absent when grantsLastYear is 0", example = "-33.33") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal grantsGrowthPercent) {
}
