package org.keji.enterprise.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CertificationRepository implements PanacheRepositoryBase<Certification, UUID> {

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
                .setParameter("statuses", List.of(CertificationStatus.ACTIVE, CertificationStatus.UNDER_RECHECK))
                .setParameter("asOf", asOf).getResultList();
    }

    public boolean numberTaken(String certificationType, String certificateNumber) {
        return count("certificationType = ?1 and certificateNumber = ?2", certificationType, certificateNumber) > 0;
    }
}
