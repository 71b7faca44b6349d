package org.keji.enterprise.ipholding;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

/**
 * One holder of a patent and its share: a co-owned patent (共有专利) is held by each of its holders, and counts for each
 * in certification scoring. Changed only through its {@link IpHolding}.
 */
@Entity
@Table(name = "ip_holding_holder")
public class IpHolder {

    @EmbeddedId
    private IpHolderId id;

    @MapsId("applicationNumber")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_number")
    private IpHolding patent;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal share;

    @Column(name = "held_since")
    private LocalDate heldSince;

    protected IpHolder() {
    }

    IpHolder(IpHolding patent, String holderUscc, BigDecimal share, LocalDate heldSince) {
        this.id = new IpHolderId(patent.applicationNumber(), holderUscc);
        this.patent = patent;
        this.share = share;
        this.heldSince = heldSince;
    }

    void share(BigDecimal share) {
        this.share = share;
    }

    /** A holder known before since when it held the patent (its row came from a lapse) learns it from the grant. */
    void heldSinceUnlessKnown(LocalDate day) {
        if (heldSince == null) {
            heldSince = day;
        }
    }

    public String holderUscc() {
        return id.holderUscc();
    }

    public String applicationNumber() {
        return id.applicationNumber();
    }

    public IpHolding patent() {
        return patent;
    }

    public BigDecimal share() {
        return share;
    }

    /** Since when this holder holds it: the grant date, or the transfer date for a holder that acquired it. */
    public LocalDate heldSince() {
        return heldSince;
    }
}
