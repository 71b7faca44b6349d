package org.keji.ip.statistics.dto;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.PatentType;
import org.keji.commons.money.Money;
import org.keji.ip.policy.SubsidyPolicyKind;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The subsidies paid in one group. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SubsidyStatisticsRow", description = "The subsidies paid in one group; only the members named in `groupBy` are present; the total row (`total` true) has none")
public record SubsidyStatisticsRow(
        @Schema(title = "拨付年度", description = "Year of payment (groupBy=year)", example = "2025") Integer year,
        @Schema(title = "行政区划代码", description = "The region at `regionLevel`, six digits (groupBy=region)", example = "350100") String region,
        @Schema(title = "政策类别", description = "Kind of the policy paid under (groupBy=kind)") SubsidyPolicyKind policyKind,
        @Schema(title = "专利类型", description = "Type of the subsidised patent (groupBy=type)") PatentType patentType,
        @Schema(title = "合计行", description = "Whether this row totals every group") boolean total,
        @Schema(title = "拨付笔数", description = "Applications paid (status PAID) with a payment date in the years", example = "128", minimum = "0") long payments,
        @Schema(title = "拨付金额（元）", type = SchemaType.STRING, description = "Exact sum of the amounts paid, yuan", example = "640000.00") Money paidAmount) {
}
