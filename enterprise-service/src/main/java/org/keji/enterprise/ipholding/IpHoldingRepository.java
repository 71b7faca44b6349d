package org.keji.enterprise.ipholding;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.event.ip.IpClass;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class IpHoldingRepository implements PanacheRepositoryBase<IpHolding, String> {

    /**
     * The number of patents of {@code ipClass} that {@code uscc} holds on {@code asOf}: held since that day or before,
     * and not lapsed on or before it (a patent lapsed on {@code asOf} no longer counts). One SQL count over the
     * {@code (holder_uscc, status, ip_class)} index; no row is loaded. A patent transferred away no longer counts for
     * the previous holder on any day, since the replica keeps only the current holder.
     */
    public long countHeld(String uscc, IpClass ipClass, LocalDate asOf) {
        Objects.requireNonNull(uscc, "uscc");
        Objects.requireNonNull(ipClass, "ipClass");
        Objects.requireNonNull(asOf, "asOf");
        return count("holderUscc = ?1 and ipClass = ?2 and heldSince <= ?3 and (lapsedOn is null or lapsedOn > ?3)",
                uscc, ipClass, asOf);
    }
}
