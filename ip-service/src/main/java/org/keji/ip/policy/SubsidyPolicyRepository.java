package org.keji.ip.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SubsidyPolicyRepository implements PanacheRepositoryBase<SubsidyPolicy, UUID> {

    /** API sort field → entity attribute. */
    static final Map<String, String> SORTABLE = Map.of("year", "year", "code", "code", "createdAt", "createdAt");

    /** Whether any subsidy application (of any state) was made under the policy. */
    public boolean used(UUID id) {
        return (Boolean) getEntityManager()
                .createNativeQuery("SELECT EXISTS (SELECT 1 FROM patent_subsidy_application WHERE policy_id = :id)")
                .setParameter("id", id).getSingleResult();
    }

    /**
     * A page of policies matching {@code filter} that the caller sees: {@code within} is a region prefix whose
     * policies are seen (an officer's reach; null = no such bound), {@code area} a region prefix the seen policies of
     * wider regions apply to (the officer's or the applicant's own; null = none). With both null every policy is seen.
     */
    public Page<SubsidyPolicy> search(SubsidyPolicyFilter filter, String within, String area, PageQuery query) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (within != null || area != null) {
            List<String> seen = new ArrayList<>();
            if (within != null) {
                seen.add("region like :within");
                parameters.and("within", within + "%");
            }
            if (area != null) {
                seen.add(":area like concat(regionPrefix, '%')");
                parameters.and("area", area);
            }
            conditions.add("(" + String.join(" or ", seen) + ")");
        }
        if (filter.year() != null) {
            conditions.add("year = :year");
            parameters.and("year", filter.year());
        }
        if (filter.region() != null) {
            conditions.add("region like :region");
            parameters.and("region", filter.region() + "%");
        }
        if (filter.appliesTo() != null) {
            conditions.add(":appliesTo like concat(regionPrefix, '%')");
            parameters.and("appliesTo", filter.appliesTo());
        }
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
            parameters.and("kind", filter.kind());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        String where = String.join(" and ", conditions);
        Sort.Direction direction = query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
        Sort sort = Sort.by(SORTABLE.get(query.sortField()), direction).and("id", direction);
        List<SubsidyPolicy> items = find(where, sort, parameters).range(query.offset(), query.offset() + query.size() - 1)
                .list();
        return Page.of(items, query, where.isEmpty() ? count() : count(where, parameters));
    }
}
