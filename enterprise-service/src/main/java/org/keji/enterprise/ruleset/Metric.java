package org.keji.enterprise.ruleset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures a rule can test, each computed from data the bureau holds (yearly figures, IP holdings, violation
 * records, certificates) for an evaluation year Y: "last year" is Y−1, "three years" are Y−3 to Y−1 (fewer when the
 * enterprise is younger, from its registration year on). Ratios are exact (sum over sum), never averages of ratios.
 */
@Schema(description = """
        What a rule tests:
        REGISTRATION_DAYS (days from registration to the evaluation date, 注册成立天数);
        EMPLOYEES, SALES_REVENUE, TOTAL_ASSETS (last year);
        RD_STAFF_RATIO (R&D staff ÷ employees, last year, 科技人员占比);
        RD_TO_SALES_3Y (R&D expense ÷ sales revenue, summed over three years, 近三年研发费用占比);
        DOMESTIC_RD_SHARE_3Y (R&D in China ÷ all R&D, three years, 境内研发费用占比);
        HIGH_TECH_REVENUE_SHARE (high-tech revenue ÷ total revenue, last year, 高新技术产品收入占比);
        NET_ASSET_GROWTH, SALES_GROWTH (½(y2/y1 + y3/y2) − 1 over three years; y3/y2 − 1 over two, 成长性);
        RD_TO_SALES, RD_TO_TOTAL_COST (last year);
        CLASS_I_IP, CLASS_II_IP (held IP on the evaluation date, Ⅰ类/Ⅱ类知识产权);
        MAJOR_VIOLATIONS_PRIOR_YEAR (major safety/quality/environment violations in the year before the evaluation date);
        MAJOR_VIOLATIONS_SINCE_LAST_YEAR (the same since 1 January of last year);
        DISHONESTY_LISTINGS (dishonesty listings in force on the evaluation date);
        SERIOUS_RESEARCH_DISHONESTY_SINCE_LAST_YEAR (serious research dishonesty, 科研严重失信, since 1 January of last year);
        HOLDS_CERTIFICATION (1 when a valid certificate of the type named by `parameter` is held, else 0)""")
public enum Metric {
    REGISTRATION_DAYS(Unit.DAYS),
    EMPLOYEES(Unit.COUNT),
    SALES_REVENUE(Unit.MONEY),
    TOTAL_ASSETS(Unit.MONEY),
    RD_STAFF_RATIO(Unit.RATIO),
    RD_TO_SALES_3Y(Unit.RATIO),
    DOMESTIC_RD_SHARE_3Y(Unit.RATIO),
    HIGH_TECH_REVENUE_SHARE(Unit.RATIO),
    NET_ASSET_GROWTH(Unit.RATIO),
    SALES_GROWTH(Unit.RATIO),
    RD_TO_SALES(Unit.RATIO),
    RD_TO_TOTAL_COST(Unit.RATIO),
    CLASS_I_IP(Unit.COUNT),
    CLASS_II_IP(Unit.COUNT),
    MAJOR_VIOLATIONS_PRIOR_YEAR(Unit.COUNT),
    MAJOR_VIOLATIONS_SINCE_LAST_YEAR(Unit.COUNT),
    DISHONESTY_LISTINGS(Unit.COUNT),
    SERIOUS_RESEARCH_DISHONESTY_SINCE_LAST_YEAR(Unit.COUNT),
    HOLDS_CERTIFICATION(Unit.COUNT);

    /** How a value of the metric is written in a result. */
    public enum Unit {
        DAYS,
        COUNT,
        MONEY,
        RATIO
    }

    private final Unit unit;

    Metric(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }

    /** Whether the metric needs a {@code parameter} (the certification type of HOLDS_CERTIFICATION). */
    public boolean needsParameter() {
        return this == HOLDS_CERTIFICATION;
    }
}
