package org.keji.project.expert;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One drawing (随机抽取) for an application, kept as evidence: the seed, how many experts were in the field, why the
 * others were excluded and how many candidates remained. Re-running the seed over the same pool gives the same experts.
 */
@Entity
@Table(name = "expert_draw")
public class ExpertDraw {

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    /** The application's region (officers' reach). */
    @Column(nullable = false, length = 6)
    private String region;

    @Column(nullable = false)
    private long seed;

    @Column(nullable = false)
    private int needed;

    @Column(name = "pool_size", nullable = false)
    private int poolSize;

    @Column(name = "candidate_count", nullable = false)
    private int candidateCount;

    @Column(name = "excluded_organisation", nullable = false)
    private int excludedOrganisation;

    @Column(name = "excluded_partner", nullable = false)
    private int excludedPartner;

    @Column(name = "excluded_conflict", nullable = false)
    private int excludedConflict;

    @Column(name = "excluded_unavailable", nullable = false)
    private int excludedUnavailable;

    @Column(name = "excluded_already_drawn", nullable = false)
    private int excludedAlreadyDrawn;

    /** The declined assignment this drawing replaces; null for the first drawing. */
    @Column
    private UUID replaces;

    @Column(name = "drawn_by", nullable = false, length = 100)
    private String drawnBy;

    @Column(name = "drawn_at", nullable = false)
    private OffsetDateTime drawnAt;

    protected ExpertDraw() {
    }

    public static ExpertDraw record(UUID applicationId, String region, long seed, ExpertLottery.Outcome outcome,
            UUID replaces, String drawnBy, OffsetDateTime now) {
        ExpertDraw draw = new ExpertDraw();
        draw.id = UUID.randomUUID();
        draw.applicationId = applicationId;
        draw.region = region;
        draw.seed = seed;
        draw.needed = outcome.needed();
        draw.poolSize = outcome.poolSize();
        draw.candidateCount = outcome.candidates();
        draw.excludedOrganisation = outcome.excludedOrganisation();
        draw.excludedPartner = outcome.excludedPartner();
        draw.excludedConflict = outcome.excludedConflict();
        draw.excludedUnavailable = outcome.excludedUnavailable();
        draw.excludedAlreadyDrawn = outcome.excludedAlreadyDrawn();
        draw.replaces = replaces;
        draw.drawnBy = drawnBy;
        draw.drawnAt = now;
        return draw;
    }

    public UUID id() {
        return id;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public String region() {
        return region;
    }

    public long seed() {
        return seed;
    }

    public int needed() {
        return needed;
    }

    public int poolSize() {
        return poolSize;
    }

    public int candidateCount() {
        return candidateCount;
    }

    public int excludedOrganisation() {
        return excludedOrganisation;
    }

    public int excludedPartner() {
        return excludedPartner;
    }

    public int excludedConflict() {
        return excludedConflict;
    }

    public int excludedUnavailable() {
        return excludedUnavailable;
    }

    public int excludedAlreadyDrawn() {
        return excludedAlreadyDrawn;
    }

    public UUID replaces() {
        return replaces;
    }

    public String drawnBy() {
        return drawnBy;
    }

    public OffsetDateTime drawnAt() {
        return drawnAt;
    }
}
