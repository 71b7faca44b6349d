package org.keji.project.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class MidTermCheckRepository implements PanacheRepositoryBase<MidTermCheck, UUID> {

    /** One page of {@code applicationId}'s mid-term checks, sorted as asked, then by id. */
    public Page<MidTermCheck> page(UUID applicationId, PageQuery query) {
        Sort sort = Sort.by(query.sortField(), query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and("id");
        var found = find("applicationId", sort, applicationId);
        return Page.of(found.range(query.offset(), query.offset() + query.size() - 1).list(), query, found.count());
    }
}
