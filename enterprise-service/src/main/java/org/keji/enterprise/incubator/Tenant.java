package org.keji.enterprise.incubator;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.IllegalTransitionException;

/**
 * An enterprise incubating in an incubator (在孵企业): admitted as {@code INCUBATING}, then {@code GRADUATED} or
 * {@code MOVED_OUT}. Only an incubating tenant is assessed, paid seed funds, graduated or moved out.
 */
@Entity
@Table(name = "incubator_tenant")
public class Tenant {

    public static final String ASSESS = "assess";
    public static final String GRADUATE = "graduate";
    public static final String MOVE_OUT = "move-out";
    public static final String PAY_SEED_FUND = "pay-seed-fund";
    public static final String ILLEGAL_TRANSITION = "TENANT_ILLEGAL_TRANSITION";

    private static final List<String> INCUBATING_ACTIONS = List.of(ASSESS, GRADUATE, MOVE_OUT, PAY_SEED_FUND);

    @Id
    private UUID id;

    @Column(name = "incubator_id", nullable = false)
    private UUID incubatorId;

    @Column(nullable = false, length = 18)
    private String uscc;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "moved_in_on", nullable = false)
    private LocalDate movedInOn;

    @Column(name = "incubation_limit_months", nullable = false)
    private int incubationLimitMonths;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TenantStatus status;

    @Column(name = "move_out_deadline")
    private LocalDate moveOutDeadline;

    @Column(name = "graduated_on")
    private LocalDate graduatedOn;

    @Column(name = "moved_out_on")
    private LocalDate movedOutOn;

    @Column(name = "move_out_reason", length = 500)
    private String moveOutReason;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Tenant() {
    }

    public static Tenant admit(UUID incubatorId, String uscc, String name, LocalDate movedInOn,
            int incubationLimitMonths, OffsetDateTime now) {
        Tenant tenant = new Tenant();
        tenant.id = UUID.randomUUID();
        tenant.incubatorId = incubatorId;
        tenant.uscc = uscc;
        tenant.name = name;
        tenant.movedInOn = movedInOn;
        tenant.incubationLimitMonths = incubationLimitMonths;
        tenant.status = TenantStatus.INCUBATING;
        tenant.createdAt = now;
        tenant.updatedAt = now;
        return tenant;
    }

    /**
     * Records the effect of a yearly assessment: an unqualified (不合格) grade sets the move-out deadline. A deadline once
     * set is never pushed later by another unqualified year.
     */
    public void assess(AssessmentGrade grade, LocalDate assessedOn, int moveOutMonths, OffsetDateTime now) {
        requireIncubating(ASSESS);
        requireNotBeforeMoveIn(assessedOn);
        if (grade == AssessmentGrade.UNQUALIFIED) {
            LocalDate deadline = assessedOn.plusMonths(moveOutMonths);
            if (moveOutDeadline == null || deadline.isBefore(moveOutDeadline)) {
                moveOutDeadline = deadline;
            }
        }
        updatedAt = now;
    }

    public void graduate(LocalDate on, OffsetDateTime now) {
        requireIncubating(GRADUATE);
        requireNotBeforeMoveIn(on);
        status = TenantStatus.GRADUATED;
        graduatedOn = on;
        updatedAt = now;
    }

    public void moveOut(LocalDate on, String reason, OffsetDateTime now) {
        requireIncubating(MOVE_OUT);
        requireNotBeforeMoveIn(on);
        status = TenantStatus.MOVED_OUT;
        movedOutOn = on;
        moveOutReason = reason;
        updatedAt = now;
    }

    /** Seed funds go to incubating tenants only, and not before they moved in. */
    public void checkSeedFundPayment(LocalDate paidOn) {
        requireIncubating(PAY_SEED_FUND);
        requireNotBeforeMoveIn(paidOn);
    }

    /** The end of the incubation period: move-in date plus the limit in months. */
    public LocalDate incubationEndsOn() {
        return movedInOn.plusMonths(incubationLimitMonths);
    }

    /** Still incubating after the incubation period ended. */
    public boolean isOverdue(LocalDate today) {
        return status == TenantStatus.INCUBATING && today.isAfter(incubationEndsOn());
    }

    public List<String> allowedActions() {
        return status == TenantStatus.INCUBATING ? INCUBATING_ACTIONS : List.of();
    }

    private void requireIncubating(String action) {
        if (status != TenantStatus.INCUBATING) {
            throw new IllegalTransitionException(ILLEGAL_TRANSITION, action, status, allowedActions());
        }
    }

    private void requireNotBeforeMoveIn(LocalDate date) {
        if (date.isBefore(movedInOn)) {
            throw new BusinessRuleException("TENANT_DATE_BEFORE_MOVE_IN", date, movedInOn);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID incubatorId() {
        return incubatorId;
    }

    public String uscc() {
        return uscc;
    }

    public String name() {
        return name;
    }

    public LocalDate movedInOn() {
        return movedInOn;
    }

    public int incubationLimitMonths() {
        return incubationLimitMonths;
    }

    public TenantStatus status() {
        return status;
    }

    public LocalDate moveOutDeadline() {
        return moveOutDeadline;
    }

    public LocalDate graduatedOn() {
        return graduatedOn;
    }

    public LocalDate movedOutOn() {
        return movedOutOn;
    }

    public String moveOutReason() {
        return moveOutReason;
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
