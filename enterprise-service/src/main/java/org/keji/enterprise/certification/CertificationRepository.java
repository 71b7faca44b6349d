package org.keji.enterprise.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CertificationRepository implements PanacheRepositoryBase<Certification, UUID> {

    /** Certified: the statuses that are reported on, re-checked and monitored. */
    public static final List<CertificationStatus> CERTIFIED = List.of(CertificationStatus.ACTIVE,
            CertificationStatus.UNDER_RECHECK);

    private static final String CLAIM_DUE_FOR_EXPIRY = """
            SELECT id FROM certification WHERE status = 'ACTIVE' AND valid_to < :today
            ORDER BY valid_to, id LIMIT :limit FOR UPDATE SKIP LOCKED""";

    /** The certificate, locked until the transaction ends: actions on one certificate queue behind each other. */
    public Optional<Certification> findByIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Claims up to {@code limit} active certificates whose validity ended before {@code today}, locked until the
     * transaction ends. Rows another transaction holds (another replica's batch, an officer's action) are skipped, and
     * a row another replica expired meanwhile no longer matches, so each certificate is claimed once.
     */
    public List<Certification> claimDueForExpiry(LocalDate today, int limit) {
        List<?> ids = getEntityManager().createNativeQuery(CLAIM_DUE_FOR_EXPIRY).setParameter("today", today)
                .setParameter("limit", limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("id in ?1", Sort.ascending("validTo", "id"), ids);
    }

    /** Up to {@code limit} certified certificates with an id after {@code after}, by id: one batch of a full pass. */
    public List<Certification> certifiedAfter(UUID after, int limit) {
        return find("status in ?1 and id > ?2", Sort.ascending("id"), CERTIFIED, after).page(0, limit).list();
    }

    /** The certificates of an enterprise, the latest first (a handful per enterprise). */
    public List<Certification> listByUscc(String uscc) {
        return list("uscc", Sort.descending("validFrom").and("id"), uscc);
    }

    /** The types of which the enterprise holds a certificate valid on {@code asOf} (active or under re-check). */
    public List<String> validTypes(String uscc, LocalDate asOf) {
        return getEntityManager().createQuery("select distinct c.certificationType from Certification c "
                + "where c.uscc = :uscc and c.status in :statuses and c.validFrom <= :asOf and c.validTo >= :asOf "
                + "order by c.certificationType", String.class)
                .setParameter("uscc", uscc)
                .setParameter("statuses", CERTIFIED)
                .setParameter("asOf", asOf).getResultList();
    }

    public boolean numberTaken(String certificationType, String certificateNumber) {
        return count("certificationType = ?1 and certificateNumber = ?2", certificationType, certificateNumber) > 0;
    }
}
