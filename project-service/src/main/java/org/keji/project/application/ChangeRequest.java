package org.keji.project.application;

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

import org.keji.commons.problem.IllegalTransitionException;

/** A change an active project's undertaker asks for (变更申请), decided once by an officer. */
@Entity
@Table(name = "project_change_request")
public class ChangeRequest {

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChangeKind kind;

    @Column(nullable = false, length = 2000)
    private String reason;

    /** The contract end asked for by an extension. */
    @Column(name = "new_end")
    private LocalDate newEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChangeStatus status;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @Version
    private long version;

    protected ChangeRequest() {
    }

    public static ChangeRequest request(UUID applicationId, ChangeKind kind, String reason, LocalDate newEnd,
            String requestedBy, OffsetDateTime now) {
        ChangeRequest change = new ChangeRequest();
        change.id = UUID.randomUUID();
        change.applicationId = applicationId;
        change.kind = kind;
        change.reason = reason;
        change.newEnd = newEnd;
        change.status = ChangeStatus.PENDING;
        change.requestedBy = requestedBy;
        change.requestedAt = now;
        return change;
    }

    /** Decided once: approved or refused (409 {@code PROJECT_CHANGE_ILLEGAL_TRANSITION} when already decided). */
    public void decide(boolean approved, String reason, String decidedBy, OffsetDateTime now) {
        if (status != ChangeStatus.PENDING) {
            throw new IllegalTransitionException("PROJECT_CHANGE_ILLEGAL_TRANSITION", approved ? "approve" : "refuse",
                    status, List.of());
        }
        this.status = approved ? ChangeStatus.APPROVED : ChangeStatus.REFUSED;
        this.decisionReason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public ChangeKind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }

    public LocalDate newEnd() {
        return newEnd;
    }

    public ChangeStatus status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public OffsetDateTime requestedAt() {
        return requestedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }
}
