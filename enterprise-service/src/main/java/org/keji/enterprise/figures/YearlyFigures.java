package org.keji.enterprise.figures;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.keji.commons.money.Money;
import org.keji.commons.problem.ConflictException;

/**
 * The figures of one enterprise for one year (年度数据), as reported by the enterprise, an officer or another
 * government system. A new report for the same year replaces the old one as a whole.
 */
@Entity
@Table(name = "enterprise_figures")
public class YearlyFigures {

    @Id
    private UUID id;

    @Column(nullable = false, length = 18)
    private String uscc;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private int employees;

    @Column(name = "rd_staff", nullable = false)
    private int rdStaff;

    @Column(name = "sales_revenue", nullable = false)
    private Money salesRevenue;

    @Column(name = "total_revenue", nullable = false)
    private Money totalRevenue;

    @Column(name = "high_tech_revenue", nullable = false)
    private Money highTechRevenue;

    @Column(name = "rd_expense", nullable = false)
    private Money rdExpense;

    @Column(name = "domestic_rd_expense", nullable = false)
    private Money domesticRdExpense;

    @Column(name = "total_cost", nullable = false)
    private Money totalCost;

    @Column(name = "total_assets", nullable = false)
    private Money totalAssets;

    @Column(name = "net_assets", nullable = false)
    private Money netAssets;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FiguresSource source;

    @Column(name = "reported_by", nullable = false, length = 100)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private OffsetDateTime reportedAt;

    @Version
    private long version;

    protected YearlyFigures() {
    }

    public static YearlyFigures of(String uscc, int year) {
        YearlyFigures figures = new YearlyFigures();
        figures.id = UUID.randomUUID();
        figures.uscc = uscc;
        figures.year = year;
        return figures;
    }

    /**
     * Replaces every figure, and who reported them. Figures entered by an officer or another government system are
     * verified: the enterprise's own report never replaces them ({@code 409 FIGURES_VERIFIED}).
     */
    public void replace(Figures figures, FiguresSource source, String reportedBy, OffsetDateTime now) {
        if (this.source != null && this.source.verified() && !source.verified()) {
            throw new ConflictException("FIGURES_VERIFIED", uscc, year, this.source.name());
        }
        this.employees = figures.employees();
        this.rdStaff = figures.rdStaff();
        this.salesRevenue = figures.salesRevenue();
        this.totalRevenue = figures.totalRevenue();
        this.highTechRevenue = figures.highTechRevenue();
        this.rdExpense = figures.rdExpense();
        this.domesticRdExpense = figures.domesticRdExpense();
        this.totalCost = figures.totalCost();
        this.totalAssets = figures.totalAssets();
        this.netAssets = figures.netAssets();
        this.source = source;
        this.reportedBy = reportedBy;
        this.reportedAt = now;
    }

    /** The figures alone, as the rules read them. */
    public Figures figures() {
        return new Figures(year, employees, rdStaff, salesRevenue, totalRevenue, highTechRevenue, rdExpense,
                domesticRdExpense, totalCost, totalAssets, netAssets);
    }

    public String uscc() {
        return uscc;
    }

    public int year() {
        return year;
    }

    public FiguresSource source() {
        return source;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public OffsetDateTime reportedAt() {
        return reportedAt;
    }

    public long version() {
        return version;
    }
}
