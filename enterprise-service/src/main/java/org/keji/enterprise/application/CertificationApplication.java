package org.keji.enterprise.application;

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
import org.keji.commons.problem.IllegalTransitionException;

/**
 * One application for a certification, a case (办件) under a tracking number from submission to the decision. Its
 * {@link CaseClock} counts the promised and the legal date in working days from submission; they move by the working
 * days spent waiting for a correction. Every state change is a method that refuses a move the current state does not
 * allow.
 */
@Entity
@Table(name = "certification_application")
public class CertificationApplication implements OpenCase {

    @Id
    private UUID id;

    @Column(name = "tracking_number", nullable = false, length = 30)
    private String trackingNumber;

    @Column(name = "matter_code", nullable = false, length = 40)
    private String matterCode;

    @Column(nullable = false, length = 18)
    private String uscc;

    @Column(name = "certification_type", nullable = false, length = 30)
    private String certificationType;

    @Column(nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ApplicationStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String materials;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "missing_materials", columnDefinition = "jsonb")
    private String missingMaterials;

    @Column(name = "eligibility_check_id")
    private UUID eligibilityCheckId;

    @Embedded
    private CaseClock clock;

    @Column(name = "publicity_from")
    private LocalDate publicityFrom;

    @Column(name = "publicity_to")
    private LocalDate publicityTo;

    @Column(name = "refusal_reason", length = 1000)
    private String refusalReason;

    @Column(name = "certification_id")
    private UUID certificationId;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected CertificationApplication() {
    }

    /** A submitted application, due within the type's limits counted from {@code today}. */
    public static CertificationApplication submit(String trackingNumber, String matterCode, String uscc,
            String certificationType, int year, String materialsJson, UUID eligibilityCheckId, LocalDate today,
            CaseLimits limits, WorkingDayCalendar calendar, String submittedBy, OffsetDateTime now) {
        CertificationApplication application = new CertificationApplication();
        application.id = UUID.randomUUID();
        application.trackingNumber = trackingNumber;
        application.matterCode = matterCode;
        application.uscc = uscc;
        application.certificationType = certificationType;
        application.year = year;
        application.status = ApplicationStatus.SUBMITTED;
        application.materials = materialsJson;
        application.eligibilityCheckId = eligibilityCheckId;
        application.clock = CaseClock.open(today, limits, calendar);
        application.submittedBy = submittedBy;
        application.createdAt = now;
        application.updatedAt = now;
        return application;
    }

    /** Formal review found materials missing (补正): the clock pauses from today. */
    public void requestCorrection(String missingMaterialsJson, LocalDate today, OffsetDateTime now) {
        require("request-correction", ApplicationStatus.SUBMITTED);
        this.missingMaterials = missingMaterialsJson;
        clock.pause(today);
        moveTo(ApplicationStatus.CORRECTION_REQUESTED, now);
    }

    /** The missing materials arrived: the clock runs again and both due dates move by the pause. */
    public void resubmit(String materialsJson, LocalDate today, WorkingDayCalendar calendar, OffsetDateTime now) {
        require("resubmit", ApplicationStatus.CORRECTION_REQUESTED);
        clock.resume(today, calendar);
        this.materials = materialsJson;
        moveTo(ApplicationStatus.SUBMITTED, now);
    }

    /** Formal review passed: on to the experts. */
    public void accept(OffsetDateTime now) {
        require("accept", ApplicationStatus.SUBMITTED);
        this.missingMaterials = null;
        moveTo(ApplicationStatus.EXPERT_REVIEW, now);
    }

    /** Checks that experts may be assigned or may review now. */
    public void requireExpertReview(String action) {
        require(action, ApplicationStatus.EXPERT_REVIEW);
    }

    /**
     * Publishes the proposed certification for {@code workingDays} working days from {@code from} (or the first
     * working day after it).
     */
    public void startPublicity(LocalDate from, int workingDays, WorkingDayCalendar calendar, OffsetDateTime now) {
        require("start-publicity", ApplicationStatus.EXPERT_REVIEW);
        LocalDate first = calendar.isWorkingDay(from) ? from : calendar.addWorkingDays(from, 1);
        this.publicityFrom = first;
        this.publicityTo = calendar.addWorkingDays(first, Math.max(workingDays - 1, 0));
        moveTo(ApplicationStatus.PUBLICITY, now);
    }

    /** Checks that objections may be raised or resolved now. */
    public void requirePublicity(String action) {
        require(action, ApplicationStatus.PUBLICITY);
    }

    /** Whether the publicity period is over on {@code today}. */
    public boolean publicityEndedBy(LocalDate today) {
        return publicityTo != null && today.isAfter(publicityTo);
    }

    public void certify(UUID certificationId, LocalDate today, WorkingDayCalendar calendar, OffsetDateTime now) {
        require("certify", ApplicationStatus.PUBLICITY);
        this.certificationId = certificationId;
        clock.close(today, calendar);
        moveTo(ApplicationStatus.CERTIFIED, now);
    }

    public void refuse(String reason, LocalDate today, WorkingDayCalendar calendar, OffsetDateTime now) {
        require("refuse", ApplicationStatus.SUBMITTED, ApplicationStatus.CORRECTION_REQUESTED,
                ApplicationStatus.EXPERT_REVIEW, ApplicationStatus.PUBLICITY);
        this.refusalReason = reason;
        clock.close(today, calendar);
        moveTo(ApplicationStatus.REFUSED, now);
    }

    public void withdraw(LocalDate today, WorkingDayCalendar calendar, OffsetDateTime now) {
        require("withdraw", ApplicationStatus.SUBMITTED, ApplicationStatus.CORRECTION_REQUESTED,
                ApplicationStatus.EXPERT_REVIEW);
        clock.close(today, calendar);
        moveTo(ApplicationStatus.WITHDRAWN, now);
    }

    private void require(String action, ApplicationStatus... allowed) {
        IllegalTransitionException.requireState("APPLICATION_ILLEGAL_TRANSITION", action, status, status.actions(), allowed);
    }

    private void moveTo(ApplicationStatus next, OffsetDateTime now) {
        this.status = next;
        this.updatedAt = now;
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

    public String certificationType() {
        return certificationType;
    }

    public int year() {
        return year;
    }

    public ApplicationStatus status() {
        return status;
    }

    public String materialsJson() {
        return materials;
    }

    public String missingMaterialsJson() {
        return missingMaterials;
    }

    public UUID eligibilityCheckId() {
        return eligibilityCheckId;
    }

    /** The case's name on every record and event. */
    public CaseReference reference() {
        return new CaseReference(trackingNumber, matterCode, uscc);
    }

    public CaseClock clock() {
        return clock;
    }

    public LocalDate publicityFrom() {
        return publicityFrom;
    }

    public LocalDate publicityTo() {
        return publicityTo;
    }

    /** The day of the decision or withdrawal. */
    public LocalDate decidedOn() {
        return clock.closedOn();
    }

    public String refusalReason() {
        return refusalReason;
    }

    public UUID certificationId() {
        return certificationId;
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
