package org.keji.enterprise.application;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An expert assigned to review an application; only assigned experts see and review it. */
@Entity
@Table(name = "certification_application_expert")
public class ExpertAssignment {

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(name = "expert_id", nullable = false, length = 100)
    private String expertId;

    @Column(name = "assigned_by", nullable = false, length = 100)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private OffsetDateTime assignedAt;

    protected ExpertAssignment() {
    }

    public static ExpertAssignment of(UUID applicationId, String expertId, String assignedBy, OffsetDateTime now) {
        ExpertAssignment assignment = new ExpertAssignment();
        assignment.id = UUID.randomUUID();
        assignment.applicationId = applicationId;
        assignment.expertId = expertId;
        assignment.assignedBy = assignedBy;
        assignment.assignedAt = now;
        return assignment;
    }

    public String expertId() {
        return expertId;
    }

    public OffsetDateTime assignedAt() {
        return assignedAt;
    }
}
