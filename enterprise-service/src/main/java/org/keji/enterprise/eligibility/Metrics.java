package org.keji.enterprise.eligibility;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.keji.commons.money.Money;
import org.keji.enterprise.figures.Figures;
import org.keji.enterprise.ruleset.Metric;

/** Computes the metrics of {@link Metric} from the facts of one evaluation, exactly. */
public final class Metrics {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Metrics() {
    }

    public static MetricValue compute(Metric metric, String parameter, Facts facts) {
        int lastYear = facts.year() - 1;
        return switch (metric) {
            case REGISTRATION_DAYS -> MetricValue.of(
                    Ratio.of(ChronoUnit.DAYS.between(facts.registrationDate(), facts.asOf())),
                    "registered " + facts.registrationDate() + ", evaluated on " + facts.asOf());
            case EMPLOYEES -> lastYear(facts, f -> BigDecimal.valueOf(f.employees()));
            case SALES_REVENUE -> lastYear(facts, f -> f.salesRevenue().amount());
            case TOTAL_ASSETS -> lastYear(facts, f -> f.totalAssets().amount());
            case RD_STAFF_RATIO -> lastYearRatio(facts, f -> BigDecimal.valueOf(f.rdStaff()),
                    f -> BigDecimal.valueOf(f.employees()), "no employees");
            case RD_TO_SALES -> lastYearRatio(facts, f -> f.rdExpense().amount(), f -> f.salesRevenue().amount(),
                    "no sales revenue");
            case RD_TO_TOTAL_COST -> lastYearRatio(facts, f -> f.rdExpense().amount(), f -> f.totalCost().amount(),
                    "no costs");
            case HIGH_TECH_REVENUE_SHARE -> lastYearRatio(facts, f -> f.highTechRevenue().amount(),
                    f -> f.totalRevenue().amount(), "no revenue");
            case RD_TO_SALES_3Y -> spanRatio(facts, Figures::rdExpense, Figures::salesRevenue, "no sales revenue");
            case DOMESTIC_RD_SHARE_3Y -> spanRatio(facts, Figures::domesticRdExpense, Figures::rdExpense,
                    "no R&D expense");
            case NET_ASSET_GROWTH -> growth(facts, Figures::netAssets);
            case SALES_GROWTH -> growth(facts, Figures::salesRevenue);
            case CLASS_I_IP -> count(facts.classIIp(), "Class I IP held on " + facts.asOf());
            case CLASS_II_IP -> count(facts.classIIIp(), "Class II IP held on " + facts.asOf());
            case MAJOR_VIOLATIONS_PRIOR_YEAR -> count(facts.majorViolationsPriorYear(),
                    "major violations from " + facts.asOf().minusYears(1) + " to " + facts.asOf());
            case MAJOR_VIOLATIONS_SINCE_LAST_YEAR -> count(facts.majorViolationsSinceLastYear(),
                    "major violations from " + lastYear + "-01-01 to " + facts.asOf());
            case DISHONESTY_LISTINGS -> count(facts.dishonestyListings(), "listings in force on " + facts.asOf());
            case SERIOUS_RESEARCH_DISHONESTY_SINCE_LAST_YEAR -> count(facts.seriousResearchDishonestySinceLastYear(),
                    "serious research dishonesty from " + lastYear + "-01-01 to " + facts.asOf());
            case HOLDS_CERTIFICATION -> count(facts.validCertifications().contains(parameter) ? 1 : 0,
                    "valid " + parameter + " certificate on " + facts.asOf());
        };
    }

    /**
     * The years of a "three years" figure: Y−3 to Y−1, or from the registration year on for a younger enterprise
     * (its actual years of operation).
     */
    static List<Integer> span(Facts facts) {
        int from = Math.max(facts.year() - 3, facts.registrationDate().getYear());
        List<Integer> years = new ArrayList<>();
        for (int year = from; year <= facts.year() - 1; year++) {
            years.add(year);
        }
        return years;
    }

    private static MetricValue count(long value, String note) {
        return MetricValue.of(Ratio.of(value), note);
    }

    private static MetricValue lastYear(Facts facts, Function<Figures, BigDecimal> figure) {
        int year = facts.year() - 1;
        return facts.figuresOf(year).map(f -> MetricValue.of(Ratio.of(figure.apply(f)), "figures of " + year))
                .orElseGet(() -> MetricValue.missing("no figures for " + year));
    }

    private static MetricValue lastYearRatio(Facts facts, Function<Figures, BigDecimal> numerator,
            Function<Figures, BigDecimal> denominator, String whenZero) {
        int year = facts.year() - 1;
        Optional<Figures> figures = facts.figuresOf(year);
        if (figures.isEmpty()) {
            return MetricValue.missing("no figures for " + year);
        }
        return ratio(numerator.apply(figures.get()), denominator.apply(figures.get()), "figures of " + year,
                whenZero + " in " + year);
    }

    private static MetricValue spanRatio(Facts facts, Function<Figures, Money> numerator,
            Function<Figures, Money> denominator, String whenZero) {
        List<Integer> years = span(facts);
        if (years.isEmpty()) {
            return MetricValue.missing("no complete year of operation before " + facts.year());
        }
        List<Integer> absent = years.stream().filter(y -> facts.figuresOf(y).isEmpty()).toList();
        if (!absent.isEmpty()) {
            return MetricValue.missing("no figures for " + absent);
        }
        BigDecimal top = BigDecimal.ZERO;
        BigDecimal bottom = BigDecimal.ZERO;
        for (int year : years) {
            Figures f = facts.figuresOf(year).orElseThrow();
            top = top.add(numerator.apply(f).amount());
            bottom = bottom.add(denominator.apply(f).amount());
        }
        String span = years.get(0) + "–" + years.get(years.size() - 1);
        return ratio(top, bottom, "sum over sum of " + span + ": " + top.toPlainString() + " / "
                + bottom.toPlainString(), whenZero + " in " + span);
    }

    private static MetricValue ratio(BigDecimal numerator, BigDecimal denominator, String note, String whenZero) {
        if (denominator.signum() <= 0) {
            return MetricValue.notComputable(whenZero);
        }
        return MetricValue.of(new Ratio(numerator, denominator), note);
    }

    /**
     * Growth over the span: ½(y2/y1 + y3/y2) − 1 over three years, y3/y2 − 1 over two; not computable from one year or
     * when a base year is zero or negative (the HNTE guidance scores those 0).
     */
    private static MetricValue growth(Facts facts, Function<Figures, Money> figure) {
        List<Integer> years = span(facts);
        List<Integer> absent = years.stream().filter(y -> facts.figuresOf(y).isEmpty()).toList();
        if (!absent.isEmpty()) {
            return MetricValue.missing("no figures for " + absent);
        }
        if (years.size() < 2) {
            return MetricValue.notComputable("growth needs two years of figures, only " + years + " operated");
        }
        List<BigDecimal> values = years.stream()
                .map(y -> figure.apply(facts.figuresOf(y).orElseThrow()).amount()).toList();
        String note = "values " + years + ": " + values.stream().map(BigDecimal::toPlainString).toList();
        if (values.size() == 2) {
            BigDecimal y2 = values.get(0);
            BigDecimal y3 = values.get(1);
            if (y2.signum() <= 0) {
                return MetricValue.notComputable("base year value not positive; " + note);
            }
            return MetricValue.of(new Ratio(y3.subtract(y2), y2), note);
        }
        BigDecimal y1 = values.get(0);
        BigDecimal y2 = values.get(1);
        BigDecimal y3 = values.get(2);
        if (y1.signum() <= 0 || y2.signum() <= 0) {
            return MetricValue.notComputable("base year value not positive; " + note);
        }
        // ½(y2/y1 + y3/y2) − 1 = (y2² + y1·y3 − 2·y1·y2) / (2·y1·y2)
        BigDecimal numerator = y2.multiply(y2).add(y1.multiply(y3)).subtract(TWO.multiply(y1).multiply(y2));
        return MetricValue.of(new Ratio(numerator, TWO.multiply(y1).multiply(y2)), note);
    }
}
