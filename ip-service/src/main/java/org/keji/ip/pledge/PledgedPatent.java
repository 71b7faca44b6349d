package org.keji.ip.pledge;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One patent of a pledge, in the order requested, by canonical application number (as requested when it is not a
 * valid number). Active while the pledge is registered and not released; a unique index over the active rows keeps a
 * patent in one pledge at a time.
 */
@Entity
@Table(name = "patent_pledge_patent")
@IdClass(PledgedPatent.Key.class)
public class PledgedPatent {

    @Id
    @Column(name = "pledge_id")
    private UUID pledgeId;

    @Id
    @Column(name = "position")
    private short position;

    @Column(name = "application_number", nullable = false, length = 20)
    private String applicationNumber;

    @Column(nullable = false)
    private boolean active;

    protected PledgedPatent() {
    }

    public static PledgedPatent of(UUID pledgeId, int position, String applicationNumber) {
        PledgedPatent patent = new PledgedPatent();
        patent.pledgeId = pledgeId;
        patent.position = (short) position;
        patent.applicationNumber = applicationNumber;
        return patent;
    }

    public UUID pledgeId() {
        return pledgeId;
    }

    public int position() {
        return position;
    }

    public String applicationNumber() {
        return applicationNumber;
    }

    public boolean active() {
        return active;
    }

    /** The composite key. */
    public record Key(UUID pledgeId, short position) implements Serializable {
    }
}
