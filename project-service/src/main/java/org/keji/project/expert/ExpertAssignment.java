package org.keji.project.expert;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.keji.commons.problem.IllegalTransitionException;

/**
 * An expert drawn for an application: it declares first whether it has a conflict of interest (回避声明), then scores
 * the application against the call category's criteria once. A conflict declines the assignment and lets an officer
 * draw a replacement.
 */
@Entity
@Table(name = "expert_assignment")
public class ExpertAssignment {

    static final String ILLEGAL_TRANSITION = "EXPERT_ASSIGNMENT_ILLEGAL_TRANSITION";

    @Id
    private UUID id;

    @Column(name = "draw_id", nullable = false)
    private UUID drawId;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(name = "expert_id", nullable = false)
    private UUID expertId;

    /** Its place in the drawing's order (1 = drawn first). */
    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssignmentStatus status;

    @Column(name = "conflict_reason", length = 1000)
    private String conflictReason;

    @Column(name = "declared_at")
    private OffsetDateTime declaredAt;

    /** The assignment drawn in place of this declined one. */
    @Column(name = "replaced_by")
    private UUID replacedBy;

    /** JSON array of {@code {criterion, weight, score}}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String scores;

    @Column(name = "weighted_total", precision = 9, scale = 4)
    private BigDecimal weightedTotal;

    @Column(length = 2000)
    private String comment;

    @Column(name = "scored_at")
    private OffsetDateTime scoredAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected ExpertAssignment() {
    }

    public static ExpertAssignment drawn(UUID drawId, UUID applicationId, UUID expertId, int position,
            OffsetDateTime now) {
        ExpertAssignment assignment = new ExpertAssignment();
        assignment.id = UUID.randomUUID();
        assignment.drawId = drawId;
        assignment.applicationId = applicationId;
        assignment.expertId = expertId;
        assignment.position = position;
        assignment.status = AssignmentStatus.ASSIGNED;
        assignment.createdAt = now;
        return assignment;
    }

    /** The declaration of interest: a conflict declines the assignment, none lets the expert score. */
    public void declare(boolean conflict, String reason, OffsetDateTime now) {
        require("declaration", AssignmentStatus.ASSIGNED);
        this.conflictReason = reason;
        this.declaredAt = now;
        this.status = conflict ? AssignmentStatus.DECLINED : AssignmentStatus.ACCEPTED;
    }

    /** The expert's scores and their weighted total (already computed exactly). */
    public void score(String scoresJson, BigDecimal weightedTotal, String comment, OffsetDateTime now) {
        require("scores", AssignmentStatus.ACCEPTED);
        this.scores = scoresJson;
        this.weightedTotal = weightedTotal;
        this.comment = comment;
        this.scoredAt = now;
        this.status = AssignmentStatus.SCORED;
    }

    /** Checks that a replacement may be drawn for this assignment: declined and not yet replaced. */
    public void requireReplaceable() {
        if (status != AssignmentStatus.DECLINED || replacedBy != null) {
            throw new IllegalTransitionException(ILLEGAL_TRANSITION, "replace", status,
                    replacedBy == null ? status.actions() : java.util.List.of());
        }
    }

    public void replacedBy(UUID replacement) {
        requireReplaceable();
        this.replacedBy = replacement;
    }

    private void require(String action, AssignmentStatus allowed) {
        if (status != allowed) {
            throw new IllegalTransitionException(ILLEGAL_TRANSITION, action, status, status.actions());
        }
    }

    public UUID id() {
        return id;
    }

    public UUID drawId() {
        return drawId;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public UUID expertId() {
        return expertId;
    }

    public int position() {
        return position;
    }

    public AssignmentStatus status() {
        return status;
    }

    public String conflictReason() {
        return conflictReason;
    }

    public OffsetDateTime declaredAt() {
        return declaredAt;
    }

    public UUID replacedBy() {
        return replacedBy;
    }

    public String scoresJson() {
        return scores;
    }

    public BigDecimal weightedTotal() {
        return weightedTotal;
    }

    public String comment() {
        return comment;
    }

    public OffsetDateTime scoredAt() {
        return scoredAt;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
