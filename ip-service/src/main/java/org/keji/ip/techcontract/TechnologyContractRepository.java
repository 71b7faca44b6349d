package org.keji.ip.techcontract;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.keji.commons.cases.CaseQueries;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.security.RegionReach;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TechnologyContractRepository implements PanacheRepositoryBase<TechnologyContract, UUID> {

    /** The contract, locked until the transaction ends: actions on one case queue behind each other. */
    public Optional<TechnologyContract> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The open cases with a provisional due date submitted by the end of {@code year}, locked ({@link CaseQueries}). */
    public List<TechnologyContract> lockOpenWithProvisionalDueDates(int year) {
        return CaseQueries.lockOpenWithProvisionalDueDates(getEntityManager(), TechnologyContract.class, year);
    }

    /** The next value of the registration-number sequence (unique, never reused). */
    public long nextRegistrationSequence() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('technology_contract_registration_seq')")
                .getSingleResult()).longValue();
    }

    /** The criteria of a list; null = any. */
    public record Filter(ContractType type, ContractStatus status, String regionPrefix, Integer year,
            String sellerUscc) {
    }

    /** Filtered, within {@code reach} (null = every region). */
    public Page<TechnologyContract> search(Filter filter, RegionReach reach, PageQuery query) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (reach != null && !reach.everywhere()) {
            where.append(" and ").append(reach.condition("region", "reach"));
            parameters.and("reach", reach.parameterValue());
        }
        if (filter.regionPrefix() != null) {
            where.append(" and region like :prefix");
            parameters.and("prefix", filter.regionPrefix() + "%");
        }
        if (filter.type() != null) {
            where.append(" and contractType = :type");
            parameters.and("type", filter.type());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.year() != null) {
            where.append(" and year = :year");
            parameters.and("year", filter.year());
        }
        if (filter.sellerUscc() != null) {
            where.append(" and sellerUscc = :seller");
            parameters.and("seller", filter.sellerUscc());
        }
        Sort.Direction direction = query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
        String field = "dueOn".equals(query.sortField()) ? "clock.promisedDueOn" : query.sortField();
        Sort sort = Sort.by(field, direction).and("id", direction);
        List<TechnologyContract> items = find(where.toString(), sort, parameters)
                .range(query.offset(), query.offset() + query.size() - 1).list();
        return Page.of(items, query, count(where.toString(), parameters));
    }
}
