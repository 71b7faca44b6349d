package org.keji.project.application;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ChangeRequestRepository implements PanacheRepositoryBase<ChangeRequest, UUID> {

    /** The change request of {@code applicationId}, locked until the transaction ends. */
    public Optional<ChangeRequest> lock(UUID applicationId, UUID id) {
        return find("id = ?1 and applicationId = ?2", id, applicationId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** One page of {@code applicationId}'s change requests, sorted as asked, then by id. */
    public Page<ChangeRequest> page(UUID applicationId, PageQuery query) {
        Sort sort = Sort.by(query.sortField(), query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and("id");
        var found = find("applicationId", sort, applicationId);
        return Page.of(found.range(query.offset(), query.offset() + query.size() - 1).list(), query, found.count());
    }
}
