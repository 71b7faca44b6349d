package org.keji.project.application;

import java.math.BigDecimal;
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
import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.IllegalTransitionException;

/**
 * A project application (项目申报), a case (办件) under its tracking number from submission; once approved the same row
 * is the project (项目) until it is closed. Its {@link CaseClock} runs from submission to the funding decision
 * (立项决定) and pauses while a correction is awaited. Every state change is a method that refuses a move the current
 * state does not allow (409 {@code PROJECT_ILLEGAL_TRANSITION} with the allowed actions).
 */
@Entity
@Table(name = "project_application")
public class ProjectApplication implements OpenCase {

    static final String ILLEGAL_TRANSITION = "PROJECT_ILLEGAL_TRANSITION";

    @Id
    private UUID id;

    @Column(name = "tracking_number", nullable = false, length = 30)
    private String trackingNumber;

    @Column(name = "matter_code", nullable = false, length = 40)
    private String matterCode;

    @Column(nullable = false, length = 18)
    private String uscc;

    /** The applicant's region (GB/T 2260) from the enterprise replica when the draft was made; officers' reach. */
    @Column(nullable = false, length = 6)
    private String region;

    @Column(name = "call_id", nullable = false)
    private UUID callId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String summary;

    /** The technical field experts are drawn by. */
    @Column(nullable = false, length = 40)
    private String field;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Industry industry;

    @Enumerated(EnumType.STRING)
    @Column(name = "undertaker_type", nullable = false, length = 20)
    private UndertakerType undertakerType;

    @Enumerated(EnumType.STRING)
    @Column(name = "technology_source", nullable = false, length = 30)
    private TechnologySource technologySource;

    /** JSON array of the partners' USCCs (合作单位); their people may not review the application. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String partners;

    @Column(name = "requested_amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal requestedAmount;

    @Column(name = "planned_government_funds", nullable = false, precision = 18, scale = 2)
    private BigDecimal plannedGovernmentFunds;

    @Column(name = "planned_self_raised_funds", nullable = false, precision = 18, scale = 2)
    private BigDecimal plannedSelfRaisedFunds;

    @Column(name = "planned_start", nullable = false)
    private LocalDate plannedStart;

    @Column(name = "planned_end", nullable = false)
    private LocalDate plannedEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProjectStatus status;

    /** JSON array of material references (commons {@code MaterialReferences}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String materials;

    /** JSON array of the material kinds missing: asked for by a correction, or accepted as missing (容缺). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "missing_materials", columnDefinition = "jsonb")
    private String missingMaterials;

    /** Null while a draft. */
    @Embedded
    private CaseClock clock;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "review_score", precision = 7, scale = 2)
    private BigDecimal reviewScore;

    @Column(name = "review_rank")
    private Integer reviewRank;

    @Column(name = "publicity_from")
    private LocalDate publicityFrom;

    @Column(name = "publicity_to")
    private LocalDate publicityTo;

    @Column(name = "grant_amount", precision = 18, scale = 2)
    private BigDecimal grantAmount;

    @Column(name = "contract_number", length = 40)
    private String contractNumber;

    @Column(name = "contract_signed_on")
    private LocalDate contractSignedOn;

    @Column(name = "contract_end")
    private LocalDate contractEnd;

    @Column(nullable = false)
    private boolean extended;

    @Column(name = "rectification_due_on")
    private LocalDate rectificationDueOn;

    @Column(name = "acceptance_requested_on")
    private LocalDate acceptanceRequestedOn;

    @Column(name = "acceptance_rectified", nullable = false)
    private boolean acceptanceRectified;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected ProjectApplication() {
    }

    /** The plan of a project as the applicant states it (draft and updates). */
    public record Plan(String title, String summary, String field, Industry industry, UndertakerType undertakerType,
            TechnologySource technologySource, String partnersJson, BigDecimal requestedAmount,
            BigDecimal plannedGovernmentFunds, BigDecimal plannedSelfRaisedFunds, LocalDate plannedStart,
            LocalDate plannedEnd, String materialsJson) {
    }

    /** A draft of {@code uscc} (in {@code region}) for a call; the tracking number is the case's from now on. */
    public static ProjectApplication draft(String trackingNumber, String matterCode, String uscc, String region,
            UUID callId, Plan plan, String createdBy, OffsetDateTime now) {
        ProjectApplication application = new ProjectApplication();
        application.id = UUID.randomUUID();
        application.trackingNumber = trackingNumber;
        application.matterCode = matterCode;
        application.uscc = uscc;
        application.region = region;
        application.callId = callId;
        application.status = ProjectStatus.DRAFT;
        application.createdBy = createdBy;
        application.createdAt = now;
        application.plan(plan, now);
        return application;
    }

    /** Replaces the plan of a draft. */
    public void update(Plan plan, OffsetDateTime now) {
        require("update", ProjectStatus.DRAFT);
        plan(plan, now);
    }

    private void plan(Plan plan, OffsetDateTime now) {
        this.title = plan.title();
        this.summary = plan.summary();
        this.field = plan.field();
        this.industry = plan.industry();
        this.undertakerType = plan.undertakerType();
        this.technologySource = plan.technologySource();
        this.partners = plan.partnersJson();
        this.requestedAmount = plan.requestedAmount();
        this.plannedGovernmentFunds = plan.plannedGovernmentFunds();
        this.plannedSelfRaisedFunds = plan.plannedSelfRaisedFunds();
        this.plannedStart = plan.plannedStart();
        this.plannedEnd = plan.plannedEnd();
        this.materials = plan.materialsJson();
        this.updatedAt = now;
    }

    /** Submitted inside the call's window (checked by the caller): the case clock starts {@code today}. */
    public void submit(LocalDate today, CaseLimits limits, WorkingDayCalendar calendar, OffsetDateTime now) {
        require("submit", ProjectStatus.DRAFT);
        this.clock = CaseClock.open(today, limits, calendar);
        this.submittedAt = now;
        moveTo(ProjectStatus.SUBMITTED, now);
    }

    /** Formal review found materials missing (补正): the clock pauses from today. */
    public void requestCorrection(String missingMaterialsJson, LocalDate today, OffsetDateTime now) {
        require("request-correction", ProjectStatus.SUBMITTED);
        this.missingMaterials = missingMaterialsJson;
        clock.pause(today);
        moveTo(ProjectStatus.CORRECTION_REQUESTED, now);
    }

    /** The missing materials arrived: the clock runs again and both due dates move by the pause. */
    public void resubmit(String materialsJson, LocalDate today, WorkingDayCalendar calendar, OffsetDateTime now) {
        require("resubmit", ProjectStatus.CORRECTION_REQUESTED);
        clock.resume(today, calendar);
        this.materials = materialsJson;
        this.missingMaterials = null;
        moveTo(ProjectStatus.SUBMITTED, now);
    }

    /**
     * Formal review passed: on to the experts. {@code missingMaterialsJson} lists the kinds accepted as missing (容缺,
     * only those the call allows; checked by the caller), or null.
     */
    public void accept(String missingMaterialsJson, OffsetDateTime now) {
        require("accept", ProjectStatus.SUBMITTED);
        this.missingMaterials = missingMaterialsJson;
        moveTo(ProjectStatus.EXPERT_REVIEW, now);
    }

    /** Formal review refused it (ineligible, or the correction did not come): the case ends. */
    public void refuse(String reason, LocalDate today, WorkingDayCalendar calendar, OffsetDateTime now) {
        require("refuse", ProjectStatus.SUBMITTED, ProjectStatus.CORRECTION_REQUESTED);
        this.decisionReason = reason;
        clock.close(today, calendar);
        moveTo(ProjectStatus.INELIGIBLE, now);
    }

    public void withdraw(LocalDate today, WorkingDayCalendar calendar, OffsetDateTime now) {
        require("withdraw", ProjectStatus.DRAFT, ProjectStatus.SUBMITTED, ProjectStatus.CORRECTION_REQUESTED,
                ProjectStatus.EXPERT_REVIEW);
        if (clock != null) {
            clock.close(today, calendar);
        }
        moveTo(ProjectStatus.WITHDRAWN, now);
    }

    /** Checks that experts may be drawn or may score now. */
    public void requireExpertReview(String action) {
        require(action, ProjectStatus.EXPERT_REVIEW);
    }

    /** The experts' average score and the application's place in its call (1 = best). */
    public void rank(BigDecimal score, int rank, OffsetDateTime now) {
        require("rank", ProjectStatus.EXPERT_REVIEW);
        this.reviewScore = score;
        this.reviewRank = rank;
        moveTo(ProjectStatus.RANKED, now);
    }

    /** The proposed list is published (公示) from {@code from} to {@code to}, both inclusive. */
    public void startPublicity(LocalDate from, LocalDate to, OffsetDateTime now) {
        require("start-publicity", ProjectStatus.RANKED);
        this.publicityFrom = from;
        this.publicityTo = to;
        moveTo(ProjectStatus.PUBLICITY, now);
    }

    /** Whether the publicity period is over on {@code today}. */
    public boolean publicityEndedBy(LocalDate today) {
        return publicityTo != null && today.isAfter(publicityTo);
    }

    /** Checks that the funding may be decided now (before a grant is reserved for it). */
    public void requirePublicity(String action) {
        require(action, ProjectStatus.PUBLICITY);
    }

    /** Funded with {@code grantAmount} (reserved in the call's budget by the caller): the case clock stops. */
    public void approve(BigDecimal grantAmount, LocalDate today, WorkingDayCalendar calendar, OffsetDateTime now) {
        require("approve", ProjectStatus.PUBLICITY);
        this.grantAmount = grantAmount;
        clock.close(today, calendar);
        moveTo(ProjectStatus.APPROVED, now);
    }

    public void notFund(String reason, LocalDate today, WorkingDayCalendar calendar, OffsetDateTime now) {
        require("not-fund", ProjectStatus.PUBLICITY);
        this.decisionReason = reason;
        clock.close(today, calendar);
        moveTo(ProjectStatus.NOT_FUNDED, now);
    }

    /** The task contract (任务书) is signed: the project runs until {@code contractEnd}. */
    public void signContract(String contractNumber, LocalDate signedOn, LocalDate contractEnd, OffsetDateTime now) {
        require("sign-contract", ProjectStatus.APPROVED);
        this.contractNumber = contractNumber;
        this.contractSignedOn = signedOn;
        this.contractEnd = contractEnd;
        moveTo(ProjectStatus.ACTIVE, now);
    }

    /** Checks that a project action that keeps the state (tranche, change, mid-term check) is allowed now. */
    public void requireActive(String action) {
        require(action, ProjectStatus.ACTIVE);
    }

    /** The mid-term check asks for rectification by {@code dueOn}. */
    public void rectify(LocalDate dueOn, OffsetDateTime now) {
        require("mid-term-check", ProjectStatus.ACTIVE);
        this.rectificationDueOn = dueOn;
        moveTo(ProjectStatus.RECTIFYING, now);
    }

    public void completeRectification(OffsetDateTime now) {
        require("complete-rectification", ProjectStatus.RECTIFYING);
        this.rectificationDueOn = null;
        moveTo(ProjectStatus.ACTIVE, now);
    }

    public void suspend(String reason, OffsetDateTime now) {
        require("suspend", ProjectStatus.ACTIVE, ProjectStatus.RECTIFYING);
        this.decisionReason = reason;
        moveTo(ProjectStatus.SUSPENDED, now);
    }

    public void resume(OffsetDateTime now) {
        require("resume", ProjectStatus.SUSPENDED);
        moveTo(ProjectStatus.ACTIVE, now);
    }

    /** Terminated (终止): what was paid is clawed back through claw-back records. */
    public void terminate(String reason, OffsetDateTime now) {
        require("terminate", ProjectStatus.ACTIVE, ProjectStatus.RECTIFYING, ProjectStatus.SUSPENDED);
        this.decisionReason = reason;
        moveTo(ProjectStatus.TERMINATED, now);
    }

    /**
     * The one extension (延期) a project may have: the contract end moves to {@code newEnd}, at most
     * {@code maxMonths} later.
     *
     * @throws BusinessRuleException 422 {@code PROJECT_ALREADY_EXTENDED} or {@code PROJECT_EXTENSION_TOO_LONG}
     */
    public void extend(LocalDate newEnd, int maxMonths, OffsetDateTime now) {
        requireExtensionTo(newEnd, maxMonths);
        this.extended = true;
        this.contractEnd = newEnd;
        this.updatedAt = now;
    }

    /**
     * Checks that the project may still be extended to {@code newEnd}: active, not extended yet, the new end after the
     * contract end and at most {@code maxMonths} later. Checked when the extension is asked for and again when approved.
     *
     * @throws BusinessRuleException 422 {@code PROJECT_ALREADY_EXTENDED} or {@code PROJECT_EXTENSION_TOO_LONG}
     */
    public void requireExtensionTo(LocalDate newEnd, int maxMonths) {
        require("changes", ProjectStatus.ACTIVE);
        if (extended) {
            throw new BusinessRuleException("PROJECT_ALREADY_EXTENDED", contractEnd);
        }
        if (!newEnd.isAfter(contractEnd) || newEnd.isAfter(contractEnd.plusMonths(maxMonths))) {
            throw new BusinessRuleException("PROJECT_EXTENSION_TOO_LONG", contractEnd, maxMonths);
        }
    }

    /**
     * Acceptance (验收) is requested on {@code today}, at the latest {@code windowMonths} after the contract end.
     *
     * @throws BusinessRuleException 422 {@code ACCEPTANCE_WINDOW_CLOSED} later than that
     */
    public void requestAcceptance(LocalDate today, int windowMonths, OffsetDateTime now) {
        require("request-acceptance", ProjectStatus.ACTIVE);
        if (today.isAfter(contractEnd.plusMonths(windowMonths))) {
            throw new BusinessRuleException("ACCEPTANCE_WINDOW_CLOSED", contractEnd, windowMonths);
        }
        this.acceptanceRequestedOn = today;
        moveTo(ProjectStatus.ACCEPTANCE_REQUESTED, now);
    }

    /** Passed: directly, or after the one rectification. */
    public void pass(OffsetDateTime now) {
        require("pass", ProjectStatus.ACCEPTANCE_REQUESTED, ProjectStatus.ACCEPTANCE_RECTIFICATION);
        ProjectStatus next = status == ProjectStatus.ACCEPTANCE_RECTIFICATION ? ProjectStatus.PASSED_AFTER_RECTIFICATION
                : ProjectStatus.PASSED;
        this.rectificationDueOn = null;
        moveTo(next, now);
    }

    /**
     * The one acceptance rectification, due by {@code dueOn}, at most {@code maxMonths} from {@code today}.
     *
     * @throws BusinessRuleException 422 {@code ACCEPTANCE_RECTIFICATION_TOO_LONG}
     */
    public void requireRectification(LocalDate dueOn, LocalDate today, int maxMonths, OffsetDateTime now) {
        require("require-rectification", ProjectStatus.ACCEPTANCE_REQUESTED);
        if (!dueOn.isAfter(today) || dueOn.isAfter(today.plusMonths(maxMonths))) {
            throw new BusinessRuleException("ACCEPTANCE_RECTIFICATION_TOO_LONG", maxMonths);
        }
        this.acceptanceRectified = true;
        this.rectificationDueOn = dueOn;
        moveTo(ProjectStatus.ACCEPTANCE_RECTIFICATION, now);
    }

    public void fail(String reason, OffsetDateTime now) {
        require("fail", ProjectStatus.ACCEPTANCE_REQUESTED, ProjectStatus.ACCEPTANCE_RECTIFICATION);
        this.decisionReason = reason;
        this.rectificationDueOn = null;
        moveTo(ProjectStatus.FAILED, now);
    }

    /** Checks that claw-backs may be recorded now (a terminated or failed project). */
    public void requireClawBack() {
        require("claw-backs", ProjectStatus.TERMINATED, ProjectStatus.FAILED);
    }

    /** The performance evaluation (绩效评价) is recorded. */
    public void evaluate(OffsetDateTime now) {
        require("evaluate", ProjectStatus.PASSED, ProjectStatus.PASSED_AFTER_RECTIFICATION, ProjectStatus.FAILED);
        moveTo(ProjectStatus.EVALUATED, now);
    }

    /** Closed (结题): the end of the case. */
    public void close(OffsetDateTime now) {
        require("close", ProjectStatus.EVALUATED, ProjectStatus.TERMINATED);
        moveTo(ProjectStatus.CLOSED, now);
    }

    /**
     * Counts both due dates of an open case again, e.g. once the calendar of a year they reach is loaded.
     *
     * @return whether a date or its provisional mark changed
     */
    @Override
    public boolean recomputeDueDates(WorkingDayCalendar calendar) {
        return clock != null && !clock.closed() && clock.recompute(calendar);
    }

    /** Refuses {@code action} unless the application is in one of {@code allowed} (409 with the allowed actions). */
    public void require(String action, ProjectStatus... allowed) {
        IllegalTransitionException.requireState(ILLEGAL_TRANSITION, action, status, status.actions(), allowed);
    }

    private void moveTo(ProjectStatus next, OffsetDateTime now) {
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

    public UUID callId() {
        return callId;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String field() {
        return field;
    }

    public Industry industry() {
        return industry;
    }

    public UndertakerType undertakerType() {
        return undertakerType;
    }

    public TechnologySource technologySource() {
        return technologySource;
    }

    public String partnersJson() {
        return partners;
    }

    public BigDecimal requestedAmount() {
        return requestedAmount;
    }

    public BigDecimal plannedGovernmentFunds() {
        return plannedGovernmentFunds;
    }

    public BigDecimal plannedSelfRaisedFunds() {
        return plannedSelfRaisedFunds;
    }

    public LocalDate plannedStart() {
        return plannedStart;
    }

    public LocalDate plannedEnd() {
        return plannedEnd;
    }

    public ProjectStatus status() {
        return status;
    }

    public String materialsJson() {
        return materials;
    }

    public String missingMaterialsJson() {
        return missingMaterials;
    }

    /** Null while a draft. */
    public CaseClock clock() {
        return clock;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public BigDecimal reviewScore() {
        return reviewScore;
    }

    public Integer reviewRank() {
        return reviewRank;
    }

    public LocalDate publicityFrom() {
        return publicityFrom;
    }

    public LocalDate publicityTo() {
        return publicityTo;
    }

    public BigDecimal grantAmount() {
        return grantAmount;
    }

    public String contractNumber() {
        return contractNumber;
    }

    public LocalDate contractSignedOn() {
        return contractSignedOn;
    }

    public LocalDate contractEnd() {
        return contractEnd;
    }

    public boolean extended() {
        return extended;
    }

    public LocalDate rectificationDueOn() {
        return rectificationDueOn;
    }

    public LocalDate acceptanceRequestedOn() {
        return acceptanceRequestedOn;
    }

    public boolean acceptanceRectified() {
        return acceptanceRectified;
    }

    public String decisionReason() {
        return decisionReason;
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
