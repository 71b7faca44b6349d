package org.keji.project.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
        // the projects are summed once by all three dimensions (at most 64 groups), the grouping sets then add up
        // those few rows: exact sums of exact sums, and one pass over the projects instead of four
        String sql = "SELECT x.industry, x.undertaker_type, x.technology_source, GROUPING(x.industry), "
                + "GROUPING(x.undertaker_type), GROUPING(x.technology_source), " + outerSums(19)
                + " FROM (SELECT a.industry, a.undertaker_type, a.technology_source, count(*) AS m1, "
                + "sum(a.planned_government_funds) AS m2, sum(a.planned_self_raised_funds) AS m3, "
                + "count(e.application_id) AS m4, "
                + "sum(a.planned_government_funds) FILTER (WHERE e.application_id IS NOT NULL) AS m5, "
                + "sum(a.planned_self_raised_funds) FILTER (WHERE e.application_id IS NOT NULL) AS m6, "
                + "sum(e.received_government_funds) AS m7, sum(e.received_self_raised_funds) AS m8, "
                + "sum(e.sales_revenue) AS m9, sum(e.profit) AS m10, sum(e.tax) AS m11, "
                + "sum(e.foreign_exchange_usd) AS m12, sum(e.new_jobs) AS m13, sum(e.trained_talents) AS m14, "
                + "sum(e.patents_applied) AS m15, sum(e.invention_patents_applied) AS m16, "
                + "sum(e.new_products) AS m17, sum(e.high_tech_products) AS m18, sum(e.awards) AS m19 "
                + "FROM project_application a" + calls(filter)
                + " LEFT JOIN project_evaluation e ON e.application_id = a.id AND e.status = 'CONFIRMED'"
                + where(filter, reach, parameters) + " GROUP BY a.industry, a.undertaker_type, a.technology_source) x"
                + " GROUP BY GROUPING SETS ((x.industry), (x.undertaker_type), (x.technology_source), ())";
        return list(sql, parameters);
    }

    /**
     * The funded projects of each call and in total: their number and the exact sum of their grants. Columns: call id,
     * code, title, year, batch, level, category, region, total_row, projects, granted.
     */
    public List<Object[]> batches(StatisticsFilter filter, RegionReach reach) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        // summed per call first (one pass over the projects), then named and totalled over those few rows
        String sql = "SELECT c.id, c.code, c.title, c.year, c.batch, c.level, c.category, c.region, "
                + "GROUPING(c.id) AS total_row, coalesce(sum(x.projects), 0), coalesce(sum(x.granted), 0) "
                + "FROM (SELECT a.call_id, count(*) AS projects, sum(a.grant_amount) AS granted "
                + "FROM project_application a" + calls(filter) + where(filter, reach, parameters)
                + " GROUP BY a.call_id) x JOIN project_call c ON c.id = x.call_id"
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
                + "FROM project_application a"
                + where(new StatisticsFilter(null, null, callId, null, null, null), reach, parameters) + " ORDER BY "
                + order + ", a.id LIMIT :limit OFFSET :offset";
        parameters.put("limit", query.size());
        parameters.put("offset", query.offset());
        return list(sql, parameters);
    }

    /** The join to the calls, only when a filter is on the call's columns. */
    private static String calls(StatisticsFilter filter) {
        boolean needed = filter.year() != null || filter.batch() != null || filter.level() != null
                || filter.category() != null;
        return needed ? " JOIN project_call c ON c.id = a.call_id" : "";
    }

    /** {@code coalesce(sum(x.m1), 0), …} for the measures m1 … m{@code count} of the inner statement. */
    private static String outerSums(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "coalesce(sum(x.m" + i + "), 0)")
                .collect(Collectors.joining(", "));
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
