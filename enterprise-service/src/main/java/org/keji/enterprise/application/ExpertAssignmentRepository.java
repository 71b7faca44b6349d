package org.keji.enterprise.application;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ExpertAssignmentRepository implements PanacheRepositoryBase<ExpertAssignment, UUID> {

    public List<ExpertAssignment> of(UUID applicationId) {
        return list("applicationId", Sort.ascending("assignedAt", "expertId"), applicationId);
    }

    /** Whether {@code expertId} is assigned to an application of the enterprise {@code uscc} that is still open. */
    public boolean assignedToOpenCase(String expertId, String uscc) {
        List<ApplicationStatus> open = Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::open)
                .toList();
        return count("expertId = ?1 and applicationId in (select c.id from CertificationApplication c"
                + " where c.uscc = ?2 and c.status in ?3)", expertId, uscc, open) > 0;
    }

    public boolean assigned(UUID applicationId, String expertId) {
        return count("applicationId = ?1 and expertId = ?2", applicationId, expertId) > 0;
    }
}
