package org.keji.enterprise.incubator;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TenantAssessmentRepository implements PanacheRepositoryBase<TenantAssessment, UUID> {

    public boolean exists(UUID tenantId, int year) {
        return count("tenantId = ?1 and year = ?2", tenantId, year) > 0;
    }

    /** The assessments of the given tenants, by year. */
    public List<TenantAssessment> ofTenants(Collection<UUID> tenantIds) {
        if (tenantIds.isEmpty()) {
            return List.of();
        }
        return list("tenantId in ?1", Sort.by("year"), tenantIds);
    }
}
