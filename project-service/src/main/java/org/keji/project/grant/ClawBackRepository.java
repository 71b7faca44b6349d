package org.keji.project.grant;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ClawBackRepository implements PanacheRepositoryBase<ClawBack, UUID> {

    /** The claw-back of {@code project}, locked until the transaction ends. */
    public Optional<ClawBack> lock(UUID project, UUID id) {
        return find("id = ?1 and applicationId = ?2", id, project).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public Page<ClawBack> page(UUID project, ClawBackStatus status, PageQuery query) {
        Sort sort = Sort.by(query.sortField(), query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and("id");
        var found = status == null ? find("applicationId", sort, project)
                : find("applicationId = ?1 and status = ?2", sort, project, status);
        return Page.of(found.range(query.offset(), query.offset() + query.size() - 1).list(), query, found.count());
    }
}
