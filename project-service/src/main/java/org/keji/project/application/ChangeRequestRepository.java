package org.keji.project.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ChangeRequestRepository implements PanacheRepositoryBase<ChangeRequest, UUID> {

    /** The change request of {@code applicationId}, locked until the transaction ends. */
    public Optional<ChangeRequest> lock(UUID applicationId, UUID id) {
        return find("id = ?1 and applicationId = ?2", id, applicationId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public List<ChangeRequest> listByApplication(UUID applicationId) {
        return list("applicationId = ?1 order by requestedAt, id", applicationId);
    }
}
