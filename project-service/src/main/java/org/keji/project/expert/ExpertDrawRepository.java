package org.keji.project.expert;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ExpertDrawRepository implements PanacheRepositoryBase<ExpertDraw, UUID> {
}
