package org.keji.enterprise.certification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The annual report (年度发展情况报表) of a certificate on one year, filed once. It is made of the yearly figures the bureau
 * already holds for that year, frozen as they were when filed, so a later correction of the figures does not rewrite
 * what was reported.
 */
@Entity
@Table(name = "certification_annual_report")
public class AnnualReport {

    @Id
    private UUID id;

    @Column(name = "certification_id", nullable = false)
    private UUID certificationId;

    @Column(nullable = false, length = 18)
    private String uscc;

    @Column(nullable = false)
    private int year;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String figures;

    @Column(name = "figures_version", nullable = false)
    private long figuresVersion;

    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    @Column(nullable = false)
    private boolean late;

    protected AnnualReport() {
    }

    /** Filed on {@code today}: late when that is after 31 May of the year after {@code year}. */
    public static AnnualReport file(Certification certification, int year, String figuresJson, long figuresVersion,
            String submittedBy, LocalDate today, OffsetDateTime now) {
        AnnualReport report = new AnnualReport();
        report.id = UUID.randomUUID();
        report.certificationId = certification.id();
        report.uscc = certification.uscc();
        report.year = year;
        report.dueOn = Certification.annualReportDueOn(year);
        report.figures = figuresJson;
        report.figuresVersion = figuresVersion;
        report.submittedAt = now;
        report.submittedBy = submittedBy;
        report.late = today.isAfter(report.dueOn);
        return report;
    }

    public UUID id() {
        return id;
    }

    public UUID certificationId() {
        return certificationId;
    }

    public String uscc() {
        return uscc;
    }

    public int year() {
        return year;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String figuresJson() {
        return figures;
    }

    public long figuresVersion() {
        return figuresVersion;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public boolean late() {
        return late;
    }
}
