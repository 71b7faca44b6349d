package org.keji.ip.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.security.RegionReach;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RegionalPopulationRepository implements PanacheRepositoryBase<RegionalPopulation, RegionalPopulation.Key> {

    /** API sort field → entity attribute. */
    static final Map<String, String> SORTABLE = Map.of("region", "region", "year", "year", "residents", "residents");

    /** Figures within {@code reach} (null = everywhere), of regions starting with {@code region}, of {@code year}. */
    public Page<RegionalPopulation> search(RegionReach reach, String region, Integer year, PageQuery query) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (reach != null && !reach.everywhere()) {
            conditions.add(reach.condition("region", "reach"));
            parameters.and("reach", reach.parameterValue());
        }
        if (region != null) {
            conditions.add("region like :region");
            parameters.and("region", region + "%");
        }
        if (year != null) {
            conditions.add("year = :year");
            parameters.and("year", year);
        }
        String where = String.join(" and ", conditions);
        Sort.Direction direction = query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
        Sort sort = Sort.by(SORTABLE.get(query.sortField()), direction).and("region", direction).and("year",
                direction);
        List<RegionalPopulation> items = find(where, sort, parameters)
                .range(query.offset(), query.offset() + query.size() - 1).list();
        return Page.of(items, query, where.isEmpty() ? count() : count(where, parameters));
    }
}
