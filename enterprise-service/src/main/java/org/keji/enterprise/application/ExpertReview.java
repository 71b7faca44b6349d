package org.keji.enterprise.application;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One assigned expert's review of an application: points for the expert-scored items and an opinion. */
@Entity
@Table(name = "expert_review")
public class ExpertReview {

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(name = "expert_id", nullable = false, length = 100)
    private String expertId;

    /** Points by score-item code, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String scores;

    @Column(nullable = false, length = 4000)
    private String opinion;

    @Column(nullable = false)
    private boolean recommended;

    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    protected ExpertReview() {
    }

    public static ExpertReview of(UUID applicationId, String expertId, String scoresJson, String opinion,
            boolean recommended, OffsetDateTime now) {
        ExpertReview review = new ExpertReview();
        review.id = UUID.randomUUID();
        review.applicationId = applicationId;
        review.expertId = expertId;
        review.scores = scoresJson;
        review.opinion = opinion;
        review.recommended = recommended;
        review.submittedAt = now;
        return review;
    }

    public UUID id() {
        return id;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public String expertId() {
        return expertId;
    }

    public String scoresJson() {
        return scores;
    }

    public String opinion() {
        return opinion;
    }

    public boolean recommended() {
        return recommended;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }
}
