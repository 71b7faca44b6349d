package org.keji.ip.inspection;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class InspectionProblemRepository implements PanacheRepositoryBase<InspectionProblem, UUID> {

    /** The problems of the given inspections, in one query, in the order they were recorded. */
    public List<InspectionProblem> of(Collection<UUID> inspectionIds) {
        if (inspectionIds.isEmpty()) {
            return List.of();
        }
        return list("inspectionId in ?1", Sort.by("inspectionId").and("position"), inspectionIds);
    }
}
