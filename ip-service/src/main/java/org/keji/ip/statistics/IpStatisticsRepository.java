package org.keji.ip.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.keji.commons.identifier.PatentType;
import org.keji.commons.security.RegionReach;
import org.keji.ip.dispute.DisputeCategory;
import org.keji.ip.dispute.DisputeKind;
import org.keji.ip.inspection.ProblemType;
import org.keji.ip.pledge.PledgeStatus;
import org.keji.ip.policy.SubsidyPolicyKind;
import org.keji.ip.techcontract.ContractStatus;
import org.keji.ip.techcontract.ContractType;

/**
 * The aggregate statements of ip statistics: one SQL statement per figure, counted by PostgreSQL from the indexes of
 * {@code V3}, {@code V5}–{@code V7}, {@code V12__ip_statistics.sql} and {@code V13__subsidy_statistics.sql}; no patent or case
 * is loaded into Java. A
 * statement is assembled only from the constants of {@link Dimension.Figure}, {@link RegionLevel} and fixed
 * conditions; every value of a request is bound as a parameter.
 * <p>
 * To add a figure: a {@link Dimension.Figure} naming its table and the columns of its dimensions, a method here
 * selecting {@code grouped(...)} with its measures over {@link Conditions}, a row record, and a service method turning
 * the {@link Group}s into rows (the group rows, then the total row).
 */
@ApplicationScoped
public class IpStatisticsRepository {

    static final Dimension.Figure PATENTS = new Dimension.Figure("p",
            ordered(Dimension.TYPE, "patent_type", Dimension.REGION, "region"));
    static final Dimension.Figure CONTRACTS = new Dimension.Figure("c",
            ordered(Dimension.TYPE, "contract_type", Dimension.REGION, "region", Dimension.YEAR, "year"));
    static final Dimension.Figure DISPUTES = new Dimension.Figure("d",
            ordered(Dimension.CATEGORY, "category", Dimension.KIND, "kind", Dimension.OUTCOME, "outcome",
                    Dimension.STATUS, "status", Dimension.REGION, "region", Dimension.YEAR, "year"));
    static final Dimension.Figure INSPECTIONS = new Dimension.Figure("i",
            ordered(Dimension.REGION, "region", Dimension.YEAR, "year"));
    /** The paid subsidy applications with their policy's kind, flattened by {@link #subsidiesPaid}. */
    static final Dimension.Figure SUBSIDIES = new Dimension.Figure("s", ordered(Dimension.YEAR, "paid_year",
            Dimension.REGION, "region", Dimension.KIND, "kind", Dimension.TYPE, "patent_type"));
    /** The problems of inspections carry region and year of their inspection, so they group the same way. */
    private static final Dimension.Figure PROBLEMS = new Dimension.Figure("q", INSPECTIONS.columns());

    /** The year of a grant, as indexed by {@code patent_grant_statistics} ({@code V12}). */
    private static final String GRANT_YEAR = "CAST(EXTRACT(YEAR FROM p.granted_on) AS integer)";

    /** The invention types as literals: the partial index {@code patent_invention_in_force} is proved from them. */
    static final String INVENTION_TYPES = Arrays.stream(new PatentType[] { PatentType.INVENTION,
            PatentType.PCT_INVENTION }).map(t -> "'" + t.name() + "'").collect(Collectors.joining(", ", "IN (", ")"));

    private final EntityManager entityManager;

    public IpStatisticsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Applications (filing year) and grants (year of the grant date) in each year of {@code years}, by the group of
     * {@code groupBy} (never {@code year}: every row has its year) and in total per year. Measures: applications,
     * grants.
     */
    public List<Group> patents(YearRange years, List<Dimension> groupBy, RegionLevel level, PatentType type,
            String regionPrefix, RegionReach reach) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Conditions filed = new Conditions("p", parameters).years("filing_year", years).equal("patent_type", "type",
                type == null ? null : type.name()).regions(regionPrefix, reach);
        Conditions granted = new Conditions("p", parameters).condition(GRANT_YEAR + " BETWEEN :fromYear AND :toYear")
                .equal("patent_type", "type", type == null ? null : type.name()).regions(regionPrefix, reach);
        String sql = "SELECT " + outerKeys(groupBy, level) + "x.year, " + outerTotalRow(groupBy, level)
                + ", sum(x.applications), sum(x.grants) FROM (SELECT " + rawKeys(PATENTS, groupBy)
                + "CAST(p.filing_year AS integer) AS year, count(*) AS applications, 0 AS grants FROM patent p"
                + filed.sql() + " GROUP BY " + rawColumns(PATENTS, groupBy, "p.filing_year") + " UNION ALL SELECT "
                + rawKeys(PATENTS, groupBy) + GRANT_YEAR + " AS year, 0, count(*) FROM patent p" + granted.sql()
                + " GROUP BY " + rawColumns(PATENTS, groupBy, GRANT_YEAR) + ") x"
                + outerGrouping(groupBy, level, "x.year") + " ORDER BY x.year, total_row" + aliasOrder(groupBy);
        return groups(query(sql, parameters), groupBy, true, 2);
    }

    /**
     * The granted inventions (INVENTION, PCT_INVENTION) in force on {@code day}, held in each region at {@code level}
     * under {@code prefix} and in total, each next to the resident population of the region's code for {@code year}:
     * the rows are the regions having inventions or a population figure; the total row is keyed by {@code parentCode}.
     * Columns: region, total_row, inventions, residents (null without a figure).
     */
    public List<Object[]> inventionsInForce(int year, LocalDate day, RegionLevel level, String prefix,
            String parentCode, RegionReach reach) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("day", day);
        parameters.put("year", year);
        parameters.put("parentCode", parentCode);
        Conditions patents = new Conditions("p", parameters).add("patent_type", INVENTION_TYPES)
                .add("granted_on", "<= :day").add("term_ends_on", "> :day")
                .condition("(p.lapsed_on IS NULL OR p.lapsed_on > :day)").regions(prefix, reach);
        Conditions populations = new Conditions("n", parameters).add("year", "= :year").regions(prefix, reach)
                .add("region", switch (level) {
                    case PROVINCE -> "LIKE '__0000'";
                    case CITY -> "LIKE '____00' AND n.region NOT LIKE '__0000'";
                    case COUNTY -> "NOT LIKE '%00'";
                });
        String key = level.expression("r.region");
        String sql = "WITH counts AS (SELECT CASE WHEN GROUPING(" + key + ") = 1 THEN :parentCode ELSE " + key
                + " END AS region, GROUPING(" + key + ") AS total_row, sum(r.inventions) AS inventions FROM (SELECT "
                + "p.region, count(*) AS inventions FROM patent p" + patents.sql() + " GROUP BY p.region) r"
                + " GROUP BY GROUPING SETS ((" + key + "), ())), populations AS (SELECT n.region, 0 AS total_row, "
                + "n.residents FROM regional_population n" + populations.sql() + " UNION ALL SELECT t.region, 1, "
                + "t.residents FROM regional_population t WHERE t.year = :year AND t.region = :parentCode) "
                + "SELECT coalesce(c.region, n.region), coalesce(c.total_row, n.total_row), coalesce(c.inventions, 0), "
                + "n.residents FROM counts c FULL JOIN populations n ON n.region = c.region AND n.total_row = "
                + "c.total_row ORDER BY 2, 1";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(sql, parameters).getResultList();
        return rows;
    }

    /**
     * The technology contracts registered (status REGISTERED) in the years, by group and in total. Measures: count,
     * sum of contract amounts, sum of registered transaction amounts.
     */
    public List<Group> technologyContracts(YearRange years, List<Dimension> groupBy, RegionLevel level,
            ContractType type, String regionPrefix, RegionReach reach) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Conditions where = new Conditions("c", parameters).add("status", "= '" + ContractStatus.REGISTERED.name() + "'")
                .years("year", years).equal("contract_type", "type", type == null ? null : type.name())
                .regions(regionPrefix, reach);
        return grouped(CONTRACTS, groupBy, level, "count(*), sum(c.contract_amount), sum(c.registered_amount)",
                "technology_contract c" + where.sql(), parameters, 3);
    }

    /** The dispute cases of the years (year of the request), by group and in total. Measure: count. */
    public List<Group> disputes(YearRange years, List<Dimension> groupBy, RegionLevel level, DisputeCategory category,
            DisputeKind kind, String regionPrefix, RegionReach reach) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Conditions where = new Conditions("d", parameters).years("year", years)
                .equal("category", "category", category == null ? null : category.name())
                .equal("kind", "kind", kind == null ? null : kind.name()).regions(regionPrefix, reach);
        return grouped(DISPUTES, groupBy, level, "count(*)", "ip_dispute d" + where.sql(), parameters, 1);
    }

    /**
     * The inspections of the years, by group and in total. Measures: inspections, products inspected, their summed
     * quantity, problems found, then the problems of each {@link ProblemType} in declaration order.
     */
    public List<Group> inspections(YearRange years, List<Dimension> groupBy, RegionLevel level, String regionPrefix,
            RegionReach reach) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Conditions inspections = new Conditions("i", parameters).years("year", years).regions(regionPrefix, reach);
        Conditions problems = new Conditions("q", parameters).years("year", years).regions(regionPrefix, reach);
        String zeros = Arrays.stream(ProblemType.values()).map(t -> ", 0").collect(Collectors.joining());
        String byType = Arrays.stream(ProblemType.values())
                .map(t -> ", count(*) FILTER (WHERE q.problem_type = '" + t.name() + "')").collect(Collectors.joining());
        String sums = IntStream.range(0, ProblemType.values().length).mapToObj(i -> ", sum(x.m" + (4 + i) + ")")
                .collect(Collectors.joining());
        String measureAliases = IntStream.range(0, ProblemType.values().length).mapToObj(i -> ", 0 AS m" + (4 + i))
                .collect(Collectors.joining());
        String sql = "SELECT " + outerKeys(groupBy, level) + outerTotalRow(groupBy, level)
                + ", sum(x.m0), sum(x.m1), sum(x.m2), sum(x.m3)" + sums + " FROM (SELECT " + rawKeys(INSPECTIONS, groupBy)
                + "count(*) AS m0, sum(jsonb_array_length(i.products)) AS m1, "
                + "sum((SELECT sum(CAST(e ->> 'quantity' AS bigint)) FROM jsonb_array_elements(i.products) e)) AS m2, "
                + "0 AS m3" + measureAliases + " FROM enforcement_inspection i" + inspections.sql()
                + rawGroupBy(INSPECTIONS, groupBy) + " UNION ALL SELECT " + rawKeys(PROBLEMS, groupBy)
                + "0, 0, 0, count(*)" + byType + " FROM enforcement_inspection_problem q" + problems.sql()
                + rawGroupBy(PROBLEMS, groupBy) + ") x" + outerGrouping(groupBy, level, null) + " ORDER BY total_row"
                + aliasOrder(groupBy);
        return groups(query(sql, parameters), groupBy, false, 4 + ProblemType.values().length);
    }

    /**
     * The subsidy applications paid in the years (year of the payment date, {@code V13}'s index), with the kind of their
     * policy, by group and in total. Measures: payments, exact sum of the amounts paid.
     */
    public List<Group> subsidiesPaid(YearRange years, List<Dimension> groupBy, RegionLevel level,
            SubsidyPolicyKind kind, PatentType type, String regionPrefix, RegionReach reach) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Conditions where = new Conditions("a", parameters).add("paid_on", "IS NOT NULL")
                .add("paid_on", ">= :fromDay", "fromDay", LocalDate.of(years.from(), 1, 1))
                .add("paid_on", "< :toDay", "toDay", LocalDate.of(years.to() + 1, 1, 1))
                .equal("patent_type", "type", type == null ? null : type.name()).regions(regionPrefix, reach);
        if (kind != null) {
            parameters.put("kind", kind.name());
            where.condition("k.kind = :kind");
        }
        String paid = "(SELECT CAST(EXTRACT(YEAR FROM a.paid_on) AS integer) AS paid_year, a.region, k.kind, "
                + "a.patent_type, a.paid_amount FROM patent_subsidy_application a JOIN patent_subsidy_policy k ON k.id "
                + "= a.policy_id" + where.sql() + ") s";
        return grouped(SUBSIDIES, groupBy, level, "count(*), sum(s.paid_amount)", paid, parameters, 2);
    }

    /** A one-table statement: the groups of {@code groupBy} and the total row, ordered by the group values. */
    private List<Group> grouped(Dimension.Figure figure, List<Dimension> groupBy, RegionLevel level, String measures,
            String fromWhere, Map<String, Object> parameters, int measureCount) {
        String sql = groupBy.isEmpty()
                ? "SELECT 1 AS total_row, " + measures + " FROM " + fromWhere
                : "SELECT " + keys(figure, groupBy, level) + "GROUPING(" + expressions(figure, groupBy, level, null)
                        + ") AS total_row, " + measures + " FROM " + fromWhere + " GROUP BY GROUPING SETS (("
                        + expressions(figure, groupBy, level, null) + "), ()) ORDER BY total_row"
                        + aliasOrder(groupBy);
        return groups(query(sql, parameters), groupBy, false, measureCount);
    }

    private static String keys(Dimension.Figure figure, List<Dimension> groupBy, RegionLevel level) {
        return IntStream.range(0, groupBy.size())
                .mapToObj(i -> figure.expression(groupBy.get(i), level) + " AS g" + i + ", ")
                .collect(Collectors.joining());
    }

    private static String expressions(Dimension.Figure figure, List<Dimension> groupBy, RegionLevel level,
            String extra) {
        List<String> expressions = new ArrayList<>(groupBy.stream().map(d -> figure.expression(d, level)).toList());
        if (extra != null) {
            expressions.add(extra);
        }
        return expressions.isEmpty() ? "()" : String.join(", ", expressions);
    }

    /** The dimensions' own columns, named {@code g0, g1, …}: a union's branches count by them before any level. */
    private static String rawKeys(Dimension.Figure figure, List<Dimension> groupBy) {
        return IntStream.range(0, groupBy.size()).mapToObj(i -> figure.column(groupBy.get(i)) + " AS g" + i + ", ")
                .collect(Collectors.joining());
    }

    /** The columns of a branch's GROUP BY, {@code first} (the year) first as the statistics indexes order them. */
    private static String rawColumns(Dimension.Figure figure, List<Dimension> groupBy, String first) {
        List<String> columns = new ArrayList<>();
        if (first != null) {
            columns.add(first);
        }
        groupBy.stream().map(figure::column).forEach(columns::add);
        return String.join(", ", columns);
    }

    private static String rawGroupBy(Dimension.Figure figure, List<Dimension> groupBy) {
        return groupBy.isEmpty() ? "" : " GROUP BY " + rawColumns(figure, groupBy, null);
    }

    /**
     * The group values of the outer query over a union's counts {@code x}: the region at its level, computed once per
     * counted region rather than once per patent (and with no collation-aware sort of a million rows).
     */
    private static List<String> outerExpressions(List<Dimension> groupBy, RegionLevel level) {
        return IntStream.range(0, groupBy.size())
                .mapToObj(i -> groupBy.get(i) == Dimension.REGION ? level.expression("x.g" + i) : "x.g" + i).toList();
    }

    private static String outerKeys(List<Dimension> groupBy, RegionLevel level) {
        List<String> expressions = outerExpressions(groupBy, level);
        return IntStream.range(0, expressions.size()).mapToObj(i -> expressions.get(i) + " AS g" + i + ", ")
                .collect(Collectors.joining());
    }

    private static String outerTotalRow(List<Dimension> groupBy, RegionLevel level) {
        return groupBy.isEmpty() ? "1 AS total_row"
                : "GROUPING(" + String.join(", ", outerExpressions(groupBy, level)) + ") AS total_row";
    }

    /** The groups and the total over them, each also by {@code always} (e.g. the year) when given. */
    private static String outerGrouping(List<Dimension> groupBy, RegionLevel level, String always) {
        if (groupBy.isEmpty()) {
            return always == null ? "" : " GROUP BY " + always;
        }
        String groups = String.join(", ", outerExpressions(groupBy, level));
        return always == null ? " GROUP BY GROUPING SETS ((" + groups + "), ())"
                : " GROUP BY GROUPING SETS ((" + groups + ", " + always + "), (" + always + "))";
    }

    /** Orders by the output columns {@code g0, g1, …}. */
    private static String aliasOrder(List<Dimension> groupBy) {
        return IntStream.range(0, groupBy.size()).mapToObj(i -> ", g" + i).collect(Collectors.joining());
    }

    private Query query(String sql, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * Reads the rows: the group values in the order of {@code groupBy}, the year when {@code withYear}, the total-row
     * mark, then {@code measures} measures.
     */
    private static List<Group> groups(Query query, List<Dimension> groupBy, boolean withYear, int measures) {
        List<Group> groups = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            Map<Dimension, Object> values = new EnumMap<>(Dimension.class);
            for (int i = 0; i < groupBy.size(); i++) {
                values.put(groupBy.get(i), columns[i]);
            }
            int next = groupBy.size();
            if (withYear) {
                values.put(Dimension.YEAR, columns[next++]);
            }
            boolean total = ((Number) columns[next]).intValue() != 0;
            groups.add(new Group(values, total, Arrays.copyOfRange(columns, next + 1, next + 1 + measures)));
        }
        return groups;
    }

    private static Map<Dimension, String> ordered(Object... pairs) {
        Map<Dimension, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.put((Dimension) pairs[i], (String) pairs[i + 1]);
        }
        return columns;
    }

    /** Pledges grouped by the year of their registration, the region of the pledge and its current status. */
    static final Dimension.Figure PLEDGES = new Dimension.Figure("pl",
            ordered(Dimension.REGION, "region", Dimension.YEAR, "registered_year", Dimension.STATUS, "status"));

    /**
     * The patent pledges registered in the years (year of registration; a pledge released since counts too, as
     * registered then), by group and in total, read from the covering indexes of {@code V11}. Measures: pledges, those
     * released since, patents pledged, sum of secured amounts.
     */
    public List<Group> pledges(YearRange years, List<Dimension> groupBy, RegionLevel level, String regionPrefix,
            RegionReach reach) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Conditions where = new Conditions("pl", parameters).years("registered_year", years).regions(regionPrefix, reach);
        return grouped(PLEDGES, groupBy, level, "count(*), count(*) FILTER (WHERE pl.status = '"
                + PledgeStatus.RELEASED.name() + "'), sum(pl.patent_count), sum(pl.secured_amount)",
                "patent_pledge pl" + where.sql(), parameters, 4);
    }
}
