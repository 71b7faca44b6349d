package org.keji.project.evaluation;

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
import org.keji.project.application.ProjectApplication;
import org.keji.project.evaluation.dto.OutcomeReport;

/**
 * The performance evaluation (绩效评价) of one finished project: its outcome report, editable until an officer
 * confirms it with a grade. Only confirmed evaluations count in the statistics.
 */
@Entity
@Table(name = "project_evaluation")
public class ProjectEvaluation {

    static final String CONFIRMED = "PROJECT_EVALUATION_CONFIRMED";
    static final String VERIFIED = "PROJECT_EVALUATION_VERIFIED";

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(nullable = false, length = 18)
    private String uscc;

    @Column(nullable = false, length = 6)
    private String region;

    @Column(name = "call_id", nullable = false)
    private UUID callId;

    @Column(name = "sales_revenue", nullable = false, precision = 18, scale = 2)
    private Money salesRevenue;

    @Column(nullable = false, precision = 18, scale = 2)
    private Money profit;

    @Column(nullable = false, precision = 18, scale = 2)
    private Money tax;

    @Column(name = "foreign_exchange_usd", nullable = false, precision = 18, scale = 2)
    private Money foreignExchangeUsd;

    @Column(name = "new_jobs", nullable = false)
    private int newJobs;

    @Column(name = "trained_talents", nullable = false)
    private int trainedTalents;

    @Column(name = "patents_applied", nullable = false)
    private int patentsApplied;

    @Column(name = "invention_patents_applied", nullable = false)
    private int inventionPatentsApplied;

    @Column(name = "new_products", nullable = false)
    private int newProducts;

    @Column(name = "high_tech_products", nullable = false)
    private int highTechProducts;

    @Column(nullable = false)
    private int awards;

    @Column(name = "received_government_funds", nullable = false, precision = 18, scale = 2)
    private Money receivedGovernmentFunds;

    @Column(name = "received_self_raised_funds", nullable = false, precision = 18, scale = 2)
    private Money receivedSelfRaisedFunds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EvaluationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private EvaluationGrade grade;

    @Column(name = "grade_comment", length = 1000)
    private String comment;

    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    /** Last reported by an officer or an integration client: the undertaker's own report no longer replaces it. */
    @Column(nullable = false)
    private boolean verified;

    @Version
    private long version;

    protected ProjectEvaluation() {
    }

    /** A draft evaluation of {@code project} (its state checked by the caller). */
    public static ProjectEvaluation draft(ProjectApplication project, OutcomeReport report, String createdBy,
            boolean verified, OffsetDateTime now) {
        ProjectEvaluation evaluation = new ProjectEvaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.applicationId = project.id();
        evaluation.uscc = project.uscc();
        evaluation.region = project.region();
        evaluation.callId = project.callId();
        evaluation.status = EvaluationStatus.DRAFT;
        evaluation.createdBy = createdBy;
        evaluation.createdAt = now;
        evaluation.verified = verified;
        evaluation.report(report, now);
        return evaluation;
    }

    /**
     * Replaces the outcome report of a draft; {@code verified}: as an officer or an integration client reports it.
     *
     * @throws ConflictException 409 {@code PROJECT_EVALUATION_CONFIRMED} once confirmed; 409
     *         {@code PROJECT_EVALUATION_VERIFIED} when the undertaker would replace a verified report
     */
    public void update(OutcomeReport report, boolean verified, OffsetDateTime now) {
        requireDraft();
        if (this.verified && !verified) {
            throw new ConflictException(VERIFIED, id);
        }
        this.verified = verified;
        report(report, now);
    }

    /**
     * Confirmed by {@code officer} with {@code grade}.
     *
     * @throws ConflictException 409 {@code PROJECT_EVALUATION_CONFIRMED} if it already is
     */
    public void confirm(EvaluationGrade grade, String comment, String officer, OffsetDateTime now) {
        requireDraft();
        this.status = EvaluationStatus.CONFIRMED;
        this.grade = grade;
        this.comment = comment;
        this.confirmedBy = officer;
        this.confirmedAt = now;
        this.updatedAt = now;
    }

    private void requireDraft() {
        if (status != EvaluationStatus.DRAFT) {
            throw new ConflictException(CONFIRMED, id);
        }
    }

    private void report(OutcomeReport report, OffsetDateTime now) {
        this.salesRevenue = report.salesRevenue();
        this.profit = report.profit();
        this.tax = report.tax();
        this.foreignExchangeUsd = report.foreignExchangeUsd();
        this.newJobs = report.newJobs();
        this.trainedTalents = report.trainedTalents();
        this.patentsApplied = report.patentsApplied();
        this.inventionPatentsApplied = report.inventionPatentsApplied();
        this.newProducts = report.newProducts();
        this.highTechProducts = report.highTechProducts();
        this.awards = report.awards();
        this.receivedGovernmentFunds = report.receivedGovernmentFunds();
        this.receivedSelfRaisedFunds = report.receivedSelfRaisedFunds();
        this.updatedAt = now;
    }

    public OutcomeReport report() {
        return new OutcomeReport(salesRevenue, profit, tax, foreignExchangeUsd, newJobs, trainedTalents, patentsApplied,
                inventionPatentsApplied, newProducts, highTechProducts, awards, receivedGovernmentFunds,
                receivedSelfRaisedFunds);
    }

    public UUID id() {
        return id;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public String uscc() {
        return uscc;
    }

    public String region() {
        return region;
    }

    public UUID callId() {
        return callId;
    }

    public EvaluationStatus status() {
        return status;
    }

    public EvaluationGrade grade() {
        return grade;
    }

    public String comment() {
        return comment;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public OffsetDateTime confirmedAt() {
        return confirmedAt;
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

    public boolean verified() {
        return verified;
    }

    public long version() {
        return version;
    }
}
