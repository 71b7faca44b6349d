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
 * A claw-back (追回) of paid funds of a terminated or failed project: demanded by one officer (maker), the money's
 * receipt recorded by another (checker).
 */
@Entity
@Table(name = "project_claw_back")
public class ClawBack {

    static final String ILLEGAL_TRANSITION = "GRANT_CLAW_BACK_ILLEGAL_TRANSITION";

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClawBackStatus status;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "voucher_number", length = 50)
    private String voucherNumber;

    @Column(name = "received_by", length = 100)
    private String receivedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected ClawBack() {
    }

    static ClawBack demand(UUID applicationId, BigDecimal amount, String reason, LocalDate dueOn, String by,
            OffsetDateTime now) {
        ClawBack clawBack = new ClawBack();
        clawBack.id = UUID.randomUUID();
        clawBack.applicationId = applicationId;
        clawBack.amount = amount;
        clawBack.reason = reason;
        clawBack.dueOn = dueOn;
        clawBack.status = ClawBackStatus.DEMANDED;
        clawBack.recordedBy = by;
        clawBack.recordedAt = now;
        clawBack.updatedAt = now;
        return clawBack;
    }

    /** The money came back, as {@code by} records it: never the officer that demanded it (409). */
    void receive(LocalDate receivedOn, String voucherNumber, String by, OffsetDateTime now) {
        if (status != ClawBackStatus.DEMANDED) {
            throw new IllegalTransitionException(ILLEGAL_TRANSITION, "confirm", status, status.actions());
        }
        MakerChecker.requireOther(recordedBy, by);
        this.receivedOn = receivedOn;
        this.voucherNumber = voucherNumber;
        this.receivedBy = by;
        this.status = ClawBackStatus.RECEIVED;
        this.updatedAt = now;
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

    public String reason() {
        return reason;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public ClawBackStatus status() {
        return status;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public String voucherNumber() {
        return voucherNumber;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
