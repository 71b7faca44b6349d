package org.keji.enterprise.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.keji.commons.paging.LikePatterns;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.security.RegionReach;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class EnterpriseRepository implements PanacheRepositoryBase<Enterprise, UUID> {

    /** API sort field → entity attribute; each has an index that ends in the id, the tie-breaker. */
    static final Map<String, String> SORTABLE = Map.of("uscc", "uscc", "name", "name", "registrationDate",
            "registrationDate", "createdAt", "createdAt");

    public Optional<Enterprise> findByUscc(String uscc) {
        return find("uscc", uscc).firstResultOptional();
    }

    /** The enterprise, locked until the transaction ends: writes about one enterprise queue behind each other. */
    public Optional<Enterprise> lockByUscc(String uscc) {
        return find("uscc", uscc).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The region of the enterprise {@code uscc}, if it is registered. */
    public Optional<String> regionOf(String uscc) {
        return find("select e.region from Enterprise e where e.uscc = ?1", uscc).project(String.class)
                .firstResultOptional();
    }

    public boolean existsByUscc(String uscc) {
        return count("uscc", uscc) > 0;
    }

    /** A page of enterprises matching {@code filter} within {@code regions} (null = every region). */
    public Page<Enterprise> search(EnterpriseFilter filter, RegionReach regions, PageQuery query) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (regions != null && !regions.everywhere()) {
            conditions.add(regions.condition("region", "reach"));
            parameters.and("reach", regions.parameterValue());
        }
        if (filter.nameContains() != null) {
            conditions.add("name ilike :name escape '\\'");
            parameters.and("name", LikePatterns.contains(filter.nameContains()));
        }
        if (filter.region() != null) {
            conditions.add("region = :region");
            parameters.and("region", filter.region());
        }
        if (filter.industry() != null) {
            conditions.add("industry like :industry");
            parameters.and("industry", filter.industry() + "%");
        }
        if (filter.registeredFrom() != null) {
            conditions.add("registrationDate >= :registeredFrom");
            parameters.and("registeredFrom", filter.registeredFrom());
        }
        if (filter.registeredTo() != null) {
            conditions.add("registrationDate <= :registeredTo");
            parameters.and("registeredTo", filter.registeredTo());
        }
        if (filter.certificationType() != null || filter.certificationStatus() != null) {
            // served by the certification_holder index (uscc, certification_type, status)
            StringBuilder held = new StringBuilder("exists (select 1 from Certification c where c.uscc = this.uscc");
            if (filter.certificationType() != null) {
                held.append(" and c.certificationType = :certificationType");
                parameters.and("certificationType", filter.certificationType());
            }
            if (filter.certificationStatus() != null) {
                held.append(" and cast(c.status as String) = :certificationStatus");
                parameters.and("certificationStatus", filter.certificationStatus());
            }
            conditions.add(held.append(")").toString());
        }
        String where = String.join(" and ", conditions);
        Sort.Direction direction = query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
        Sort sort = Sort.by(SORTABLE.get(query.sortField()), direction).and("id", direction);
        var found = find(where, sort, parameters);
        List<Enterprise> items = found.range(query.offset(), query.offset() + query.size() - 1).list();
        long total = where.isEmpty() ? count() : count(where, parameters);
        return Page.of(items, query, total);
    }

}
