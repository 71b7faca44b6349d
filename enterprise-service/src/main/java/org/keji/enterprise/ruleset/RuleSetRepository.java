package org.keji.enterprise.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RuleSetRepository implements PanacheRepositoryBase<RuleSet, UUID> {

    /**
     * The rule set in force for a type, region and year: the most specific region that has one (the region itself,
     * its city, its province, then the nation), within it the latest year not after {@code year}, and of that year the
     * highest version.
     */
    public Optional<RuleSet> inForce(String certificationType, String region, int year) {
        for (String scope : scopes(region)) {
            Optional<RuleSet> found = find("certificationType = :type and region = :region and year <= :year",
                    Sort.descending("year", "version"),
                    Parameters.with("type", certificationType).and("region", scope).and("year", year))
                    .firstResultOptional();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Rule sets filtered by type, region and year (null = any), a page in the given order. */
    public Page<RuleSet> search(String certificationType, String region, Integer year, PageQuery query) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (certificationType != null) {
            conditions.add("certificationType = :type");
            parameters.and("type", certificationType);
        }
        if (region != null) {
            conditions.add("region = :region");
            parameters.and("region", region);
        }
        if (year != null) {
            conditions.add("year = :year");
            parameters.and("year", year);
        }
        String where = String.join(" and ", conditions);
        Sort.Direction direction = query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
        Sort sort = Sort.by(query.sortField(), direction).and("version", direction).and("id", direction);
        List<RuleSet> items = find(where, sort, parameters).range(query.offset(), query.offset() + query.size() - 1)
                .list();
        return Page.of(items, query, where.isEmpty() ? count() : count(where, parameters));
    }

    /** The next version number for a type, region and year (1 for the first). */
    public int nextVersion(String certificationType, String region, int year) {
        Integer max = getEntityManager()
                .createQuery("select max(version) from RuleSet where certificationType = :type and region = :region "
                        + "and year = :year", Integer.class)
                .setParameter("type", certificationType).setParameter("region", region).setParameter("year", year)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** The region itself, its city ({@code xxxx00}), its province ({@code xx0000}) and the nation, without repeats. */
    static List<String> scopes(String region) {
        String city = region.substring(0, 4) + "00";
        String province = region.substring(0, 2) + "0000";
        return List.of(region, city, province, RuleSet.NATIONAL).stream().distinct().toList();
    }
}
