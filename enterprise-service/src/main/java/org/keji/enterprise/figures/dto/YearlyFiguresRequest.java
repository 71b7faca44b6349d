package org.keji.enterprise.figures.dto;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;
import org.keji.commons.problem.Problem;
import org.keji.enterprise.figures.Figures;

@Schema(name = "YearlyFiguresRequest", description = "All figures of one year; they replace what was reported for that year before")
public record YearlyFiguresRequest(
        @Schema(description = "Employees in the year (职工总数)", example = "120", minimum = "0", required = true) @NotNull @PositiveOrZero Integer employees,
        @Schema(description = "R&D staff in the year (科技人员数), at most the employees", example = "18", minimum = "0", required = true) @NotNull @PositiveOrZero Integer rdStaff,
        @Schema(description = "Sales revenue (销售收入), at most the total revenue", example = "48000000.00", required = true) @NotNull Money salesRevenue,
        @Schema(description = "Total revenue (收入总额)", example = "50000000.00", required = true) @NotNull Money totalRevenue,
        @Schema(description = "High-tech products and services revenue (高新技术产品（服务）收入), at most the total revenue", example = "36000000.00", required = true) @NotNull Money highTechRevenue,
        @Schema(description = "R&D expense (研究开发费用总额)", example = "2600000.00", required = true) @NotNull Money rdExpense,
        @Schema(description = "R&D expense spent in China (境内研究开发费用), at most the R&D expense", example = "2500000.00", required = true) @NotNull Money domesticRdExpense,
        @Schema(description = "Total cost and expenses (成本费用总额)", example = "41000000.00", required = true) @NotNull Money totalCost,
        @Schema(description = "Total assets (资产总额)", example = "65000000.00", required = true) @NotNull Money totalAssets,
        @Schema(description = "Net assets (净资产), at most the total assets; may be negative", example = "30000000.00", required = true) @NotNull Money netAssets) {

    /** The checks across fields that Bean Validation does not express; empty when the figures are consistent. */
    public List<Problem.Violation> inconsistencies() {
        List<Problem.Violation> violations = new ArrayList<>();
        nonNegative(violations, "salesRevenue", salesRevenue);
        nonNegative(violations, "totalRevenue", totalRevenue);
        nonNegative(violations, "highTechRevenue", highTechRevenue);
        nonNegative(violations, "rdExpense", rdExpense);
        nonNegative(violations, "domesticRdExpense", domesticRdExpense);
        nonNegative(violations, "totalCost", totalCost);
        nonNegative(violations, "totalAssets", totalAssets);
        if (rdStaff > employees) {
            violations.add(new Problem.Violation("rdStaff", "must not exceed employees (" + employees + ")",
                    String.valueOf(rdStaff)));
        }
        atMost(violations, "salesRevenue", salesRevenue, "totalRevenue", totalRevenue);
        atMost(violations, "highTechRevenue", highTechRevenue, "totalRevenue", totalRevenue);
        atMost(violations, "domesticRdExpense", domesticRdExpense, "rdExpense", rdExpense);
        atMost(violations, "netAssets", netAssets, "totalAssets", totalAssets);
        return violations;
    }

    public Figures figures(int year) {
        return new Figures(year, employees, rdStaff, salesRevenue, totalRevenue, highTechRevenue, rdExpense,
                domesticRdExpense, totalCost, totalAssets, netAssets);
    }

    private static void nonNegative(List<Problem.Violation> violations, String field, Money value) {
        if (value.isNegative()) {
            violations.add(new Problem.Violation(field, "must not be negative", value.toString()));
        }
    }

    private static void atMost(List<Problem.Violation> violations, String field, Money value, String limitField,
            Money limit) {
        if (value.compareTo(limit) > 0) {
            violations.add(new Problem.Violation(field, "must not exceed " + limitField + " (" + limit + ")",
                    value.toString()));
        }
    }
}
