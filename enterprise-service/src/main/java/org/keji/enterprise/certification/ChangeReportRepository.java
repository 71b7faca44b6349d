package org.keji.enterprise.certification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ChangeReportRepository implements PanacheRepositoryBase<ChangeReport, UUID> {

    /** API sort field → attribute; each backed by an index on (certification_id, attribute, id). */
    static final Map<String, String> SORTABLE = Map.of("occurredOn", "occurredOn", "reportedAt", "reportedAt");

    /** Reports of the certificate's major changes filed after their due date (第十八条: 三个月内). */
    public long countLate(UUID certificationId) {
        return count("certificationId = ?1 and late = true", certificationId);
    }

    public Page<ChangeReport> pageByCertification(UUID certificationId, PageQuery query) {
        Sort.Direction direction = query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
        Sort sort = Sort.by(SORTABLE.get(query.sortField()), direction).and("id", direction);
        List<ChangeReport> items = find("certificationId", sort, certificationId)
                .range(query.offset(), query.offset() + query.size() - 1).list();
        return Page.of(items, query, count("certificationId", certificationId));
    }
}
