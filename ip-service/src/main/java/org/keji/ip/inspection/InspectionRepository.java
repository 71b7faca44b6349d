package org.keji.ip.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.security.RegionReach;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class InspectionRepository implements PanacheRepositoryBase<EnforcementInspection, UUID> {

    /** The criteria of a list; null = any. */
    public record Filter(String regionPrefix, LocalDate from, LocalDate to, ProblemType problemType) {
    }

    /** Filtered, within {@code reach} (null = every region). */
    public Page<EnforcementInspection> search(Filter filter, RegionReach reach, PageQuery query) {
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
        if (filter.from() != null) {
            where.append(" and inspectedOn >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and inspectedOn <= :to");
            parameters.and("to", filter.to());
        }
        if (filter.problemType() != null) {
            where.append(" and id in (select p.inspectionId from InspectionProblem p where p.type = :problemType)");
            parameters.and("problemType", filter.problemType());
        }
        Sort.Direction direction = query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
        Sort sort = Sort.by(query.sortField(), direction).and("id", direction);
        List<EnforcementInspection> items = find(where.toString(), sort, parameters)
                .range(query.offset(), query.offset() + query.size() - 1).list();
        return Page.of(items, query, count(where.toString(), parameters));
    }
}
