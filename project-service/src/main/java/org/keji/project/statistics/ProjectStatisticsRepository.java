package org.keji.project.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.keji.commons.paging.PageQuery;
import org.keji.commons.security.RegionReach;
import org.keji.project.application.ProjectStatus;

/**
 * The aggregate statements of the project statistics: one SQL statement per figure group, counted by PostgreSQL from
 * the partial index {@code project_application_funded_statistics} and {@code project_evaluation_confirmed}
 * ({@code V8}); no project is loaded into Java. A statement is assembled from fixed text only; every value of a
 * request is bound as a parameter, and an officer's reach is a condition of the statement.
 */
@ApplicationScoped
public class ProjectStatisticsRepository {

    /** The funded states as literals: the partial index is proved from them. */
    static final String FUNDED = ProjectStatus.FUNDED.stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ", "a.status IN (", ")"));

    private final EntityManager entityManager;

    public ProjectStatisticsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The funded projects by industry, by undertaker type, by technology source and in total (GROUPING SETS), with
     * their planned funds and, from their confirmed evaluations, the funds received and the outcomes. Columns: industry,
     * undertaker_type, technology_source, grouping(industry), grouping(undertaker_type), grouping(technology_source),
     * projects, planned government, planned self-raised, evaluated projects, their planned government, their planned
     * self-raised, received government, received self-raised, sales revenue, profit, tax, foreign exchange (USD), new
     * jobs, trained talents, patents, inventions, new products, high-tech products, awards.
     */
    public List<Object[]> performance(StatisticsFilter filter, RegionReach reach) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String sql = "SELECT a.industry, a.undertaker_type, a.technology_source, GROUPING(a.industry), "
                + "GROUPING(a.undertaker_type), GROUPING(a.technology_source), count(*), "
                + "coalesce(sum(a.planned_government_funds), 0), coalesce(sum(a.planned_self_raised_funds), 0), "
                + "count(e.application_id), "
                + "coalesce(sum(a.planned_government_funds) FILTER (WHERE e.application_id IS NOT NULL), 0), "
                + "coalesce(sum(a.planned_self_raised_funds) FILTER (WHERE e.application_id IS NOT NULL), 0), "
                + "coalesce(sum(e.received_government_funds), 0), coalesce(sum(e.received_self_raised_funds), 0), "
                + "coalesce(sum(e.sales_revenue), 0), coalesce(sum(e.profit), 0), coalesce(sum(e.tax), 0), "
                + "coalesce(sum(e.foreign_exchange_usd), 0), coalesce(sum(e.new_jobs), 0), "
                + "coalesce(sum(e.trained_talents), 0), coalesce(sum(e.patents_applied), 0), "
                + "coalesce(sum(e.invention_patents_applied), 0), coalesce(sum(e.new_products), 0), "
                + "coalesce(sum(e.high_tech_products), 0), coalesce(sum(e.awards), 0) "
                + "FROM project_application a JOIN project_call c ON c.id = a.call_id "
                + "LEFT JOIN project_evaluation e ON e.application_id = a.id AND e.status = 'CONFIRMED'"
                + where(filter, reach, parameters)
                + " GROUP BY GROUPING SETS ((a.industry), (a.undertaker_type), (a.technology_source), ())";
        return list(sql, parameters);
    }

    /**
     * The funded projects of each call and in total: their number and the exact sum of their grants. Columns: call id,
     * code, title, year, batch, level, category, region, total_row, projects, granted.
     */
    public List<Object[]> batches(StatisticsFilter filter, RegionReach reach) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String sql = "SELECT c.id, c.code, c.title, c.year, c.batch, c.level, c.category, c.region, "
                + "GROUPING(c.id) AS total_row, count(*), coalesce(sum(a.grant_amount), 0) "
                + "FROM project_application a JOIN project_call c ON c.id = a.call_id" + where(filter, reach, parameters)
                + " GROUP BY GROUPING SETS ((c.id, c.code, c.title, c.year, c.batch, c.level, c.category, c.region), ())"
                + " ORDER BY total_row, c.year DESC, c.batch, c.code";
        return list(sql, parameters);
    }

    /**
     * One page of the funded projects of a call within {@code reach}, ordered by {@code query}'s sort, and their total.
     * Columns: id, tracking number, title, uscc, region, industry, undertaker type, technology source, status,
     * grant, contract number.
     */
    public List<Object[]> batchProjects(UUID callId, RegionReach reach, PageQuery query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String order = switch (query.sortField()) {
            case "grantAmount" -> "a.grant_amount";
            case "title" -> "a.title";
            default -> "a.tracking_number";
        } + (query.ascending() ? " ASC" : " DESC");
        String sql = "SELECT a.id, a.tracking_number, a.title, a.uscc, a.region, a.industry, a.undertaker_type, "
                + "a.technology_source, a.status, a.grant_amount, a.contract_number "
                + "FROM project_application a JOIN project_call c ON c.id = a.call_id"
                + where(new StatisticsFilter(null, null, callId, null, null, null), reach, parameters) + " ORDER BY "
                + order + ", a.id LIMIT :limit OFFSET :offset";
        parameters.put("limit", query.size());
        parameters.put("offset", query.offset());
        return list(sql, parameters);
    }

    private static String where(StatisticsFilter filter, RegionReach reach, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE ").append(FUNDED);
        condition(where, parameters, "c.year = :year", "year", filter.year());
        condition(where, parameters, "c.batch = :batch", "batch", filter.batch());
        condition(where, parameters, "a.call_id = :callId", "callId", filter.callId());
        condition(where, parameters, "c.level = :level", "level",
                filter.level() == null ? null : filter.level().name());
        condition(where, parameters, "c.category = :category", "category",
                filter.category() == null ? null : filter.category().name());
        condition(where, parameters, "a.region LIKE :regionPrefix", "regionPrefix",
                filter.region() == null ? null : filter.region() + "%");
        if (reach != null && !reach.everywhere()) {
            condition(where, parameters, reach.condition("a.region", "reach"), "reach", reach.parameterValue());
        }
        return where.toString();
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String condition,
            String parameter, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            parameters.put(parameter, value);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> list(String sql, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
