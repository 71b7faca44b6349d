package org.keji.project.application;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MidTermCheckRepository implements PanacheRepositoryBase<MidTermCheck, UUID> {

    public List<MidTermCheck> listByApplication(UUID applicationId) {
        return list("applicationId = ?1 order by createdAt, id", applicationId);
    }
}
