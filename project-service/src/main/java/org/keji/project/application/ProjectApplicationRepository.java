package org.keji.project.application;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProjectApplicationRepository implements PanacheRepositoryBase<ProjectApplication, UUID> {

    /** The application, locked until the transaction ends: actions on one case queue behind each other. */
    public Optional<ProjectApplication> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<ProjectApplication> findByTrackingNumber(String trackingNumber) {
        return find("trackingNumber", trackingNumber).firstResultOptional();
    }
}
