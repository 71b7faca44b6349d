package org.keji.project.call;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.keji.commons.cases.CaseLimits;

/**
 * A call for proposals (申报指南 / 批次): who may apply (eligibility as data), with which materials, in which window,
 * within which budget. The window is {@code [opensAt, closesAt)}. {@code approvedAmount} is the budget ledger: it only
 * moves by conditional updates that keep it within {@code totalBudget} (never through this entity).
 */
@Entity
@Table(name = "project_call")
public class ProjectCall {

    @Id
    private UUID id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CallLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CallCategory category;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private int batch;

    @Column(nullable = false, length = 6)
    private String region;

    @Column(name = "opens_at", nullable = false)
    private OffsetDateTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private OffsetDateTime closesAt;

    @Column(name = "total_budget", nullable = false, precision = 18, scale = 2)
    private BigDecimal totalBudget;

    @Column(name = "approved_amount", nullable = false, precision = 18, scale = 2, insertable = false, updatable = false)
    private BigDecimal approvedAmount;

    @Column(name = "max_grant", nullable = false, precision = 18, scale = 2)
    private BigDecimal maxGrant;

    @Column(name = "experts_per_application", nullable = false)
    private int expertsPerApplication;

    /** JSON array of certification types (commons {@code CertificationType} names) the applicant must hold. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "required_certifications", nullable = false, columnDefinition = "jsonb")
    private String requiredCertifications;

    /** JSON array of GB/T 2260 prefixes the applicant's region must start with; empty = any region. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "eligible_regions", nullable = false, columnDefinition = "jsonb")
    private String eligibleRegions;

    /** Months the enterprise must have been registered on the day it submits; null = no minimum. */
    @Column(name = "min_registration_months")
    private Integer minRegistrationMonths;

    /** Whether a listed dishonesty or a major violation makes an enterprise ineligible. */
    @Column(name = "refuse_violations", nullable = false)
    private boolean refuseViolations;

    /** JSON array of {@code {kind, mayBeMissingAtAcceptance}}: the materials an application must reference. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "required_materials", nullable = false, columnDefinition = "jsonb")
    private String requiredMaterials;

    @Column(name = "matter_code", nullable = false, length = 40)
    private String matterCode;

    @Column(name = "promised_working_days", nullable = false)
    private int promisedWorkingDays;

    @Column(name = "legal_working_days", nullable = false)
    private int legalWorkingDays;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected ProjectCall() {
    }

    /** A new call; JSON arguments as the columns describe. */
    public static ProjectCall create(String code, String title, String description, CallLevel level,
            CallCategory category, int year, int batch, String region, OffsetDateTime opensAt,
            OffsetDateTime closesAt, BigDecimal totalBudget, BigDecimal maxGrant, int expertsPerApplication,
            String requiredCertificationsJson, String eligibleRegionsJson, Integer minRegistrationMonths,
            boolean refuseViolations, String requiredMaterialsJson, String matterCode, CaseLimits limits,
            String createdBy, OffsetDateTime now) {
        ProjectCall call = new ProjectCall();
        call.id = UUID.randomUUID();
        call.code = code;
        call.title = title;
        call.description = description;
        call.level = level;
        call.category = category;
        call.year = year;
        call.batch = batch;
        call.region = region;
        call.opensAt = opensAt;
        call.closesAt = closesAt;
        call.totalBudget = totalBudget;
        call.approvedAmount = BigDecimal.ZERO.setScale(2);
        call.maxGrant = maxGrant;
        call.expertsPerApplication = expertsPerApplication;
        call.requiredCertifications = requiredCertificationsJson;
        call.eligibleRegions = eligibleRegionsJson;
        call.minRegistrationMonths = minRegistrationMonths;
        call.refuseViolations = refuseViolations;
        call.requiredMaterials = requiredMaterialsJson;
        call.matterCode = matterCode;
        call.promisedWorkingDays = limits.promisedWorkingDays();
        call.legalWorkingDays = limits.legalWorkingDays();
        call.createdBy = createdBy;
        call.createdAt = now;
        call.updatedAt = now;
        return call;
    }

    /**
     * The terms of a call an officer sets (everything but its code, ledger and record keeping); JSON members as the
     * columns describe.
     */
    public record Terms(String title, String description, CallLevel level, CallCategory category, int year, int batch,
            String region, OffsetDateTime opensAt, OffsetDateTime closesAt, BigDecimal totalBudget, BigDecimal maxGrant,
            int expertsPerApplication, String requiredCertificationsJson, String eligibleRegionsJson,
            Integer minRegistrationMonths, boolean refuseViolations, String requiredMaterialsJson, String matterCode,
            CaseLimits limits) {
    }

    /** A new call with these terms. */
    public static ProjectCall create(String code, Terms terms, String createdBy, OffsetDateTime now) {
        return create(code, terms.title(), terms.description(), terms.level(), terms.category(), terms.year(),
                terms.batch(), terms.region(), terms.opensAt(), terms.closesAt(), terms.totalBudget(),
                terms.maxGrant(), terms.expertsPerApplication(), terms.requiredCertificationsJson(),
                terms.eligibleRegionsJson(), terms.minRegistrationMonths(), terms.refuseViolations(),
                terms.requiredMaterialsJson(), terms.matterCode(), terms.limits(), createdBy, now);
    }

    /** The terms as they stand. */
    public Terms terms() {
        return new Terms(title, description, level, category, year, batch, region, opensAt, closesAt, totalBudget,
                maxGrant, expertsPerApplication, requiredCertifications, eligibleRegions, minRegistrationMonths,
                refuseViolations, requiredMaterials, matterCode, limits());
    }

    /** Replaces the terms; the caller decides what may change when (see {@code CallService#update}). */
    public void update(Terms terms, OffsetDateTime now) {
        this.title = terms.title();
        this.description = terms.description();
        this.level = terms.level();
        this.category = terms.category();
        this.year = terms.year();
        this.batch = terms.batch();
        this.region = terms.region();
        this.opensAt = terms.opensAt();
        this.closesAt = terms.closesAt();
        this.totalBudget = terms.totalBudget();
        this.maxGrant = terms.maxGrant();
        this.expertsPerApplication = terms.expertsPerApplication();
        this.requiredCertifications = terms.requiredCertificationsJson();
        this.eligibleRegions = terms.eligibleRegionsJson();
        this.minRegistrationMonths = terms.minRegistrationMonths();
        this.refuseViolations = terms.refuseViolations();
        this.requiredMaterials = terms.requiredMaterialsJson();
        this.matterCode = terms.matterCode();
        this.promisedWorkingDays = terms.limits().promisedWorkingDays();
        this.legalWorkingDays = terms.limits().legalWorkingDays();
        this.updatedAt = now;
    }

    /** Where the call stands at {@code at}, from its window alone. */
    public CallStatus statusAt(OffsetDateTime at) {
        return CallStatus.of(opensAt, closesAt, at);
    }

    /** Whether applications may be submitted at {@code at}: inside {@code [opensAt, closesAt)}. */
    public boolean openAt(OffsetDateTime at) {
        return !at.isBefore(opensAt) && at.isBefore(closesAt);
    }

    /** The time limits of the call's matter, for the case clock of each application. */
    public CaseLimits limits() {
        return new CaseLimits(promisedWorkingDays, legalWorkingDays);
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public CallLevel level() {
        return level;
    }

    public CallCategory category() {
        return category;
    }

    public int year() {
        return year;
    }

    public int batch() {
        return batch;
    }

    public String region() {
        return region;
    }

    public OffsetDateTime opensAt() {
        return opensAt;
    }

    public OffsetDateTime closesAt() {
        return closesAt;
    }

    public BigDecimal totalBudget() {
        return totalBudget;
    }

    /** The budget ledger as loaded; read it again after a conditional update. */
    public BigDecimal approvedAmount() {
        return approvedAmount;
    }

    public BigDecimal maxGrant() {
        return maxGrant;
    }

    public int expertsPerApplication() {
        return expertsPerApplication;
    }

    public String requiredCertificationsJson() {
        return requiredCertifications;
    }

    public String eligibleRegionsJson() {
        return eligibleRegions;
    }

    public Integer minRegistrationMonths() {
        return minRegistrationMonths;
    }

    public boolean refuseViolations() {
        return refuseViolations;
    }

    public String requiredMaterialsJson() {
        return requiredMaterials;
    }

    public String matterCode() {
        return matterCode;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
