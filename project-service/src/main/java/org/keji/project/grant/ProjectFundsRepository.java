package org.keji.project.grant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.security.RegionReach;
import org.keji.project.application.ProjectApplication;
import org.keji.project.application.ProjectStatus;
import org.keji.project.call.ProjectCall;

/** Funded projects with their call, money and approval, each page in one query (plus its count). */
@ApplicationScoped
public class ProjectFundsRepository {

    private static final String FROM = " from ProjectApplication a join ProjectCall c on c.id = a.callId"
            + " left join ProjectFunds f on f.applicationId = a.id"
            + " left join GrantProposal p on p.applicationId = a.id";

    private final EntityManager entityManager;

    public ProjectFundsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One funded project with what belongs to it; funds and proposal may be null. */
    public record Row(ProjectApplication project, ProjectCall call, ProjectFunds funds, GrantProposal proposal) {
    }

    /** The criteria of a list; null = any. */
    public record Filter(UUID callId, Integer year, ProjectStatus status, String regionPrefix, String uscc) {
    }

    public Page<Row> search(Filter filter, RegionReach reach, PageQuery query) {
        StringBuilder where = new StringBuilder(" where a.status in :funded");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("funded", ProjectStatus.FUNDED);
        if (reach != null && !reach.everywhere()) {
            where.append(" and ").append(reach.condition("a.region", "reach"));
            parameters.put("reach", reach.parameterValue());
        }
        if (filter.regionPrefix() != null) {
            where.append(" and a.region like :prefix");
            parameters.put("prefix", filter.regionPrefix() + "%");
        }
        if (filter.callId() != null) {
            where.append(" and a.callId = :call");
            parameters.put("call", filter.callId());
        }
        if (filter.year() != null) {
            where.append(" and c.year = :year");
            parameters.put("year", filter.year());
        }
        if (filter.status() != null) {
            where.append(" and a.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.uscc() != null) {
            where.append(" and a.uscc = :uscc");
            parameters.put("uscc", filter.uscc());
        }
        String direction = query.ascending() ? " asc" : " desc";
        TypedQuery<Object[]> select = entityManager.createQuery("select a, c, f, p" + FROM + where + " order by a."
                + query.sortField() + direction + ", a.id" + direction, Object[].class);
        TypedQuery<Long> count = entityManager.createQuery("select count(a)" + FROM + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Row> rows = new ArrayList<>();
        for (Object[] row : select.setFirstResult(query.offset()).setMaxResults(query.size()).getResultList()) {
            rows.add(new Row((ProjectApplication) row[0], (ProjectCall) row[1], (ProjectFunds) row[2],
                    (GrantProposal) row[3]));
        }
        return Page.of(rows, query, count.getSingleResult());
    }

    /** One funded project, whatever the caller (the service checks the reach). */
    public Optional<Row> find(UUID id) {
        return entityManager.createQuery("select a, c, f, p" + FROM + " where a.id = :id and a.status in :funded",
                Object[].class).setParameter("id", id).setParameter("funded", ProjectStatus.FUNDED).getResultStream()
                .findFirst().map(row -> new Row((ProjectApplication) row[0], (ProjectCall) row[1],
                        (ProjectFunds) row[2], (GrantProposal) row[3]));
    }
}
