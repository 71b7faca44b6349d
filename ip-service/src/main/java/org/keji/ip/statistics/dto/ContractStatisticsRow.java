package org.keji.ip.statistics.dto;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;
import org.keji.ip.techcontract.ContractType;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The registered technology contracts of one group. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ContractStatisticsRow", description = "The registered technology contracts of one group; only the members named in `groupBy` are present; the total row (`total` true) has none")
public record ContractStatisticsRow(
        @Schema(title = "合同类型", description = "Contract type (groupBy=type)") ContractType contractType,
        @Schema(title = "行政区划代码", description = "The region at `regionLevel`, six digits (groupBy=region)", example = "350100") String region,
        @Schema(title = "登记年度", description = "Year of registration (groupBy=year)", example = "2025") Integer year,
        @Schema(title = "合计行", description = "Whether this row totals every group") boolean total,
        @Schema(title = "合同数", description = "Contracts registered (status REGISTERED)", example = "12", minimum = "0") long contracts,
        @Schema(title = "合同金额（元）", type = SchemaType.STRING, description = "Exact sum of their contract amounts, yuan", example = "3500000.00") Money contractAmount,
        @Schema(title = "技术交易额（元）", type = SchemaType.STRING, description = "Exact sum of their registered transaction amounts (认定技术交易额), yuan", example = "2950000.00") Money registeredAmount) {
}
