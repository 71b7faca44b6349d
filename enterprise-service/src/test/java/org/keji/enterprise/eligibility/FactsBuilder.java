package org.keji.enterprise.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.keji.commons.money.Money;
import org.keji.enterprise.figures.Figures;

/**
 * Fixtures: the facts of an evaluation for year 2026 on 2026-06-01. By default a research-intensive enterprise that
 * meets every computed HNTE condition: registered 2015, R&D 6 M over sales of 111 M (5.4 %), 15 % R&D staff, 65 %
 * high-tech revenue, net assets growing 25 % a year, sales 22.5 %.
 */
public final class FactsBuilder {

    private LocalDate registrationDate = LocalDate.of(2015, 3, 15);
    private LocalDate asOf = LocalDate.of(2026, 6, 1);
    private final TreeMap<Integer, Figures> figures = new TreeMap<>();
    private long classI = 1;
    private long classII = 3;
    private long majorViolationsPriorYear;
    private long majorViolationsSinceLastYear;
    private long listings;
    private long seriousResearchDishonesty;
    private final List<String> certifications = new ArrayList<>();

    private FactsBuilder() {
        year(2023, 90, 12, "30000000.00", "2000000.00", "20000000.00");
        year(2024, 95, 14, "36000000.00", "2000000.00", "25000000.00");
        year(2025, 100, 15, "45000000.00", "2000000.00", "31250000.00");
    }

    public static FactsBuilder aResearchIntensiveEnterprise() {
        return new FactsBuilder();
    }

    /**
     * Sets a year's figures: total revenue is sales + 1 M, high-tech revenue 65 % of the total, R&D in China 90 % of
     * R&D, total cost 80 % of sales, total assets twice the net assets (at least 1 M).
     */
    public FactsBuilder year(int year, int employees, int rdStaff, String sales, String rd, String netAssets) {
        Money salesRevenue = Money.of(sales);
        Money totalRevenue = salesRevenue.plus(Money.of("1000000.00"));
        Money net = Money.of(netAssets);
        Money rdExpense = Money.of(rd);
        figures.put(year, new Figures(year, employees, rdStaff, salesRevenue, totalRevenue,
                totalRevenue.times(new java.math.BigDecimal("0.65")), rdExpense,
                rdExpense.times(new java.math.BigDecimal("0.9")), salesRevenue.times(new java.math.BigDecimal("0.8")),
                net.isNegative() ? Money.of("1000000.00") : net.plus(net).plus(Money.of("1000000.00")), net));
        return this;
    }

    /** Replaces one year's figures as given. */
    public FactsBuilder figures(Figures f) {
        figures.put(f.year(), f);
        return this;
    }

    public Figures figuresOf(int year) {
        return figures.get(year);
    }

    public FactsBuilder without(int year) {
        figures.remove(year);
        return this;
    }

    public FactsBuilder registeredOn(LocalDate date) {
        this.registrationDate = date;
        return this;
    }

    public FactsBuilder asOf(LocalDate date) {
        this.asOf = date;
        return this;
    }

    public FactsBuilder ip(long classI, long classII) {
        this.classI = classI;
        this.classII = classII;
        return this;
    }

    public FactsBuilder majorViolations(long priorYear, long sinceLastYear) {
        this.majorViolationsPriorYear = priorYear;
        this.majorViolationsSinceLastYear = sinceLastYear;
        return this;
    }

    public FactsBuilder listings(long listings) {
        this.listings = listings;
        return this;
    }

    public FactsBuilder seriousResearchDishonesty(long sinceLastYear) {
        this.seriousResearchDishonesty = sinceLastYear;
        return this;
    }

    public FactsBuilder holding(String certificationType) {
        certifications.add(certificationType);
        return this;
    }

    public Facts build() {
        return new Facts("91350100M000100Y43", 2026, asOf, registrationDate, new ArrayList<>(figures.values()),
                classI, classII, majorViolationsPriorYear, majorViolationsSinceLastYear, listings, seriousResearchDishonesty,
                certifications);
    }
}
