package org.keji.project.evaluation.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;

/**
 * The outcome report of a project (DOMAIN.md "Plan projects and grants"): what it yielded and the funds it actually
 * received. Every count is required (a missing count is not read as zero); every amount but the profit is not
 * negative; the invention patents are counted among the patents applied ({@code inventionPatentsApplied} ≤
 * {@code patentsApplied}); else 400 naming each field.
 */
@Schema(name = "OutcomeReport", description = "The outcome report of a project (项目成果与经费到位情况): amounts in yuan with two decimals as strings (foreign exchange in USD), counts as integers")
public record OutcomeReport(
        @Schema(title = "销售收入（元）", type = SchemaType.STRING, description = "Sales revenue from the project's results, yuan; not negative", example = "1250000.00", required = true) @NotNull Money salesRevenue,
        @Schema(title = "利润（元）", type = SchemaType.STRING, description = "Profit, yuan; may be negative (a loss)", example = "-32000.50", required = true) @NotNull Money profit,
        @Schema(title = "税金（元）", type = SchemaType.STRING, description = "Tax paid, yuan; not negative", example = "86000.00", required = true) @NotNull Money tax,
        @Schema(title = "创汇（美元）", type = SchemaType.STRING, description = "Foreign-exchange earnings, US dollars; not negative", example = "15000.00", required = true) @NotNull Money foreignExchangeUsd,
        @Schema(title = "新增就业（人）", description = "New jobs created", example = "12", minimum = "0", required = true) @NotNull @PositiveOrZero @Max(10_000_000) Integer newJobs,
        @Schema(title = "培养技术人才（人）", description = "Technical talents trained", example = "5", minimum = "0", required = true) @NotNull @PositiveOrZero @Max(10_000_000) Integer trainedTalents,
        @Schema(title = "申请专利（件）", description = "Patents applied for", example = "4", minimum = "0", required = true) @NotNull @PositiveOrZero @Max(10_000_000) Integer patentsApplied,
        @Schema(title = "其中发明专利（件）", description = "Of those, invention patents; at most `patentsApplied`", example = "2", minimum = "0", required = true) @NotNull @PositiveOrZero @Max(10_000_000) Integer inventionPatentsApplied,
        @Schema(title = "新产品（项）", description = "New products", example = "2", minimum = "0", required = true) @NotNull @PositiveOrZero @Max(10_000_000) Integer newProducts,
        @Schema(title = "高新技术产品（项）", description = "High-tech products", example = "1", minimum = "0", required = true) @NotNull @PositiveOrZero @Max(10_000_000) Integer highTechProducts,
        @Schema(title = "获奖（项）", description = "Awards won", example = "1", minimum = "0", required = true) @NotNull @PositiveOrZero @Max(10_000_000) Integer awards,
        @Schema(title = "到位财政资金（元）", type = SchemaType.STRING, description = "Government funds actually received, yuan; not negative", example = "500000.00", required = true) @NotNull Money receivedGovernmentFunds,
        @Schema(title = "到位自筹资金（元）", type = SchemaType.STRING, description = "Self-raised funds actually received, yuan; not negative", example = "800000.00", required = true) @NotNull Money receivedSelfRaisedFunds) {
}
