package org.keji.project.award;

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
import org.keji.commons.money.Money;
import org.keji.commons.problem.IllegalTransitionException;
import org.keji.commons.security.MakerChecker;

/**
 * A nomination for the science and technology progress award (科技进步奖提名), a case under its tracking number from
 * nomination to payment, refusal (not awarded) or withdrawal. Its {@link CaseClock} counts the award matter's promised
 * and legal working days up to the payment. Every state change is a method that refuses a move the state does not
 * allow (409 {@code AWARD_NOMINATION_ILLEGAL_TRANSITION} with the allowed actions); the payment is recorded by someone
 * other than the officer who decided (maker-checker).
 */
@Entity
@Table(name = "award_nomination")
public class Nomination implements OpenCase {

    @Id
    private UUID id;

    @Column(name = "tracking_number", nullable = false, length = 30)
    private String trackingNumber;

    @Column(name = "matter_code", nullable = false, length = 40)
    private String matterCode;

    @Column(nullable = false, length = 18)
    private String uscc;

    @Column(nullable = false, length = 6)
    private String region;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominated_grade", nullable = false, length = 10)
    private AwardGrade nominatedGrade;

    /** JSON array of the members (name, resident ID number, role in the work). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String members;

    /** JSON array of material references (name, material id). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String materials;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NominationStatus status;

    @Column(name = "grade_id")
    private UUID gradeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "awarded_grade", length = 10)
    private AwardGrade awardedGrade;

    @Column(precision = 18, scale = 2)
    private Money amount;

    @Column(name = "not_awarded_reason", length = 1000)
    private String notAwardedReason;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

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

    protected Nomination() {
    }

    /** What is nominated: which enterprise (and its region), for which year, what achievement, at which grade. */
    public record Terms(String matterCode, CaseLimits limits, String uscc, String region, int year, String title,
            String summary, AwardGrade nominatedGrade, String membersJson, String materialsJson) {
    }

    /** A nomination, due within the matter's limits counted from {@code today}. */
    public static Nomination nominate(String trackingNumber, Terms terms, LocalDate today, WorkingDayCalendar calendar,
            String submittedBy, OffsetDateTime now) {
        Nomination n = new Nomination();
        n.id = UUID.randomUUID();
        n.trackingNumber = trackingNumber;
        n.matterCode = terms.matterCode();
        n.uscc = terms.uscc();
        n.region = terms.region();
        n.year = terms.year();
        n.title = terms.title();
        n.summary = terms.summary();
        n.nominatedGrade = terms.nominatedGrade();
        n.members = terms.membersJson();
        n.materials = terms.materialsJson();
        n.status = NominationStatus.NOMINATED;
        n.clock = CaseClock.open(today, terms.limits(), calendar);
        n.submittedBy = submittedBy;
        n.createdAt = now;
        n.updatedAt = now;
        return n;
    }

    /** Formal review passed: the nomination goes to the review committee (评审). */
    public void review(OffsetDateTime now) {
        require("review", NominationStatus.NOMINATED);
        moveTo(NominationStatus.UNDER_REVIEW, now);
    }

    /** Checks that the nomination may be decided now. */
    public void requireDecidable() {
        require("decide", NominationStatus.UNDER_REVIEW);
    }

    /**
     * Awarded {@code grade}, whose row of the nomination's year ({@code gradeId}) fixed {@code amount}; the decider is
     * recorded, who may not record the payment.
     */
    public void award(AwardGrade grade, UUID gradeId, Money amount, String decider, LocalDate today,
            OffsetDateTime now) {
        requireDecidable();
        this.awardedGrade = grade;
        this.gradeId = gradeId;
        this.amount = amount;
        this.decidedBy = decider;
        this.decidedOn = today;
        moveTo(NominationStatus.AWARDED, now);
    }

    /** Not awarded, for the reason given; the case closes. */
    public void notAward(String reason, String decider, LocalDate today, WorkingDayCalendar calendar,
            OffsetDateTime now) {
        requireDecidable();
        this.notAwardedReason = reason;
        this.decidedBy = decider;
        this.decidedOn = today;
        clock.close(today, calendar);
        moveTo(NominationStatus.NOT_AWARDED, now);
    }

    /** Withdrawn by the enterprise (or on its behalf) before the decision; the case closes. */
    public void withdraw(LocalDate today, WorkingDayCalendar calendar, OffsetDateTime now) {
        require("withdraw", NominationStatus.NOMINATED, NominationStatus.UNDER_REVIEW);
        clock.close(today, calendar);
        moveTo(NominationStatus.WITHDRAWN, now);
    }

    /** Checks that the payment may be recorded now, and by {@code payer}: never the decider (maker-checker). */
    public void requirePayable(String payer) {
        require("pay", NominationStatus.AWARDED);
        MakerChecker.requireOther(decidedBy, payer);
    }

    /** The award's amount was paid on {@code paidOn} under {@code voucher}; the case closes. */
    public void pay(String payer, LocalDate paidOn, String voucher, LocalDate today, WorkingDayCalendar calendar,
            OffsetDateTime now) {
        requirePayable(payer);
        this.paidAmount = amount;
        this.paidOn = paidOn;
        this.voucherNumber = voucher;
        this.paidBy = payer;
        clock.close(today, calendar);
        moveTo(NominationStatus.PAID, now);
    }

    private void require(String action, NominationStatus... allowed) {
        IllegalTransitionException.requireState("AWARD_NOMINATION_ILLEGAL_TRANSITION", action, status, status.actions(),
                allowed);
    }

    private void moveTo(NominationStatus next, OffsetDateTime now) {
        this.status = next;
        this.updatedAt = now;
    }

    /** The case's name on every record and event. */
    public CaseReference reference() {
        return new CaseReference(trackingNumber, matterCode, uscc);
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

    public String uscc() {
        return uscc;
    }

    public String region() {
        return region;
    }

    public int year() {
        return year;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public AwardGrade nominatedGrade() {
        return nominatedGrade;
    }

    public String membersJson() {
        return members;
    }

    public String materialsJson() {
        return materials;
    }

    public NominationStatus status() {
        return status;
    }

    public UUID gradeId() {
        return gradeId;
    }

    public AwardGrade awardedGrade() {
        return awardedGrade;
    }

    public Money amount() {
        return amount;
    }

    public String notAwardedReason() {
        return notAwardedReason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public LocalDate decidedOn() {
        return decidedOn;
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
