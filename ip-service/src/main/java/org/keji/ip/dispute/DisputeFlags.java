package org.keji.ip.dispute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * What the pledge check (and any other check in this service) asks of disputes, one query each: which patents an open
 * OWNERSHIP dispute concerns, and which a court preservation order holds on a day. A patent not in the answer is not
 * flagged. Numbers are canonical application numbers.
 */
@ApplicationScoped
public class DisputeFlags {

    private final EntityManager entityManager;

    public DisputeFlags(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The tracking numbers of the OWNERSHIP disputes accepted and not yet closed ({@link DisputeStatus#OPEN_ACCEPTED})
     * of each given patent that has any.
     */
    public Map<String, List<String>> openOwnershipDisputes(Collection<String> applicationNumbers) {
        if (applicationNumbers.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT p.application_number, d.tracking_number "
                + "FROM ip_dispute_patent p JOIN ip_dispute d ON d.id = p.dispute_id "
                + "WHERE p.application_number IN (:numbers) AND d.kind = 'OWNERSHIP' AND d.status IN (:open) "
                + "ORDER BY p.application_number, d.tracking_number")
                .setParameter("numbers", applicationNumbers)
                .setParameter("open", DisputeStatus.OPEN_ACCEPTED.stream().map(Enum::name).toList())
                .getResultList();
        return grouped(rows);
    }

    /** The order numbers of the court preservation orders in force on {@code day} of each given patent that has any. */
    public Map<String, List<String>> preservedOn(Collection<String> applicationNumbers, LocalDate day) {
        if (applicationNumbers.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT p.application_number, v.order_number "
                + "FROM ip_patent_preservation_patent p JOIN ip_patent_preservation v ON v.id = p.preservation_id "
                + "WHERE p.application_number IN (:numbers) AND v.effective_from <= :day AND v.effective_until >= :day "
                + "AND (v.lifted_on IS NULL OR v.lifted_on > :day) "
                + "ORDER BY p.application_number, v.order_number")
                .setParameter("numbers", applicationNumbers).setParameter("day", day).getResultList();
        return grouped(rows);
    }

    private static Map<String, List<String>> grouped(List<Object[]> rows) {
        Map<String, List<String>> flags = new TreeMap<>();
        rows.forEach(row -> flags.computeIfAbsent((String) row[0], n -> new ArrayList<>()).add((String) row[1]));
        return flags;
    }
}
