package org.keji.project.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.keji.commons.problem.IllegalTransitionException;
import org.keji.commons.security.MakerChecker;

/**
 * A tranche (拨付批次) of a project's grant: scheduled by one officer (maker), paid as recorded by another (checker), or
 * cancelled before payment. Its amount counts against the grant from scheduling (see {@link FundsLedger}).
 */
@Entity
@Table(name = "project_tranche")
public class Tranche {

    static final String ILLEGAL_TRANSITION = "GRANT_TRANCHE_ILLEGAL_TRANSITION";

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 500)
    private String purpose;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TrancheStatus status;

    @Column(name = "scheduled_by", nullable = false, length = 100)
    private String scheduledBy;

    @Column(name = "scheduled_at", nullable = false)
    private OffsetDateTime scheduledAt;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "voucher_number", length = 50)
    private String voucherNumber;

    @Column(name = "paid_by", length = 100)
    private String paidBy;

    @Column(name = "cancelled_by", length = 100)
    private String cancelledBy;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Tranche() {
    }

    static Tranche schedule(UUID applicationId, BigDecimal amount, String purpose, LocalDate plannedOn, String by,
            OffsetDateTime now) {
        Tranche tranche = new Tranche();
        tranche.id = UUID.randomUUID();
        tranche.applicationId = applicationId;
        tranche.amount = amount;
        tranche.purpose = purpose;
        tranche.plannedOn = plannedOn;
        tranche.status = TrancheStatus.SCHEDULED;
        tranche.scheduledBy = by;
        tranche.scheduledAt = now;
        tranche.updatedAt = now;
        return tranche;
    }

    /** Paid as {@code by} records it, never the officer that scheduled it (409 {@code MAKER_CHECKER_VIOLATION}). */
    void pay(LocalDate paidOn, String voucherNumber, String by, OffsetDateTime now) {
        requireScheduled("pay");
        MakerChecker.requireOther(scheduledBy, by);
        this.paidOn = paidOn;
        this.voucherNumber = voucherNumber;
        this.paidBy = by;
        this.status = TrancheStatus.PAID;
        this.updatedAt = now;
    }

    void cancel(String reason, String by, OffsetDateTime now) {
        requireScheduled("cancel");
        this.cancelReason = reason;
        this.cancelledBy = by;
        this.status = TrancheStatus.CANCELLED;
        this.updatedAt = now;
    }

    private void requireScheduled(String action) {
        if (status != TrancheStatus.SCHEDULED) {
            throw new IllegalTransitionException(ILLEGAL_TRANSITION, action, status, status.actions());
        }
    }

    public UUID id() {
        return id;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String purpose() {
        return purpose;
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public TrancheStatus status() {
        return status;
    }

    public String scheduledBy() {
        return scheduledBy;
    }

    public OffsetDateTime scheduledAt() {
        return scheduledAt;
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

    public String cancelledBy() {
        return cancelledBy;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
