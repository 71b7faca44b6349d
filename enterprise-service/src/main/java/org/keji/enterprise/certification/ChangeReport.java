package org.keji.enterprise.certification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A major change reported by the holder of a certificate (重大变化报告): due within three months of the change
 * (高新技术企业认定管理办法 第十八条); a change not reported in time is a ground for revocation.
 */
@Entity
@Table(name = "certification_change_report")
public class ChangeReport {

    /** Months within which a change is reported (第十八条: 三个月内). */
    public static final int DUE_MONTHS = 3;

    @Id
    private UUID id;

    @Column(name = "certification_id", nullable = false)
    private UUID certificationId;

    @Column(nullable = false, length = 18)
    private String uscc;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChangeKind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "reported_at", nullable = false)
    private OffsetDateTime reportedAt;

    @Column(name = "reported_by", nullable = false, length = 100)
    private String reportedBy;

    @Column(nullable = false)
    private boolean late;

    protected ChangeReport() {
    }

    /** The report is due three months after the change, the same day of the month or the month's last day. */
    public static LocalDate dueOn(LocalDate occurredOn) {
        return occurredOn.plusMonths(DUE_MONTHS);
    }

    /** Reported on {@code today}: late when that is after the due date. */
    public static ChangeReport report(Certification certification, ChangeKind kind, LocalDate occurredOn,
            String description, String reportedBy, LocalDate today, OffsetDateTime now) {
        ChangeReport report = new ChangeReport();
        report.id = UUID.randomUUID();
        report.certificationId = certification.id();
        report.uscc = certification.uscc();
        report.kind = kind;
        report.occurredOn = occurredOn;
        report.description = description;
        report.dueOn = dueOn(occurredOn);
        report.reportedAt = now;
        report.reportedBy = reportedBy;
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

    public ChangeKind kind() {
        return kind;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String description() {
        return description;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public OffsetDateTime reportedAt() {
        return reportedAt;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public boolean late() {
        return late;
    }
}
