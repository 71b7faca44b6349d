package org.keji.enterprise.ipholding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import org.keji.commons.event.ip.IpClass;
import org.keji.commons.event.ip.LapseReason;
import org.keji.commons.event.ip.PatentHolderShare;
import org.keji.commons.identifier.PatentType;

/**
 * A patent as enterprise-service knows it from ip events: who holds it with which share, since when, and whether it is
 * still in force. One row per patent, one {@link IpHolder} per holder: a co-owned patent is held by each co-holder. A
 * transfer replaces the holder set, so the replica answers "what does an enterprise hold now", not who held what in the
 * past. {@code revision} counts the events applied to the row, so a double application shows.
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

    @OneToMany(mappedBy = "patent", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<IpHolder> holders = new ArrayList<>();

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

    @Column(name = "restored_on")
    private LocalDate restoredOn;

    @Column(nullable = false)
    private int revision;

    @Column(name = "last_event_id", nullable = false)
    private String lastEventId;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected IpHolding() {
    }

    /** A patent first seen in an event, with no holder yet; in force until an event says otherwise. */
    static IpHolding of(String applicationNumber, PatentType patentType) {
        IpHolding holding = new IpHolding();
        holding.applicationNumber = applicationNumber;
        holding.type(patentType);
        holding.status = IpHoldingStatus.ACTIVE;
        return holding;
    }

    /**
     * The grant: its details, and its holders from the grant date. A row that a later event created first (a transfer
     * or a lapse that overtook the grant) keeps the holders and status that event set; a holder it knew without a
     * start date holds it from the grant.
     */
    void granted(PatentType type, String title, LocalDate grantedOn, String grantNumber,
            List<PatentHolderShare> grantees, String eventId, OffsetDateTime now) {
        type(type);
        this.title = title;
        this.grantedOn = grantedOn;
        this.grantNumber = grantNumber;
        if (holders.isEmpty()) {
            grantees.forEach(g -> holders.add(new IpHolder(this, g.uscc(), g.share(), grantedOn)));
        } else {
            holders.forEach(h -> h.heldSinceUnlessKnown(grantedOn));
        }
        applied(eventId, now);
    }

    /**
     * The right ended: held until the day before {@code lapsedOn}, no longer from that day. A patent first seen in its
     * lapse gets the lapse's holders, with no start date: it never counts.
     */
    void lapsed(LocalDate lapsedOn, LapseReason reason, List<PatentHolderShare> lastHolders, String eventId,
            OffsetDateTime now) {
        this.status = IpHoldingStatus.LAPSED;
        this.lapsedOn = lapsedOn;
        this.lapseReason = reason;
        this.restoredOn = null;
        if (holders.isEmpty()) {
            lastHolders.forEach(g -> holders.add(new IpHolder(this, g.uscc(), g.share(), null)));
        }
        applied(eventId, now);
    }

    /**
     * A restoration (恢复权利) undoes a lapse for an unpaid annuity only: the right counts as never ended, so the holders
     * count again on every day from their start, the days of the lapse included. Any other lapse is final (term,
     * abandonment, invalidation cannot be restored), and a patent in force has nothing to undo: the event is recorded
     * as applied and changes nothing else, since ip-service restores only what it knows as annuity-lapsed and the
     * replica keeps what ip-service said before.
     *
     * @return whether the patent is in force again because of this event
     */
    boolean restored(LocalDate restoredOn, List<PatentHolderShare> restoredHolders, String eventId,
            OffsetDateTime now) {
        boolean undone = status == IpHoldingStatus.LAPSED && lapseReason == LapseReason.ANNUITY_UNPAID;
        if (undone) {
            this.status = IpHoldingStatus.ACTIVE;
            this.lapsedOn = null;
            this.lapseReason = null;
            this.restoredOn = restoredOn;
        }
        if (holders.isEmpty()) {
            // a patent first seen in its restoration: held, but since when is unknown until its grant arrives
            restoredHolders.forEach(g -> holders.add(new IpHolder(this, g.uscc(), g.share(), null)));
        }
        applied(eventId, now);
        return undone;
    }

    /**
     * The patent moves to the new holder set from {@code transferredOn}: a holder that stays keeps its start date and
     * takes its new share, a new holder holds it from the transfer date, a holder missing from the set no longer holds
     * it. Changed in place, so a holder that stays keeps its row.
     */
    void transferred(PatentType type, String title, List<PatentHolderShare> toHolders, LocalDate transferredOn,
            String eventId, OffsetDateTime now) {
        type(type);
        if (title != null) {
            this.title = title;
        }
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        toHolders.forEach(h -> shares.put(h.uscc(), h.share()));
        holders.removeIf(h -> !shares.containsKey(h.holderUscc()));
        for (IpHolder holder : holders) {
            holder.share(shares.remove(holder.holderUscc()));
        }
        shares.forEach((uscc, share) -> holders.add(new IpHolder(this, uscc, share, transferredOn)));
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

    /** The holders now, in no particular order. */
    public List<IpHolder> holders() {
        return Collections.unmodifiableList(holders);
    }

    /** The holder set as the contracts write it. */
    public Set<String> holderUsccs() {
        return holders.stream().map(IpHolder::holderUscc).collect(Collectors.toSet());
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

    /** The day a restoration undid the last lapse for an unpaid annuity; null when none did. */
    public LocalDate restoredOn() {
        return restoredOn;
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
