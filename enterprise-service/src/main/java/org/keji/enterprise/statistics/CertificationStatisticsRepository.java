package org.keji.enterprise.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.keji.enterprise.certification.CertificationLevel;
import org.keji.enterprise.certification.CertificationOrigin;
import org.keji.enterprise.certification.CertificationRepository;
import org.keji.enterprise.certification.CertificationStatus;

/**
 * Aggregate queries over certificates: one SQL statement each, counted by PostgreSQL from the indexes of
 * {@code V8__certification_statistics.sql} and {@code V13__certified_statistics_index.sql}; no certificate is loaded. The
 * statements are assembled only from the
 * constant expressions of {@link StatisticsDimension} and fixed conditions; every value of a request is bound as a
 * parameter.
 */
@ApplicationScoped
public class CertificationStatisticsRepository {

    /**
     * The valid statuses as literals, not a bound parameter: the planner proves the predicate of the partial index
     * {@code certification_certified} ({@code V13}) from them, in a generic plan of a prepared statement too.
     */
    static final String VALID_STATUS = CertificationRepository.VALID_STATUSES.stream().map(s -> "'" + s + "'")
            .collect(Collectors.joining(", ", "c.status IN (", ")"));

    private final EntityManager entityManager;

    public CertificationStatisticsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The enterprises holding a certificate valid on {@code asOf}, counted once per group however many certificates
     * they hold in it; the total row counts each enterprise once overall.
     * <p>
     * Distinct counting in one statement without {@code count(DISTINCT …)}, which sorts the input of every group: the
     * inner grouping sets reduce the certificates to one row per enterprise and group, and one per enterprise (marked
     * by {@code GROUPING}); the outer query counts those rows. The partial index {@code certification_certified} hands
     * over the certificates of a valid status only (about those valid today), in USCC order, so the inner step streams
     * and only the few groups are hashed.
     */
    public List<Tally> certifiedEnterprises(LocalDate asOf, List<StatisticsDimension> groupBy, StatisticsFilter filter) {
        Conditions where = validOn(asOf).and(filter);
        String dimensions = expressions(groupBy);
        String sql = "SELECT " + outerColumns(groupBy) + "d.total_row, count(*) FROM (SELECT " + innerColumns(groupBy)
                + "c.uscc, GROUPING(" + dimensions + ") AS total_row FROM " + from(groupBy, filter) + where.sql()
                + " GROUP BY GROUPING SETS ((" + dimensions + ", c.uscc), (c.uscc))) d GROUP BY d.total_row"
                + groupByAliases(groupBy) + " ORDER BY d.total_row" + orderBy(groupBy, true);
        return tallies(query(sql, where), groupBy, false);
    }

    /**
     * The certificates whose first day falls between {@code from} and {@code to}, unless revoked, with how many of
     * them were granted here and how many entered from before; the total row counts them all.
     */
    public List<Tally> newCertifications(LocalDate from, LocalDate to, List<StatisticsDimension> groupBy,
            StatisticsFilter filter) {
        Conditions where = new Conditions().add("c.valid_from >= :from", "from", from)
                .add("c.valid_from <= :to", "to", to)
                .add("c.status <> :revoked", "revoked", CertificationStatus.REVOKED.name()).and(filter);
        String sql = "SELECT " + innerColumns(groupBy) + "GROUPING(" + expressions(groupBy) + ") AS total_row, count(*), "
                + "count(*) FILTER (WHERE c.origin = :granted), count(*) FILTER (WHERE c.origin = :imported) FROM "
                + from(groupBy, filter) + where.sql() + " GROUP BY GROUPING SETS ((" + expressions(groupBy) + "), ())"
                + " ORDER BY total_row" + orderBy(groupBy, false);
        Query query = query(sql, where).setParameter("granted", CertificationOrigin.GRANTED.name())
                .setParameter("imported", CertificationOrigin.IMPORTED.name());
        return tallies(query, groupBy, true);
    }

    /**
     * The certificates valid on {@code asOf} whose last day is {@code until} or before; the total row counts them all.
     */
    public List<Tally> expiringCertifications(LocalDate asOf, LocalDate until, List<StatisticsDimension> groupBy,
            StatisticsFilter filter) {
        Conditions where = validOn(asOf).add("c.valid_to <= :until", "until", until).and(filter);
        String sql = "SELECT " + innerColumns(groupBy) + "GROUPING(" + expressions(groupBy) + ") AS total_row, count(*) "
                + "FROM " + from(groupBy, filter) + where.sql() + " GROUP BY GROUPING SETS ((" + expressions(groupBy)
                + "), ()) ORDER BY total_row" + orderBy(groupBy, false);
        return tallies(query(sql, where), groupBy, false);
    }

    private static Conditions validOn(LocalDate day) {
        return new Conditions().add(VALID_STATUS).add("c.valid_from <= :asOf", "asOf", day)
                .add("c.valid_to >= :asOf", "asOf", day);
    }

    private static String from(List<StatisticsDimension> groupBy, StatisticsFilter filter) {
        boolean joinType = filter.level() != null || groupBy.stream().anyMatch(StatisticsDimension::needsType);
        return joinType ? "certification c JOIN certification_type t ON t.code = c.certification_type"
                : "certification c";
    }

    private static String expressions(List<StatisticsDimension> groupBy) {
        return groupBy.stream().map(StatisticsDimension::expression).collect(Collectors.joining(", "));
    }

    private static String innerColumns(List<StatisticsDimension> groupBy) {
        return groupBy.stream().map(d -> d.expression() + " AS " + d.alias() + ", ").collect(Collectors.joining());
    }

    private static String outerColumns(List<StatisticsDimension> groupBy) {
        return groupBy.stream().map(d -> "d." + d.alias() + ", ").collect(Collectors.joining());
    }

    private static String groupByAliases(List<StatisticsDimension> groupBy) {
        return groupBy.stream().map(d -> ", d." + d.alias()).collect(Collectors.joining());
    }

    /** Rows by the dimensions in the order asked for; {@code outer} orders the outer query of a distinct count. */
    private static String orderBy(List<StatisticsDimension> groupBy, boolean outer) {
        return groupBy.stream().map(d -> ", " + d.orderBy(outer ? "d." + d.alias() : d.expression()))
                .collect(Collectors.joining());
    }

    private Query query(String sql, Conditions where) {
        Query query = entityManager.createNativeQuery(sql);
        where.parameters().forEach(query::setParameter);
        return query;
    }

    /** Reads the rows: the group values in the order of {@code groupBy}, the total-row mark, then the counts. */
    private static List<Tally> tallies(Query query, List<StatisticsDimension> groupBy, boolean withOrigins) {
        List<Tally> tallies = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            Map<StatisticsDimension, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < groupBy.size(); i++) {
                values.put(groupBy.get(i), columns[i]);
            }
            int next = groupBy.size();
            boolean total = ((Number) columns[next]).intValue() != 0;
            long count = ((Number) columns[next + 1]).longValue();
            long granted = withOrigins ? ((Number) columns[next + 2]).longValue() : 0;
            long imported = withOrigins ? ((Number) columns[next + 3]).longValue() : 0;
            Object level = values.get(StatisticsDimension.LEVEL);
            Object year = values.get(StatisticsDimension.YEAR);
            tallies.add(new Tally((String) values.get(StatisticsDimension.TYPE),
                    level == null ? null : CertificationLevel.valueOf(level.toString()),
                    (String) values.get(StatisticsDimension.REGION), year == null ? null : ((Number) year).intValue(),
                    total, count, granted, imported));
        }
        return tallies;
    }

    /** The WHERE clause of a statement, from fixed conditions, and the values bound to their parameters. */
    private static final class Conditions {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Conditions add(String constantCondition) {
            conditions.add(constantCondition);
            return this;
        }

        Conditions add(String condition, String parameter, Object value) {
            conditions.add(condition);
            parameters.put(parameter, value);
            return this;
        }

        Conditions and(StatisticsFilter filter) {
            if (filter.certificationType() != null) {
                add("c.certification_type = :certificationType", "certificationType", filter.certificationType());
            }
            if (filter.level() != null) {
                add("t.level = :level", "level", filter.level().name());
            }
            if (filter.region() != null) {
                add(filter.region().condition("c.region", "region"), "region", filter.region().parameterValue());
            }
            if (filter.within() != null && !filter.within().everywhere()) {
                add(filter.within().condition("c.region", "reach"), "reach", filter.within().parameterValue());
            }
            return this;
        }

        String sql() {
            return " WHERE " + String.join(" AND ", conditions);
        }

        Map<String, Object> parameters() {
            return parameters;
        }
    }
}
