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
public class IncubatorRepository implements PanacheRepositoryBase<Incubator, UUID> {

    private static final String FIGURES = """
            SELECT i.id,
                   (SELECT count(*) FROM incubator_tenant t WHERE t.incubator_id = i.id AND t.status = 'INCUBATING'),
                   (SELECT coalesce(sum(p.amount), 0) FROM incubator_seed_fund_payment p WHERE p.incubator_id = i.id)
            FROM incubator i WHERE i.id IN (:ids)""";

    /**
     * Reads the incubator and locks its row until the transaction ends ({@code SELECT … FOR UPDATE}), so that admissions
     * and capacity changes of one incubator happen one after the other.
     */
    public Optional<Incubator> findByIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Active tenants and seed funds paid, per incubator, counted and summed by the database. */
    public Map<UUID, Figures> figures(Collection<UUID> ids) {
        Map<UUID, Figures> figures = new HashMap<>();
        if (ids.isEmpty()) {
            return figures;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(FIGURES).setParameter("ids", ids)
                .getResultList();
        for (Object[] row : rows) {
            figures.put((UUID) row[0], new Figures(((Number) row[1]).longValue(), new Money((BigDecimal) row[2])));
        }
        return figures;
    }

    public Figures figures(UUID id) {
        return figures(List.of(id)).getOrDefault(id, Figures.NONE);
    }

    /** What an incubator's view shows besides its own columns. */
    public record Figures(long activeTenants, Money seedFundTotal) {

        public static final Figures NONE = new Figures(0, Money.ZERO);
    }
}
