package org.keji.enterprise.ipholding;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.keji.commons.event.ip.IpClass;
import org.keji.commons.event.ip.LapseReason;
import org.keji.commons.identifier.PatentType;

/**
 * A patent as enterprise-service knows it from ip events: who holds it, since when, and whether it is still in force.
 * One row per patent; a transfer moves the row to the new holder, so the replica answers "what does an enterprise hold
 * now", not who held what in the past. {@code revision} counts the events applied to the row, so a double application
 * shows.
 *
 * <p>
 * Events of one patent arrive in order, but each transition also works on a patent not seen before: it creates the row
 * from what its event carries (the type always, from the application number's type digit if need be).
 */
@Entity
@Table(name = "ip_holding")
public class IpHolding {

    @Id
    @Column(name = "application_number", length = 20)
    private String applicationNumber;

    @Column(name = "holder_uscc", nullable = false, length = 18)
    private String holderUscc;

    @Enumerated(EnumType.STRING)
    @Column(name = "patent_type", nullable = false, length = 20)
    private PatentType patentType;

    @Enumerated(EnumType.STRING)
    @Column(name = "ip_class", nullable = false, length = 8)
    private IpClass ipClass;

    @Column(length = 500)
    private String title;

    @Column(name = "granted_on")
    private LocalDate grantedOn;

    @Column(name = "grant_number", length = 16)
    private String grantNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private IpHoldingStatus status;

    @Column(name = "lapsed_on")
    private LocalDate lapsedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "lapse_reason", length = 20)
    private LapseReason lapseReason;

    @Column(name = "held_since")
    private LocalDate heldSince;

    @Column(nullable = false)
    private int revision;

    @Column(name = "last_event_id", nullable = false)
    private String lastEventId;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected IpHolding() {
    }

    /** A patent first seen in an event; in force until an event says otherwise. */
    static IpHolding of(String applicationNumber, PatentType patentType, String holderUscc) {
        IpHolding holding = new IpHolding();
        holding.applicationNumber = applicationNumber;
        holding.holderUscc = holderUscc;
        holding.type(patentType);
        holding.status = IpHoldingStatus.ACTIVE;
        return holding;
    }

    /**
     * The grant: its details, and the holder from the grant date. A row that a later event created first (a transfer
     * or a lapse that overtook the grant) keeps the holder and status that event set.
     */
    void granted(PatentType type, String title, LocalDate grantedOn, String grantNumber, String eventId,
            OffsetDateTime now) {
        type(type);
        this.title = title;
        this.grantedOn = grantedOn;
        this.grantNumber = grantNumber;
        if (heldSince == null) {
            heldSince = grantedOn;
        }
        applied(eventId, now);
    }

    /** The right ended: held until the day before {@code lapsedOn}, no longer from that day. */
    void lapsed(LocalDate lapsedOn, LapseReason reason, String eventId, OffsetDateTime now) {
        this.status = IpHoldingStatus.LAPSED;
        this.lapsedOn = lapsedOn;
        this.lapseReason = reason;
        applied(eventId, now);
    }

    /** The patent moves to the new holder, held by it from the transfer date. */
    void transferred(PatentType type, String title, String toUscc, LocalDate transferredOn, String eventId,
            OffsetDateTime now) {
        type(type);
        if (title != null) {
            this.title = title;
        }
        this.holderUscc = toUscc;
        this.heldSince = transferredOn;
        applied(eventId, now);
    }

    private void type(PatentType type) {
        this.patentType = type;
        this.ipClass = IpClass.of(type);
    }

    private void applied(String eventId, OffsetDateTime now) {
        this.lastEventId = eventId;
        this.updatedAt = now;
        this.revision++;
    }

    public String applicationNumber() {
        return applicationNumber;
    }

    public String holderUscc() {
        return holderUscc;
    }

    public PatentType patentType() {
        return patentType;
    }

    public IpClass ipClass() {
        return ipClass;
    }

    public String title() {
        return title;
    }

    public LocalDate grantedOn() {
        return grantedOn;
    }

    public String grantNumber() {
        return grantNumber;
    }

    public IpHoldingStatus status() {
        return status;
    }

    public LocalDate lapsedOn() {
        return lapsedOn;
    }

    public LapseReason lapseReason() {
        return lapseReason;
    }

    public LocalDate heldSince() {
        return heldSince;
    }

    public int revision() {
        return revision;
    }

    public String lastEventId() {
        return lastEventId;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
