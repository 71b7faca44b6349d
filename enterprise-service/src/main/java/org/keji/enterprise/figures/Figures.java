package org.keji.enterprise.figures;

import org.keji.commons.money.Money;

/**
 * One year's figures of an enterprise, the values the certification rules compute with.
 *
 * @param salesRevenue 销售收入 (main and other business revenue)
 * @param totalRevenue 收入总额 (all revenue, at least the sales revenue)
 * @param highTechRevenue 高新技术产品（服务）收入
 * @param rdExpense 研究开发费用总额
 * @param domesticRdExpense R&D expense spent in China (境内研究开发费用)
 * @param totalCost 成本费用总额
 * @param netAssets 净资产; may be negative
 */
public record Figures(
        int year,
        int employees,
        int rdStaff,
        Money salesRevenue,
        Money totalRevenue,
        Money highTechRevenue,
        Money rdExpense,
        Money domesticRdExpense,
        Money totalCost,
        Money totalAssets,
        Money netAssets) {
}
