package org.keji.enterprise.figures.dto;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;
import org.keji.enterprise.figures.Figures;
import org.keji.enterprise.figures.FiguresSource;
import org.keji.enterprise.figures.YearlyFigures;

@Schema(name = "YearlyFigures", description = "The figures of one enterprise for one year")
public record YearlyFiguresView(
        @Schema(title = "统一社会信用代码", description = "Unified social credit code", example = "91350100M000100Y43") String uscc,
        @Schema(title = "年度", description = "The year the figures are for", example = "2025") int year,
        @Schema(title = "职工总数", description = "Employees (职工总数)", example = "120") int employees,
        @Schema(title = "科技人员数", description = "R&D staff (科技人员数)", example = "18") int rdStaff,
        @Schema(title = "销售收入（元）", description = "Sales revenue (销售收入)") Money salesRevenue,
        @Schema(title = "收入总额（元）", description = "Total revenue (收入总额)") Money totalRevenue,
        @Schema(title = "高新技术产品（服务）收入（元）", description = "High-tech products and services revenue (高新技术产品（服务）收入)") Money highTechRevenue,
        @Schema(title = "研究开发费用总额（元）", description = "R&D expense (研究开发费用总额)") Money rdExpense,
        @Schema(title = "境内研究开发费用（元）", description = "R&D expense spent in China (境内研究开发费用)") Money domesticRdExpense,
        @Schema(title = "成本费用总额（元）", description = "Total cost and expenses (成本费用总额)") Money totalCost,
        @Schema(title = "资产总额（元）", description = "Total assets (资产总额)") Money totalAssets,
        @Schema(title = "净资产（元）", description = "Net assets (净资产)") Money netAssets,
        @Schema(title = "来源") FiguresSource source,
        @Schema(title = "报告人", description = "Who reported them (token subject)", example = "officer-1") String reportedBy,
        @Schema(title = "报告时间", description = "When they were reported") OffsetDateTime reportedAt,
        @Schema(title = "版本", description = "Version, also the ETag, for If-Match on a replacement", example = "0") long version) {

    public static YearlyFiguresView of(YearlyFigures entity) {
        Figures f = entity.figures();
        return new YearlyFiguresView(entity.uscc(), f.year(), f.employees(), f.rdStaff(), f.salesRevenue(),
                f.totalRevenue(), f.highTechRevenue(), f.rdExpense(), f.domesticRdExpense(), f.totalCost(),
                f.totalAssets(), f.netAssets(), entity.source(), entity.reportedBy(), entity.reportedAt(),
                entity.version());
    }
}
