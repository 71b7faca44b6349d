package org.keji.enterprise.incubator;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The yearly assessment of a tenant (年度考核), one per tenant and year; never changed once recorded. */
@Entity
@Table(name = "incubator_tenant_assessment")
public class TenantAssessment {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @Column(nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssessmentGrade grade;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(length = 1000)
    private String remarks;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected TenantAssessment() {
    }

    public static TenantAssessment record(UUID tenantId, int year, AssessmentGrade grade, LocalDate assessedOn,
            String remarks, OffsetDateTime now) {
        TenantAssessment assessment = new TenantAssessment();
        assessment.id = UUID.randomUUID();
        assessment.tenantId = tenantId;
        assessment.year = year;
        assessment.grade = grade;
        assessment.assessedOn = assessedOn;
        assessment.remarks = remarks;
        assessment.createdAt = now;
        return assessment;
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public int year() {
        return year;
    }

    public AssessmentGrade grade() {
        return grade;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public String remarks() {
        return remarks;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
