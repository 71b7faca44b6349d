package org.keji.enterprise.application;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PublicityObjectionRepository implements PanacheRepositoryBase<PublicityObjection, UUID> {

    public List<PublicityObjection> of(UUID applicationId) {
        return list("applicationId", Sort.ascending("raisedAt", "id"), applicationId);
    }

    public long countOpen(UUID applicationId) {
        return count("applicationId = ?1 and upheld is null", applicationId);
    }

    /** Objections found well-founded: each one stops the certification (公示有异议且异议成立的，不予认定). */
    public long countUpheld(UUID applicationId) {
        return count("applicationId = ?1 and upheld = true", applicationId);
    }
}
