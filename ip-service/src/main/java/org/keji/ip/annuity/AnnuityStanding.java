package org.keji.ip.annuity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Whether patents' annuities are paid up, from the standing cached on {@code patent} (V10: {@code paid_through_year} and
 * the first unpaid annuity's due date, generated from it and the grant). For the pledge check (DOMAIN.md: a pledge is
 * refused while an annuity is unpaid) and any later reader that needs the flag for many patents at once.
 */
@ApplicationScoped
public class AnnuityStanding {

    private final EntityManager entityManager;

    public AnnuityStanding(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The patents among {@code patentIds} that have an annuity due and unpaid on {@code day}: its due date is on or
     * before {@code day} and no payment of it is recorded. An annuity in its grace period counts (it is overdue for a
     * pledge even though the right has not ended yet); so does one whose grace ended. Patents not granted have no
     * annuity due. One query, by primary key; unknown ids are ignored.
     */
    @SuppressWarnings("unchecked")
    public Set<UUID> overdue(Collection<UUID> patentIds, LocalDate day) {
        if (patentIds.isEmpty()) {
            return Set.of();
        }
        List<UUID> ids = entityManager.createNativeQuery("""
                SELECT id FROM patent WHERE id IN (:ids) AND next_annuity_due_on <= :day""", UUID.class)
                .setParameter("ids", Set.copyOf(patentIds)).setParameter("day", day).getResultList();
        return new HashSet<>(ids);
    }

    /**
     * The year of the term (1, 2, …) that contains {@code day}: the n with {@code filing + (n − 1) years ≤ day <
     * filing + n years} ({@link LocalDate#plusYears}: 29 Feb → 28 Feb). The database function {@code patent_term_year}
     * (V10) is the same rule.
     */
    public static int termYearOn(LocalDate filingDate, LocalDate day) {
        int years = day.getYear() - filingDate.getYear();
        return filingDate.plusYears(years).isAfter(day) ? years : years + 1;
    }
}
