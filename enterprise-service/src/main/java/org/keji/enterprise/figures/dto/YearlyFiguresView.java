package org.keji.enterprise.figures.dto;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;
import org.keji.enterprise.figures.Figures;
import org.keji.enterprise.figures.FiguresSource;
import org.keji.enterprise.figures.YearlyFigures;

@Schema(name = "YearlyFigures", description = "The figures of one enterprise for one year")
public record YearlyFiguresView(
        @Schema(description = "Unified social credit code", example = "91350100M000100Y43") String uscc,
        @Schema(description = "The year the figures are for", example = "2025") int year,
        @Schema(description = "Employees (职工总数)", example = "120") int employees,
        @Schema(description = "R&D staff (科技人员数)", example = "18") int rdStaff,
        @Schema(description = "Sales revenue (销售收入)") Money salesRevenue,
        @Schema(description = "Total revenue (收入总额)") Money totalRevenue,
        @Schema(description = "High-tech products and services revenue (高新技术产品（服务）收入)") Money highTechRevenue,
        @Schema(description = "R&D expense (研究开发费用总额)") Money rdExpense,
        @Schema(description = "R&D expense spent in China (境内研究开发费用)") Money domesticRdExpense,
        @Schema(description = "Total cost and expenses (成本费用总额)") Money totalCost,
        @Schema(description = "Total assets (资产总额)") Money totalAssets,
        @Schema(description = "Net assets (净资产)") Money netAssets,
        FiguresSource source,
        @Schema(description = "Who reported them (token subject)", example = "officer-1") String reportedBy,
        @Schema(description = "When they were reported") OffsetDateTime reportedAt,
        @Schema(description = "Version, also the ETag, for If-Match on a replacement", example = "0") long version) {

    public static YearlyFiguresView of(YearlyFigures entity) {
        Figures f = entity.figures();
        return new YearlyFiguresView(entity.uscc(), f.year(), f.employees(), f.rdStaff(), f.salesRevenue(),
                f.totalRevenue(), f.highTechRevenue(), f.rdExpense(), f.domesticRdExpense(), f.totalCost(),
                f.totalAssets(), f.netAssets(), entity.source(), entity.reportedBy(), entity.reportedAt(),
                entity.version());
    }
}
