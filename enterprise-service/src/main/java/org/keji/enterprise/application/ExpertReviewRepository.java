package org.keji.enterprise.application;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ExpertReviewRepository implements PanacheRepositoryBase<ExpertReview, UUID> {

    public List<ExpertReview> of(UUID applicationId) {
        return list("applicationId", Sort.ascending("submittedAt", "expertId"), applicationId);
    }

    public boolean reviewed(UUID applicationId, String expertId) {
        return count("applicationId = ?1 and expertId = ?2", applicationId, expertId) > 0;
    }
}
