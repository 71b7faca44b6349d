package org.keji.project.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.security.RegionReach;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepositoryBase<ProjectEvaluation, UUID> {

    /** The evaluation, locked until the transaction ends. */
    public Optional<ProjectEvaluation> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean existsForProject(UUID applicationId) {
        return count("applicationId", applicationId) > 0;
    }

    /** The criteria of a list; null = any. */
    public record Filter(UUID projectId, UUID callId, EvaluationStatus status, EvaluationGrade grade, String uscc,
            String regionPrefix) {
    }

    /** Filtered, within {@code reach} (null = every region). */
    public Page<ProjectEvaluation> search(Filter filter, RegionReach reach, PageQuery query) {
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
        if (filter.projectId() != null) {
            where.append(" and applicationId = :project");
            parameters.and("project", filter.projectId());
        }
        if (filter.callId() != null) {
            where.append(" and callId = :call");
            parameters.and("call", filter.callId());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.grade() != null) {
            where.append(" and grade = :grade");
            parameters.and("grade", filter.grade());
        }
        if (filter.uscc() != null) {
            where.append(" and uscc = :uscc");
            parameters.and("uscc", filter.uscc());
        }
        Sort.Direction direction = query.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
        Sort sort = Sort.by(query.sortField(), direction).and("id", direction);
        List<ProjectEvaluation> items = find(where.toString(), sort, parameters)
                .range(query.offset(), query.offset() + query.size() - 1).list();
        return Page.of(items, query, count(where.toString(), parameters));
    }
}
