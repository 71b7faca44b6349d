package org.keji.project.expert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ExpertRepository implements PanacheRepositoryBase<Expert, UUID> {

    /** The sortable fields of the list and their columns. */
    public static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "created_at", "region",
            "region");

    /** The criteria of the pool list; null = any. {@code available} is judged on {@code day}. */
    public record Filter(String field, String regionPrefix, Boolean available, String organisationUscc,
            java.time.LocalDate day) {
    }

    public Optional<Expert> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    /** Every expert of the pool with {@code field} among its fields (the GIN index on {@code fields}). */
    @SuppressWarnings("unchecked")
    public List<Expert> inField(String field) {
        return getEntityManager()
                .createNativeQuery("SELECT * FROM expert WHERE fields @> jsonb_build_array(CAST(:field AS text))",
                        Expert.class)
                .setParameter("field", field).getResultList();
    }

    /** One page of the pool. */
    @SuppressWarnings("unchecked")
    public Page<Expert> search(Filter filter, PageQuery query) {
        List<String> where = new ArrayList<>();
        List<Object[]> parameters = new ArrayList<>();
        if (filter.field() != null) {
            where.add("fields @> jsonb_build_array(CAST(:field AS text))");
            parameters.add(new Object[] { "field", filter.field() });
        }
        if (filter.regionPrefix() != null) {
            where.add("region LIKE :prefix");
            parameters.add(new Object[] { "prefix", filter.regionPrefix() + "%" });
        }
        if (filter.organisationUscc() != null) {
            where.add("organisation_uscc = :organisation");
            parameters.add(new Object[] { "organisation", filter.organisationUscc() });
        }
        if (filter.available() != null) {
            String available = "(availability = 'AVAILABLE' OR COALESCE(unavailable_until < :day, false))";
            where.add(filter.available() ? available : "NOT " + available);
            parameters.add(new Object[] { "day", filter.day() });
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        String direction = query.ascending() ? " ASC" : " DESC";
        Query items = getEntityManager().createNativeQuery("SELECT * FROM expert" + condition + " ORDER BY "
                + SORTABLE.get(query.sortField()) + direction + ", id" + direction, Expert.class);
        Query count = getEntityManager().createNativeQuery("SELECT count(*) FROM expert" + condition, Long.class);
        for (Object[] parameter : parameters) {
            items.setParameter((String) parameter[0], parameter[1]);
            count.setParameter((String) parameter[0], parameter[1]);
        }
        List<Expert> found = items.setFirstResult(query.offset()).setMaxResults(query.size()).getResultList();
        return Page.of(found, query, ((Number) count.getSingleResult()).longValue());
    }
}
