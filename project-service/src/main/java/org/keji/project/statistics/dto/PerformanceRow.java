package org.keji.project.statistics.dto;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.project.statistics.PerformanceDimension;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * The funded projects of one group. Percentages and 万元 are computed exactly from the group's integer counts and exact
 * sums and rounded half up once to two (four) decimals; a percentage is absent when its denominator is zero. Sums in
 * yuan are exact {@code BigDecimal}s with two decimals, not {@code Money}: the sum of many amounts may need more than the
 * 16 integer digits one amount has, and must still be answered.
 */
@Schema(name = "ProjectPerformanceRow", description = "The funded projects of one group (an industry, an undertaker type, a technology source) or of all (TOTAL): counts, planned and received funds, outcomes. Received funds and outcomes come from the confirmed performance evaluations only; a project without one counts in `projects` and the planned funds, not in `evaluatedProjects`, `evaluatedPlannedFunds` or what was received.")
public record PerformanceRow(
        @Schema(title = "统计维度", description = "What this row counts by") PerformanceDimension dimension,
        @Schema(title = "分组", description = "The group within the dimension: an Industry, UndertakerType or TechnologySource value; absent for TOTAL", example = "INDUSTRIAL") String group,
        @Schema(title = "项目数", description = "Funded projects in the group", example = "120", minimum = "0") long projects,
        @Schema(title = "项目数占比（%）", type = SchemaType.STRING, description = "projects / all funded projects of the filter × 100, two decimals", example = "33.33") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal projectSharePercent,
        @Schema(title = "计划财政资金（元）", type = SchemaType.STRING, description = "Sum of the planned government funds, yuan", example = "3000000.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal plannedGovernmentFunds,
        @Schema(title = "计划财政资金（万元）", type = SchemaType.STRING, description = "The same in 10 000 yuan, four decimals", example = "300.0000") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal plannedGovernmentFundsTenThousandYuan,
        @Schema(title = "计划自筹资金（元）", type = SchemaType.STRING, description = "Sum of the planned self-raised funds, yuan", example = "9000000.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal plannedSelfRaisedFunds,
        @Schema(title = "计划自筹资金（万元）", type = SchemaType.STRING, description = "The same in 10 000 yuan, four decimals", example = "900.0000") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal plannedSelfRaisedFundsTenThousandYuan,
        @Schema(title = "计划总投入（元）", type = SchemaType.STRING, description = "Planned government + self-raised funds, yuan", example = "12000000.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal plannedTotalFunds,
        @Schema(title = "计划总投入（万元）", type = SchemaType.STRING, description = "The same in 10 000 yuan, four decimals", example = "1200.0000") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal plannedTotalFundsTenThousandYuan,
        @Schema(title = "计划财政资金占比（%）", type = SchemaType.STRING, description = "Planned government funds / planned total × 100", example = "25.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal plannedGovernmentSharePercent,
        @Schema(title = "计划自筹资金占比（%）", type = SchemaType.STRING, description = "Planned self-raised funds / planned total × 100", example = "75.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal plannedSelfRaisedSharePercent,
        @Schema(title = "已评价项目数", description = "Of the projects, those with a confirmed performance evaluation", example = "80", minimum = "0") long evaluatedProjects,
        @Schema(title = "已评价项目计划总投入（元）", type = SchemaType.STRING, description = "Planned total funds of the evaluated projects, yuan: what `receivedTotalFunds` is compared with", example = "8000000.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal evaluatedPlannedFunds,
        @Schema(title = "实际到位财政资金（元）", type = SchemaType.STRING, description = "Government funds actually received by the evaluated projects, yuan", example = "1900000.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal receivedGovernmentFunds,
        @Schema(title = "实际到位财政资金（万元）", type = SchemaType.STRING, description = "The same in 10 000 yuan, four decimals", example = "190.0000") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal receivedGovernmentFundsTenThousandYuan,
        @Schema(title = "实际到位自筹资金（元）", type = SchemaType.STRING, description = "Self-raised funds actually received by the evaluated projects, yuan", example = "5500000.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal receivedSelfRaisedFunds,
        @Schema(title = "实际到位自筹资金（万元）", type = SchemaType.STRING, description = "The same in 10 000 yuan, four decimals", example = "550.0000") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal receivedSelfRaisedFundsTenThousandYuan,
        @Schema(title = "实际到位总额（元）", type = SchemaType.STRING, description = "Received government + self-raised funds, yuan", example = "7400000.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal receivedTotalFunds,
        @Schema(title = "实际到位总额（万元）", type = SchemaType.STRING, description = "The same in 10 000 yuan, four decimals", example = "740.0000") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal receivedTotalFundsTenThousandYuan,
        @Schema(title = "资金到位率（%）", type = SchemaType.STRING, description = "receivedTotalFunds / evaluatedPlannedFunds × 100", example = "92.50") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal receivedRatioPercent,
        @Schema(title = "财政资金到位率（%）", type = SchemaType.STRING, description = "Received / planned government funds of the evaluated projects × 100", example = "95.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal governmentReceivedRatioPercent,
        @Schema(title = "自筹资金到位率（%）", type = SchemaType.STRING, description = "Received / planned self-raised funds of the evaluated projects × 100", example = "91.67") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal selfRaisedReceivedRatioPercent,
        @Schema(title = "到位财政资金占比（%）", type = SchemaType.STRING, description = "Received government funds / received total × 100", example = "25.68") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal receivedGovernmentSharePercent,
        @Schema(title = "到位自筹资金占比（%）", type = SchemaType.STRING, description = "Received self-raised funds / received total × 100", example = "74.32") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal receivedSelfRaisedSharePercent,
        @Schema(title = "销售收入（元）", type = SchemaType.STRING, description = "Sum of the sales revenue reported, yuan", example = "52000000.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal salesRevenue,
        @Schema(title = "利润（元）", type = SchemaType.STRING, description = "Sum of the profit reported (losses count negative), yuan", example = "6100000.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal profit,
        @Schema(title = "税金（元）", type = SchemaType.STRING, description = "Sum of the tax reported, yuan", example = "3200000.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal tax,
        @Schema(title = "创汇（美元）", type = SchemaType.STRING, description = "Sum of the foreign-exchange earnings reported, USD", example = "450000.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal foreignExchangeUsd,
        @Schema(title = "新增就业（人）", description = "Sum of the new jobs", example = "310", minimum = "0") long newJobs,
        @Schema(title = "培养技术人才（人）", description = "Sum of the trained talents", example = "95", minimum = "0") long trainedTalents,
        @Schema(title = "申请专利（件）", description = "Sum of the patents applied for", example = "140", minimum = "0") long patentsApplied,
        @Schema(title = "其中发明专利（件）", description = "Of those, invention patents", example = "61", minimum = "0") long inventionPatentsApplied,
        @Schema(title = "新产品（项）", description = "Sum of the new products", example = "44", minimum = "0") long newProducts,
        @Schema(title = "高新技术产品（项）", description = "Sum of the high-tech products", example = "17", minimum = "0") long highTechProducts,
        @Schema(title = "获奖（项）", description = "Sum of the awards", example = "9", minimum = "0") long awards) {
}
