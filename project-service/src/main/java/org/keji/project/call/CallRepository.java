package org.keji.project.call;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CallRepository implements PanacheRepositoryBase<ProjectCall, UUID> {

    /** The call, locked until the transaction ends. */
    public Optional<ProjectCall> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
