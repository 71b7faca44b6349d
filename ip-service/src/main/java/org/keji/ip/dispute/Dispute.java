package org.keji.ip.dispute;

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
import org.keji.commons.cases.CaseReference;
import org.keji.commons.cases.OpenCase;
import org.keji.commons.problem.IllegalTransitionException;

/**
 * A patent dispute mediation or rights-protection assistance case (办件) from the request to its close. Its
 * {@link CaseClock} counts the whole case (decision + handling + closing); each step has its own due date as well
 * ({@link #stepDueOn}): the decision within the matter's working days of the request, the mediation within its working
 * days of the acceptance, the closing within its working days of the agreement or failure. Every state change is a
 * method that refuses a move the current state does not allow.
 */
@Entity
@Table(name = "ip_dispute")
public class Dispute implements OpenCase {

    @Id
    private UUID id;

    @Column(name = "tracking_number", nullable = false, length = 30)
    private String trackingNumber;

    @Column(name = "matter_code", nullable = false, length = 40)
    private String matterCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DisputeCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DisputeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DisputeStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private DisputeOutcome outcome;

    @Column(nullable = false, length = 6)
    private String region;

    @Column(nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "requester_type", nullable = false, length = 20)
    private RequesterType requesterType;

    @Column(name = "requester_uscc", length = 18)
    private String requesterUscc;

    @Column(name = "requester_name", nullable = false, length = 200)
    private String requesterName;

    @Column(name = "requester_id_number", length = 18)
    private String requesterIdNumber;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String respondents;

    @Column(name = "claim_summary", nullable = false, length = 4000)
    private String claimSummary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String evidence;

    @Column(name = "decision_limit", nullable = false)
    private int decisionLimit;

    @Column(name = "handling_promised_limit", nullable = false)
    private int handlingPromisedLimit;

    @Column(name = "handling_legal_limit", nullable = false)
    private int handlingLegalLimit;

    @Column(name = "closing_limit", nullable = false)
    private int closingLimit;

    @Column(name = "step_started_on", nullable = false)
    private LocalDate stepStartedOn;

    @Column(name = "step_due_on")
    private LocalDate stepDueOn;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "rejection_reason", length = 2000)
    private String rejectionReason;

    @Column(name = "failure_reason", length = 2000)
    private String failureReason;

    @Column(name = "agreement_material_id")
    private UUID agreementMaterialId;

    @Column(name = "agreement_terms", length = 4000)
    private String agreementTerms;

    @Embedded
    private CaseClock clock;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Dispute() {
    }

    /** The parties and the subject of a request, as the service checked them. */
    public record Request(DisputeCategory category, DisputeKind kind, String region, RequesterType requesterType,
            String requesterUscc, String requesterName, String requesterIdNumber, String respondentsJson,
            String claimSummary, String evidenceJson) {
    }

    /** A requested case, its decision due within the matter's working days of {@code today}. */
    public static Dispute request(String trackingNumber, DisputeMatter matter, Request request, LocalDate today,
            WorkingDayCalendar calendar, String requestedBy, OffsetDateTime now) {
        Dispute dispute = new Dispute();
        dispute.id = UUID.randomUUID();
        dispute.trackingNumber = trackingNumber;
        dispute.matterCode = matter.matterCode();
        dispute.category = request.category();
        dispute.kind = request.kind();
        dispute.status = DisputeStatus.REQUESTED;
        dispute.region = request.region();
        dispute.year = today.getYear();
        dispute.requesterType = request.requesterType();
        dispute.requesterUscc = request.requesterUscc();
        dispute.requesterName = request.requesterName();
        dispute.requesterIdNumber = request.requesterIdNumber();
        dispute.respondents = request.respondentsJson();
        dispute.claimSummary = request.claimSummary();
        dispute.evidence = request.evidenceJson();
        dispute.decisionLimit = matter.decisionWorkingDays();
        dispute.handlingPromisedLimit = matter.handlingPromisedDays();
        dispute.handlingLegalLimit = matter.handlingLegalDays();
        dispute.closingLimit = matter.closingWorkingDays();
        dispute.clock = CaseClock.open(today, matter.caseLimits(), calendar);
        dispute.startStep(today, dispute.decisionLimit, calendar);
        dispute.requestedBy = requestedBy;
        dispute.createdAt = now;
        dispute.updatedAt = now;
        return dispute;
    }

    /** 立案: the mediation (or assistance) is due within its working days from today. */
    public void accept(LocalDate today, WorkingDayCalendar calendar, OffsetDateTime now) {
        require("accept", DisputeStatus.REQUESTED);
        this.acceptedOn = today;
        startStep(today, handlingPromisedLimit, calendar);
        moveTo(DisputeStatus.ACCEPTED, now);
    }

    /** 不予受理: the case ends. */
    public void reject(String reason, LocalDate today, WorkingDayCalendar calendar, OffsetDateTime now) {
        require("reject", DisputeStatus.REQUESTED);
        this.rejectionReason = reason;
        end(DisputeStatus.REJECTED, DisputeOutcome.REJECTED, today, calendar, now);
    }

    /** A mediation session may be recorded now; the first one moves an accepted case to MEDIATING. */
    public void recordSession(OffsetDateTime now) {
        require("mediation-sessions", DisputeStatus.ACCEPTED, DisputeStatus.MEDIATING);
        if (status == DisputeStatus.ACCEPTED) {
            moveTo(DisputeStatus.MEDIATING, now);
        }
    }

    /** Checks that an agreement may be recorded now, before its material is looked up. */
    public void requireMediating(String action) {
        require(action, DisputeStatus.MEDIATING);
    }

    public void agree(UUID materialId, String terms, LocalDate today, WorkingDayCalendar calendar,
            OffsetDateTime now) {
        require("agreement", DisputeStatus.MEDIATING);
        this.agreementMaterialId = materialId;
        this.agreementTerms = terms;
        this.endedOn = today;
        this.outcome = DisputeOutcome.AGREEMENT;
        startStep(today, closingLimit, calendar);
        moveTo(DisputeStatus.AGREEMENT, now);
    }

    public void fail(String reason, LocalDate today, WorkingDayCalendar calendar, OffsetDateTime now) {
        require("fail", DisputeStatus.MEDIATING);
        this.failureReason = reason;
        this.endedOn = today;
        this.outcome = DisputeOutcome.FAILED;
        startStep(today, closingLimit, calendar);
        moveTo(DisputeStatus.FAILED, now);
    }

    /** 结案 after an agreement or a failed mediation; the outcome stays. */
    public void close(LocalDate today, WorkingDayCalendar calendar, OffsetDateTime now) {
        require("close", DisputeStatus.AGREEMENT, DisputeStatus.FAILED);
        end(DisputeStatus.CLOSED, outcome, today, calendar, now);
    }

    /** The requester withdraws before an agreement or a failure. */
    public void withdraw(LocalDate today, WorkingDayCalendar calendar, OffsetDateTime now) {
        require("withdraw", DisputeStatus.REQUESTED, DisputeStatus.ACCEPTED, DisputeStatus.MEDIATING);
        end(DisputeStatus.WITHDRAWN, DisputeOutcome.WITHDRAWN, today, calendar, now);
    }

    private void end(DisputeStatus next, DisputeOutcome how, LocalDate today, WorkingDayCalendar calendar,
            OffsetDateTime now) {
        this.outcome = how;
        this.stepStartedOn = today;
        this.stepDueOn = null;
        clock.close(today, calendar);
        moveTo(next, now);
    }

    private void startStep(LocalDate today, int workingDays, WorkingDayCalendar calendar) {
        this.stepStartedOn = today;
        this.stepDueOn = calendar.addWorkingDays(today, workingDays);
    }

    private void require(String action, DisputeStatus... allowed) {
        IllegalTransitionException.requireState("DISPUTE_ILLEGAL_TRANSITION", action, status, status.actions(), allowed);
    }

    private void moveTo(DisputeStatus next, OffsetDateTime now) {
        this.status = next;
        this.updatedAt = now;
    }

    /**
     * Counts the due dates of an open case again from the same starts, e.g. once the calendar of a year they reach is
     * loaded.
     *
     * @return whether a date or a provisional mark changed
     */
    @Override
    public boolean recomputeDueDates(WorkingDayCalendar calendar) {
        boolean changed = clock.recompute(calendar);
        if (stepDueOn != null) {
            LocalDate recounted = calendar.addWorkingDays(stepStartedOn, switch (status) {
                case REQUESTED -> decisionLimit;
                case ACCEPTED, MEDIATING -> handlingPromisedLimit;
                default -> closingLimit;
            });
            changed |= !recounted.equals(stepDueOn);
            stepDueOn = recounted;
        }
        return changed;
    }

    /** Whether the current step's due date is missed as of {@code today}; never for an ended case. */
    public boolean stepOverdue(LocalDate today) {
        return stepDueOn != null && today.isAfter(stepDueOn);
    }

    /** The legal last day of the mediation, once accepted. */
    public LocalDate handlingLegalDueOn(WorkingDayCalendar calendar) {
        return acceptedOn == null ? null : calendar.addWorkingDays(acceptedOn, handlingLegalLimit);
    }

    /** The case's name on every record and event; a person's case carries no enterprise code (an empty one). */
    public CaseReference reference() {
        return new CaseReference(trackingNumber, matterCode, requesterUscc == null ? "" : requesterUscc);
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

    public DisputeCategory category() {
        return category;
    }

    public DisputeKind kind() {
        return kind;
    }

    public DisputeStatus status() {
        return status;
    }

    public DisputeOutcome outcome() {
        return outcome;
    }

    public String region() {
        return region;
    }

    public int year() {
        return year;
    }

    public RequesterType requesterType() {
        return requesterType;
    }

    public String requesterUscc() {
        return requesterUscc;
    }

    public String requesterName() {
        return requesterName;
    }

    public String requesterIdNumber() {
        return requesterIdNumber;
    }

    public String respondentsJson() {
        return respondents;
    }

    public String claimSummary() {
        return claimSummary;
    }

    public String evidenceJson() {
        return evidence;
    }

    public LocalDate stepStartedOn() {
        return stepStartedOn;
    }

    public LocalDate stepDueOn() {
        return stepDueOn;
    }

    public LocalDate acceptedOn() {
        return acceptedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public String failureReason() {
        return failureReason;
    }

    public UUID agreementMaterialId() {
        return agreementMaterialId;
    }

    public String agreementTerms() {
        return agreementTerms;
    }

    public CaseClock clock() {
        return clock;
    }

    public String requestedBy() {
        return requestedBy;
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
