package org.keji.enterprise.compliance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ViolationRepository implements PanacheRepositoryBase<Violation, UUID> {

    public List<Violation> listByUscc(String uscc) {
        return list("uscc", Sort.descending("occurredOn").and("id"), uscc);
    }

    /** Major violations of the given kinds that occurred between {@code from} and {@code to}, both included. */
    public long countMajor(String uscc, Collection<ViolationKind> kinds, LocalDate from, LocalDate to) {
        return count("uscc = ?1 and severity = ?2 and kind in ?3 and occurredOn between ?4 and ?5", uscc,
                ViolationSeverity.MAJOR, kinds, from, to);
    }

    /** Dishonesty listings in force on {@code asOf}: listed on or before it and not ended before it. */
    public long countListed(String uscc, LocalDate asOf) {
        return count("uscc = ?1 and kind = ?2 and occurredOn <= ?3 and (listedUntil is null or listedUntil >= ?3)",
                uscc, ViolationKind.DISHONESTY, asOf);
    }
}
