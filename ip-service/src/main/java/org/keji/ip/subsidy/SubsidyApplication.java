package org.keji.ip.subsidy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.keji.commons.calendar.WorkingDayCalendar;
import org.keji.commons.cases.CaseClock;
import org.keji.commons.cases.CaseLimits;
import org.keji.commons.cases.CaseReference;
import org.keji.commons.cases.OpenCase;
import org.keji.commons.identifier.PatentType;
import org.keji.commons.money.Money;
import org.keji.commons.problem.IllegalTransitionException;
import org.keji.commons.security.MakerChecker;

/**
 * An application for a patent subsidy or grant reward under one policy (专利资助 / 授权奖励申请), a case under a tracking
 * number from submission to payment, refusal or withdrawal. Its {@link CaseClock} counts the policy's promised and legal
 * working days up to the payment and stands still while a correction is awaited. Every state change is a method that
 * refuses a move the state does not allow; the payment is recorded by someone other than the approver (maker-checker).
 */
@Entity
@Table(name = "patent_subsidy_application")
public class SubsidyApplication implements OpenCase {

    /** The partial unique index that keeps one live application per patent and policy. */
    public static final String ONCE_PER_PATENT = "patent_subsidy_application_once";

    @Id
    private UUID id;

    @Column(name = "tracking_number", nullable = false, length = 30)
    private String trackingNumber;

    @Column(name = "matter_code", nullable = false, length = 40)
    private String matterCode;

    @Column(name = "policy_id", nullable = false)
    private UUID policyId;

    @Column(nullable = false)
    private int year;

    @Column(name = "patent_id", nullable = false)
    private UUID patentId;

    @Column(name = "application_number", nullable = false, length = 14)
    private String applicationNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "patent_type", nullable = false, length = 20)
    private PatentType patentType;

    @Column(name = "applicant_uscc", nullable = false, length = 18)
    private String applicantUscc;

    @Column(nullable = false, length = 6)
    private String region;

    @Column(nullable = false, precision = 18, scale = 2)
    private Money amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private SubsidyStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String materials;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "missing_materials", columnDefinition = "jsonb")
    private String missingMaterials;

    @Column(name = "approved_amount", precision = 18, scale = 2)
    private Money approvedAmount;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "refusal_reasons", columnDefinition = "jsonb")
    private String refusalReasons;

    @Column(name = "paid_amount", precision = 18, scale = 2)
    private Money paidAmount;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "voucher_number", length = 50)
    private String voucherNumber;

    @Column(name = "paid_by", length = 100)
    private String paidBy;

    @Embedded
    private CaseClock clock;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected SubsidyApplication() {
    }

    /** What is applied for: under which policy, for which patent, by which holder, and how much. */
    public record Terms(UUID policyId, int year, String matterCode, CaseLimits limits, UUID patentId,
            String applicationNumber, PatentType patentType, String applicantUscc, String region, Money amount) {
    }

    /** A submitted application, due within the policy's limits counted from {@code today}. */
    public static SubsidyApplication submit(String trackingNumber, Terms terms, String materialsJson, LocalDate today,
            WorkingDayCalendar calendar, String submittedBy, OffsetDateTime now) {
        SubsidyApplication a = new SubsidyApplication();
        a.id = UUID.randomUUID();
        a.trackingNumber = trackingNumber;
        a.matterCode = terms.matterCode();
        a.policyId = terms.policyId();
        a.year = terms.year();
        a.patentId = terms.patentId();
        a.applicationNumber = terms.applicationNumber();
        a.patentType = terms.patentType();
        a.applicantUscc = terms.applicantUscc();
        a.region = terms.region();
        a.amount = terms.amount();
        a.status = SubsidyStatus.SUBMITTED;
        a.materials = materialsJson;
        a.clock = CaseClock.open(today, terms.limits(), calendar);
        a.submittedBy = submittedBy;
        a.createdAt = now;
        a.updatedAt = now;
        return a;
    }

    /** Review found materials missing (补正): the clock stands still from today. */
    public void requestCorrection(String missingMaterialsJson, LocalDate today, OffsetDateTime now) {
        require("request-correction", SubsidyStatus.SUBMITTED);
        this.missingMaterials = missingMaterialsJson;
        clock.pause(today);
        moveTo(SubsidyStatus.CORRECTION_REQUESTED, now);
    }

    /** Checks that the missing materials may be handed in now. */
    public void requireResubmittable() {
        require("resubmit", SubsidyStatus.CORRECTION_REQUESTED);
    }

    /** The missing materials arrived: the clock runs again and both due dates move by the pause. */
    public void resubmit(String materialsJson, LocalDate today, WorkingDayCalendar calendar, OffsetDateTime now) {
        requireResubmittable();
        clock.resume(today, calendar);
        this.materials = materialsJson;
        this.missingMaterials = null;
        moveTo(SubsidyStatus.SUBMITTED, now);
    }

    /** Checks that the application may be approved now. */
    public void requireApprovable() {
        require("approve", SubsidyStatus.SUBMITTED);
    }

    /** Approved for {@code approved} (at most the amount applied for, checked by the caller) by {@code approver}. */
    public void approve(Money approved, String approver, LocalDate today, OffsetDateTime now) {
        requireApprovable();
        this.approvedAmount = approved;
        this.approvedBy = approver;
        this.approvedOn = today;
        moveTo(SubsidyStatus.APPROVED, now);
    }

    /** Not subsidized, for the reasons given; the case closes and the patent is free under the policy again. */
    public void refuse(String reasonsJson, LocalDate today, WorkingDayCalendar calendar, OffsetDateTime now) {
        require("refuse", SubsidyStatus.SUBMITTED, SubsidyStatus.CORRECTION_REQUESTED);
        this.refusalReasons = reasonsJson;
        this.missingMaterials = null;
        clock.close(today, calendar);
        moveTo(SubsidyStatus.REFUSED, now);
    }

    /** Withdrawn by the applicant before a decision; the case closes and the patent is free under the policy again. */
    public void withdraw(LocalDate today, WorkingDayCalendar calendar, OffsetDateTime now) {
        require("withdraw", SubsidyStatus.SUBMITTED, SubsidyStatus.CORRECTION_REQUESTED);
        this.missingMaterials = null;
        clock.close(today, calendar);
        moveTo(SubsidyStatus.WITHDRAWN, now);
    }

    /** Checks that the payment may be recorded now, and by {@code payer}: never the approver (maker-checker). */
    public void requirePayable(String payer) {
        require("pay", SubsidyStatus.APPROVED);
        MakerChecker.requireOther(approvedBy, payer);
    }

    /** The approved amount was paid on {@code paidOn} under {@code voucher}; the case closes. */
    public void pay(String payer, LocalDate paidOn, String voucher, LocalDate today, WorkingDayCalendar calendar,
            OffsetDateTime now) {
        requirePayable(payer);
        this.paidAmount = approvedAmount;
        this.paidOn = paidOn;
        this.voucherNumber = voucher;
        this.paidBy = payer;
        clock.close(today, calendar);
        moveTo(SubsidyStatus.PAID, now);
    }

    private void require(String action, SubsidyStatus... allowed) {
        IllegalTransitionException.requireState("PATENT_SUBSIDY_ILLEGAL_TRANSITION", action, status, status.actions(), allowed);
    }

    private void moveTo(SubsidyStatus next, OffsetDateTime now) {
        this.status = next;
        this.updatedAt = now;
    }

    /** The case's name on every record and event. */
    public CaseReference reference() {
        return new CaseReference(trackingNumber, matterCode, applicantUscc);
    }

    public UUID id() {
        return id;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public String matterCode() {
        return matterCode;
    }

    public UUID policyId() {
        return policyId;
    }

    public int year() {
        return year;
    }

    public UUID patentId() {
        return patentId;
    }

    public String applicationNumber() {
        return applicationNumber;
    }

    public PatentType patentType() {
        return patentType;
    }

    public String applicantUscc() {
        return applicantUscc;
    }

    public String region() {
        return region;
    }

    public Money amount() {
        return amount;
    }

    public SubsidyStatus status() {
        return status;
    }

    public String materialsJson() {
        return materials;
    }

    public String missingMaterialsJson() {
        return missingMaterials;
    }

    public Money approvedAmount() {
        return approvedAmount;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }

    public String refusalReasonsJson() {
        return refusalReasons;
    }

    public Money paidAmount() {
        return paidAmount;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public String voucherNumber() {
        return voucherNumber;
    }

    public String paidBy() {
        return paidBy;
    }

    public CaseClock clock() {
        return clock;
    }

    public String submittedBy() {
        return submittedBy;
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
