package org.keji.project.grant;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.keji.commons.problem.ConflictException;
import org.keji.commons.security.MakerChecker;

/**
 * The grant an officer proposes for an application in publicity (maker); a new proposal replaces it until another
 * officer confirms it (checker). Maker and checker differ, also by a CHECK of the table.
 */
@Entity
@Table(name = "project_grant_proposal")
public class GrantProposal {

    @Id
    @Column(name = "application_id")
    private UUID applicationId;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "proposed_by", nullable = false, length = 100)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private OffsetDateTime proposedAt;

    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Version
    private long version;

    protected GrantProposal() {
    }

    static GrantProposal of(UUID applicationId) {
        GrantProposal proposal = new GrantProposal();
        proposal.applicationId = applicationId;
        return proposal;
    }

    /** Replaces what was proposed so far. */
    void propose(BigDecimal amount, String reason, String by, OffsetDateTime now) {
        this.amount = amount;
        this.reason = reason;
        this.proposedBy = by;
        this.proposedAt = now;
    }

    /**
     * Confirmed by {@code by}.
     *
     * @throws ConflictException 409 {@code MAKER_CHECKER_VIOLATION} when {@code by} proposed it
     */
    void confirm(String by, OffsetDateTime now) {
        MakerChecker.requireOther(proposedBy, by);
        this.confirmedBy = by;
        this.confirmedAt = now;
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

    public String proposedBy() {
        return proposedBy;
    }

    public OffsetDateTime proposedAt() {
        return proposedAt;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public OffsetDateTime confirmedAt() {
        return confirmedAt;
    }
}
