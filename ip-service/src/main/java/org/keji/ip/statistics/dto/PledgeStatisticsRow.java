package org.keji.ip.statistics.dto;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;
import org.keji.ip.pledge.PledgeStatus;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The patent pledges registered in one group. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PledgeStatisticsRow", description = "The patent pledges registered in one group; only the members named in `groupBy` are present; the total row (`total` true) has none")
public record PledgeStatisticsRow(
        @Schema(title = "行政区划代码", description = "The region of the pledge at `regionLevel`, six digits (groupBy=region)", example = "350100") String region,
        @Schema(title = "登记年度", description = "Year of registration (groupBy=year)", example = "2025") Integer year,
        @Schema(title = "当前状态", description = "Current state (groupBy=status): REGISTERED (in force) or RELEASED (released since)") PledgeStatus status,
        @Schema(title = "合计行", description = "Whether this row totals every group") boolean total,
        @Schema(title = "登记件数", description = "Pledges registered in the years (whether released since or not)", example = "12", minimum = "0") long pledges,
        @Schema(title = "已注销件数", description = "Of those, the pledges released since (status RELEASED)", example = "3", minimum = "0") long released,
        @Schema(title = "出质专利数", description = "Patents pledged by those pledges (a patent pledged twice in the years counts twice)", example = "27", minimum = "0") long patents,
        @Schema(title = "担保金额（元）", type = SchemaType.STRING, description = "Exact sum of their secured amounts (主债权金额), yuan", example = "35000000.10") Money securedAmount,
        @Schema(title = "担保金额（万元）", type = SchemaType.STRING, description = "The same sum in 10 000 yuan, computed exactly from it and rounded half up once to four decimals", example = "3500.0000") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal securedAmountTenThousandYuan) {
}
