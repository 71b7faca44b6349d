package org.keji.project.call;

import java.time.OffsetDateTime;
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

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CallRepository implements PanacheRepositoryBase<ProjectCall, UUID> {

    /** API sort field → entity attribute. */
    static final Map<String, String> SORTABLE = Map.of("opensAt", "opensAt", "closesAt", "closesAt", "year", "year",
            "code", "code");

    /** The call, locked until the transaction ends. */
    public Optional<ProjectCall> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A page of the calls matching {@code filter}, the status derived from the window at {@code now}. */
    public Page<ProjectCall> search(CallFilter filter, OffsetDateTime now, PageQuery query) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.year() != null) {
            conditions.add("year = :year");
            parameters.and("year", filter.year());
        }
        if (filter.batch() != null) {
            conditions.add("batch = :batch");
            parameters.and("batch", filter.batch());
        }
        if (filter.level() != null) {
            conditions.add("level = :level");
            parameters.and("level", filter.level());
        }
        if (filter.category() != null) {
            conditions.add("category = :category");
            parameters.and("category", filter.category());
        }
        if (filter.region() != null) {
            conditions.add("region like :region");
            parameters.and("region", filter.region() + "%");
        }
        if (filter.status() != null) {
            conditions.add(switch (filter.status()) {
                case UPCOMING -> "opensAt > :now";
                case OPEN -> "opensAt <= :now and closesAt > :now";
                case CLOSED -> "closesAt <= :now";
            });
            parameters.and("now", now);
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(lower(title) like :text escape '\\' or lower(code) like :text escape '\\')");
            parameters.and("text", LikePatterns.contains(filter.text().strip().toLowerCase(java.util.Locale.ROOT)));
        }
        String where = String.join(" and ", conditions);
        Sort.Direction direction = query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
        Sort sort = Sort.by(SORTABLE.get(query.sortField()), direction).and("id", direction);
        List<ProjectCall> items = find(where, sort, parameters).range(query.offset(), query.offset() + query.size() - 1)
                .list();
        return Page.of(items, query, where.isEmpty() ? count() : count(where, parameters));
    }
}
