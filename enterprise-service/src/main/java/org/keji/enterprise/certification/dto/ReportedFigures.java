package org.keji.enterprise.certification.dto;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;
import org.keji.enterprise.figures.Figures;

@Schema(name = "ReportedFigures", description = "The yearly figures an annual report is made of, as they were when it was filed")
public record ReportedFigures(
        @Schema(description = "Employees (职工总数)", example = "120") int employees,
        @Schema(description = "R&D staff (科技人员数)", example = "18") int rdStaff,
        @Schema(type = SchemaType.STRING, description = "Sales revenue (销售收入), yuan", example = "48000000.00") Money salesRevenue,
        @Schema(type = SchemaType.STRING, description = "Total revenue (收入总额), yuan", example = "50000000.00") Money totalRevenue,
        @Schema(type = SchemaType.STRING, description = "High-tech products and services revenue (高新技术产品（服务）收入), yuan", example = "36000000.00") Money highTechRevenue,
        @Schema(type = SchemaType.STRING, description = "R&D expense (研究开发费用总额), yuan", example = "2600000.00") Money rdExpense,
        @Schema(type = SchemaType.STRING, description = "R&D expense spent in China (境内研究开发费用), yuan", example = "2500000.00") Money domesticRdExpense,
        @Schema(type = SchemaType.STRING, description = "Total cost and expenses (成本费用总额), yuan", example = "41000000.00") Money totalCost,
        @Schema(type = SchemaType.STRING, description = "Total assets (资产总额), yuan", example = "65000000.00") Money totalAssets,
        @Schema(type = SchemaType.STRING, description = "Net assets (净资产), yuan", example = "30000000.00") Money netAssets) {

    public static ReportedFigures of(Figures f) {
        return new ReportedFigures(f.employees(), f.rdStaff(), f.salesRevenue(), f.totalRevenue(),
                f.highTechRevenue(), f.rdExpense(), f.domesticRdExpense(), f.totalCost(), f.totalAssets(),
                f.netAssets());
    }
}
