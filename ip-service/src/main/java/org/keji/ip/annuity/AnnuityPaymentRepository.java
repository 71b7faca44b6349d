package org.keji.ip.annuity;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.identifier.PatentType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * Annuity payments, and the annuity standing of a patent kept on its row (V10). The patent aggregate writes its own
 * columns through its entity; this repository reads them and writes only {@code paid_through_year}.
 */
@ApplicationScoped
public class AnnuityPaymentRepository implements PanacheRepositoryBase<AnnuityPayment, UUID> {

    private static final String FACTS = """
            SELECT p.id, p.application_number, p.patent_type, p.filing_date, p.region, p.status, p.lapse_reason,
                p.granted_on, p.lapse_notice_on, p.term_ends_on, p.paid_through_year, p.next_annuity_due_on,
                (SELECT string_agg(h.uscc, ',' ORDER BY h.position) FROM patent_holder h WHERE h.patent_id = p.id),
                (SELECT max(e.effective_date) FROM patent_legal_event e WHERE e.patent_id = p.id AND e.kind = 'RESTORED')
            FROM patent p WHERE p.id = :id""";

    /** The payments of one patent, by year. */
    public List<AnnuityPayment> listByPatent(UUID patentId) {
        return list("patentId", Sort.by("termYear"), patentId);
    }

    /** The patent's annuity facts; empty when no such patent. */
    public Optional<PatentAnnuityFacts> facts(UUID patentId) {
        return facts(patentId, "");
    }

    /**
     * The patent's annuity facts with its row locked until the transaction ends, so that a payment and the lapse job
     * (which skips locked rows) never decide on the same patent at once.
     */
    public Optional<PatentAnnuityFacts> factsForUpdate(UUID patentId) {
        return facts(patentId, " FOR UPDATE OF p");
    }

    /** Moves the patent's paid-through year; its next due date and grace end follow (generated columns). */
    public void paidThrough(UUID patentId, int termYear) {
        getEntityManager().createNativeQuery("UPDATE patent SET paid_through_year = :year WHERE id = :id")
                .setParameter("year", (short) termYear).setParameter("id", patentId).executeUpdate();
    }

    /**
     * Up to {@code limit} granted patents within their term whose first unpaid annuity's grace ended before
     * {@code today}, locked; rows another transaction holds are skipped (its replica handles them). Index
     * {@code patent_annuity_grace}. A patent restored after that grace ended is left alone: CNIPA restored it with that
     * year's annuity paid, whether or not the payment is recorded yet.
     */
    @SuppressWarnings("unchecked")
    public List<LapseCandidate> claimGraceEnded(LocalDate today, int limit) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT id, patent_term_year(filing_date, next_annuity_due_on), next_annuity_due_on,
                    next_annuity_grace_ends_on
                FROM patent
                WHERE status = 'GRANTED' AND next_annuity_grace_ends_on < :today AND term_ends_on > :today
                  AND NOT EXISTS (SELECT 1 FROM patent_legal_event e WHERE e.patent_id = patent.id
                                  AND e.kind = 'RESTORED' AND e.effective_date > patent.next_annuity_grace_ends_on)
                ORDER BY next_annuity_grace_ends_on, id LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .setParameter("today", today).setParameter("limit", limit).getResultList();
        return rows.stream().map(row -> new LapseCandidate((UUID) row[0], ((Number) row[1]).intValue(),
                localDate(row[2]), localDate(row[3])))
                .toList();
    }

    /** A patent to lapse: its first unpaid annuity's year, due date and grace end. */
    public record LapseCandidate(UUID patentId, int termYear, LocalDate dueOn, LocalDate graceEndsOn) {
    }

    @SuppressWarnings("unchecked")
    private Optional<PatentAnnuityFacts> facts(UUID patentId, String lock) {
        List<Object[]> rows = getEntityManager().createNativeQuery(FACTS + lock).setParameter("id", patentId)
                .getResultList();
        return rows.stream().findFirst().map(row -> new PatentAnnuityFacts((UUID) row[0], (String) row[1],
                PatentType.valueOf((String) row[2]), localDate(row[3]), (String) row[4], (String) row[5],
                (String) row[6], localDate(row[7]), localDate(row[8]), localDate(row[9]),
                row[10] == null ? null : ((Number) row[10]).intValue(), localDate(row[11]),
                row[12] == null ? List.of() : Arrays.asList(((String) row[12]).split(",")), localDate(row[13])));
    }

    private static LocalDate localDate(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate date -> date;
            case Date date -> date.toLocalDate();
            default -> throw new IllegalStateException("not a date: " + value.getClass());
        };
    }
}
