package org.keji.enterprise.incubator;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.keji.commons.money.Money;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TenantRepository implements PanacheRepositoryBase<Tenant, UUID> {

    private static final String SEED_FUND_TOTALS = """
            SELECT p.tenant_id, sum(p.amount) FROM incubator_seed_fund_payment p
            WHERE p.tenant_id IN (:ids) GROUP BY p.tenant_id""";

    public Optional<Tenant> findInIncubator(UUID incubatorId, UUID tenantId) {
        return findByIdOptional(tenantId).filter(t -> t.incubatorId().equals(incubatorId));
    }

    /** Locks the tenant's row until the transaction ends, so two actions on one tenant cannot interleave. */
    public Optional<Tenant> findInIncubatorForUpdate(UUID incubatorId, UUID tenantId) {
        return findByIdOptional(tenantId, LockModeType.PESSIMISTIC_WRITE)
                .filter(t -> t.incubatorId().equals(incubatorId));
    }

    public long countIncubating(UUID incubatorId) {
        return count("incubatorId = ?1 and status = ?2", incubatorId, TenantStatus.INCUBATING);
    }

    public boolean isIncubating(String uscc) {
        return count("uscc = ?1 and status = ?2", uscc, TenantStatus.INCUBATING) > 0;
    }

    /** Seed funds paid per tenant, summed by the database; tenants without payments are absent. */
    public Map<UUID, Money> seedFundTotals(Collection<UUID> tenantIds) {
        Map<UUID, Money> totals = new HashMap<>();
        if (tenantIds.isEmpty()) {
            return totals;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(SEED_FUND_TOTALS).setParameter("ids", tenantIds)
                .getResultList();
        for (Object[] row : rows) {
            totals.put((UUID) row[0], new Money((BigDecimal) row[1]));
        }
        return totals;
    }
}
