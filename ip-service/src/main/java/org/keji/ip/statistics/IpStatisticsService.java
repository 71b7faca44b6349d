package org.keji.ip.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.identifier.PatentType;
import org.keji.commons.money.Money;
import org.keji.commons.money.Ratios;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.Problem;
import org.keji.commons.security.Caller;
import org.keji.commons.security.RegionReach;
import org.keji.ip.dispute.DisputeCategory;
import org.keji.ip.dispute.DisputeKind;
import org.keji.ip.dispute.DisputeOutcome;
import org.keji.ip.dispute.DisputeStatus;
import org.keji.ip.pledge.PledgeStatus;
import org.keji.ip.policy.SubsidyPolicyKind;
import org.keji.ip.statistics.dto.ContractStatistics;
import org.keji.ip.statistics.dto.ContractStatisticsRow;
import org.keji.ip.statistics.dto.DisputeStatistics;
import org.keji.ip.statistics.dto.DisputeStatisticsRow;
import org.keji.ip.statistics.dto.InspectionStatistics;
import org.keji.ip.statistics.dto.InspectionStatisticsRow;
import org.keji.ip.statistics.dto.InventionDensity;
import org.keji.ip.statistics.dto.InventionDensityRow;
import org.keji.ip.statistics.dto.PatentStatistics;
import org.keji.ip.statistics.dto.PatentStatisticsRow;
import org.keji.ip.statistics.dto.PledgeStatistics;
import org.keji.ip.statistics.dto.PledgeStatisticsRow;
import org.keji.ip.statistics.dto.ProblemCounts;
import org.keji.ip.statistics.dto.SubsidyStatistics;
import org.keji.ip.statistics.dto.SubsidyStatisticsRow;
import org.keji.ip.techcontract.ContractType;

/**
 * IP statistics for the bureau: each figure is one aggregate statement ({@link IpStatisticsRepository}); this class
 * only pairs the groups with their rows, derives growth and density exactly ({@link Ratio}) and restricts an officer to
 * its region inside the statement. "This year" is the bureau's (Asia/Shanghai).
 */
@ApplicationScoped
public class IpStatisticsService {

    /** The reason of a density without a population figure. */
    public static final String POPULATION_MISSING = "POPULATION_MISSING";

    private final IpStatisticsRepository statistics;
    private final Caller caller;
    private final Clock clock;

    public IpStatisticsService(IpStatisticsRepository statistics, Caller caller, Clock clock) {
        this.statistics = statistics;
        this.caller = caller;
        this.clock = clock;
    }

    /** The years asked for, this year by default. */
    private YearRange years(StatisticsParams params) {
        return params.years(LocalDate.now(clock).getYear());
    }

    public PatentStatistics patents(StatisticsParams params, List<String> groupBy, PatentType type) {
        YearRange years = years(params);
        List<Dimension> dimensions = IpStatisticsRepository.PATENTS.parse(groupBy, List.of(Dimension.TYPE));
        Scope scope = scope(params.region());
        RegionLevel level = level(params.regionLevel(), scope);
        List<Group> groups = statistics.patents(new YearRange(years.from() - 1, years.to()), dimensions, level, type,
                scope.prefix(), scope.reach());
        // applications and grants by (total mark, group values) and year; a key absent in a year counts 0 there
        Map<List<Object>, Map<Integer, long[]>> counts = new HashMap<>();
        for (Group group : groups) {
            if (group.isRowOutsideEveryGroup()) {
                continue;
            }
            counts.computeIfAbsent(key(group, dimensions), k -> new HashMap<>()).put(group.integer(Dimension.YEAR),
                    new long[] { group.count(0), group.count(1) });
        }
        TreeSet<List<Object>> keys = new TreeSet<>(KEY_ORDER);
        keys.addAll(counts.keySet());
        List<PatentStatisticsRow> rows = new ArrayList<>();
        long[] none = new long[2];
        for (int year = years.from(); year <= years.to(); year++) {
            for (List<Object> key : keys) {
                long[] now = counts.get(key).getOrDefault(year, none);
                long[] last = counts.get(key).getOrDefault(year - 1, none);
                if (now[0] + now[1] + last[0] + last[1] == 0 && !isTotal(key)) {
                    continue;
                }
                Map<Dimension, Object> values = values(key, dimensions);
                rows.add(new PatentStatisticsRow(year, values.get(Dimension.TYPE) == null ? null
                        : PatentType.valueOf(values.get(Dimension.TYPE).toString()), (String) values.get(Dimension.REGION),
                        isTotal(key), now[0], last[0], Ratio.growthPercent(now[0], last[0]), now[1], last[1],
                        Ratio.growthPercent(now[1], last[1])));
            }
        }
        return new PatentStatistics(years.from(), years.to(), dimensions, level, rows);
    }

    /**
     * Valid inventions per 10 000 residents of every region at {@code level} under {@code region} and of
     * {@code region} as a whole, for {@code year} (last year by default: this year's 31 December is still to come).
     */
    public InventionDensity inventionDensity(Integer year, String region, String level) {
        int counted = year != null ? year : LocalDate.now(clock).getYear() - 1;
        Scope scope = scope(region);
        int digits = scope.prefix() == null ? 0 : scope.prefix().length();
        RegionLevel rows = RegionLevel.parse(level, "level", RegionLevel.below(digits));
        if (rows.digits() < digits) {
            throw new InvalidRequestException("VALIDATION_FAILED", List.of(new Problem.Violation("level",
                    "must not be above the region asked for", level)));
        }
        String parentCode = scope.prefix() == null ? "000000" : (scope.prefix() + "000000").substring(0, 6);
        LocalDate day = LocalDate.of(counted, 12, 31);
        List<InventionDensityRow> result = new ArrayList<>();
        for (Object[] row : statistics.inventionsInForce(counted, day, rows, scope.prefix(), parentCode,
                scope.reach())) {
            if (row[0] == null) {
                continue;
            }
            long inventions = ((Number) row[2]).longValue();
            Long residents = row[3] == null ? null : ((Number) row[3]).longValue();
            result.add(new InventionDensityRow((String) row[0], ((Number) row[1]).intValue() != 0, inventions,
                    residents, Ratio.perTenThousand(inventions, residents),
                    residents == null ? POPULATION_MISSING : null));
        }
        return new InventionDensity(counted, day, parentCode, rows, result);
    }

    public ContractStatistics technologyContracts(StatisticsParams params, List<String> groupBy, ContractType type) {
        YearRange years = years(params);
        List<Dimension> dimensions = IpStatisticsRepository.CONTRACTS.parse(groupBy, List.of(Dimension.TYPE));
        Scope scope = scope(params.region());
        RegionLevel level = level(params.regionLevel(), scope);
        List<ContractStatisticsRow> rows = rows(statistics.technologyContracts(years, dimensions, level, type,
                scope.prefix(), scope.reach())).stream().map(g -> new ContractStatisticsRow(
                        g.string(Dimension.TYPE) == null ? null : ContractType.valueOf(g.string(Dimension.TYPE)),
                        g.string(Dimension.REGION), g.integer(Dimension.YEAR), g.total(), g.count(0),
                        Money.of(g.amount(1)), Money.of(g.amount(2))))
                .toList();
        return new ContractStatistics(years.from(), years.to(), dimensions, level, rows);
    }

    public DisputeStatistics disputes(StatisticsParams params, List<String> groupBy, DisputeCategory category,
            DisputeKind kind) {
        YearRange years = years(params);
        List<Dimension> dimensions = IpStatisticsRepository.DISPUTES.parse(groupBy,
                List.of(Dimension.KIND, Dimension.OUTCOME));
        Scope scope = scope(params.region());
        RegionLevel level = level(params.regionLevel(), scope);
        List<DisputeStatisticsRow> rows = rows(statistics.disputes(years, dimensions, level, category, kind,
                scope.prefix(), scope.reach())).stream().map(g -> new DisputeStatisticsRow(
                        g.string(Dimension.CATEGORY) == null ? null : DisputeCategory.valueOf(g.string(Dimension.CATEGORY)),
                        g.string(Dimension.KIND) == null ? null : DisputeKind.valueOf(g.string(Dimension.KIND)),
                        g.string(Dimension.OUTCOME) == null ? null : DisputeOutcome.valueOf(g.string(Dimension.OUTCOME)),
                        g.string(Dimension.STATUS) == null ? null : DisputeStatus.valueOf(g.string(Dimension.STATUS)),
                        g.string(Dimension.REGION), g.integer(Dimension.YEAR), g.total(), g.count(0)))
                .toList();
        return new DisputeStatistics(years.from(), years.to(), dimensions, level, rows);
    }

    public InspectionStatistics inspections(StatisticsParams params, List<String> groupBy) {
        YearRange years = years(params);
        List<Dimension> dimensions = IpStatisticsRepository.INSPECTIONS.parse(groupBy, List.of(Dimension.REGION));
        Scope scope = scope(params.region());
        RegionLevel level = level(params.regionLevel(), scope);
        List<InspectionStatisticsRow> rows = rows(statistics.inspections(years, dimensions, level, scope.prefix(),
                scope.reach())).stream().map(g -> new InspectionStatisticsRow(g.string(Dimension.REGION),
                        g.integer(Dimension.YEAR), g.total(), g.count(0), g.count(1), g.count(2), g.count(3),
                        new ProblemCounts(g.count(4), g.count(5), g.count(6), g.count(7), g.count(8), g.count(9))))
                .toList();
        return new InspectionStatistics(years.from(), years.to(), dimensions, level, rows);
    }

    public SubsidyStatistics subsidiesPaid(StatisticsParams params, List<String> groupBy, SubsidyPolicyKind kind,
            PatentType type) {
        YearRange years = years(params);
        List<Dimension> dimensions = IpStatisticsRepository.SUBSIDIES.parse(groupBy,
                List.of(Dimension.KIND, Dimension.TYPE));
        Scope scope = scope(params.region());
        RegionLevel level = level(params.regionLevel(), scope);
        List<SubsidyStatisticsRow> rows = rows(statistics.subsidiesPaid(years, dimensions, level, kind, type,
                scope.prefix(), scope.reach())).stream().map(g -> new SubsidyStatisticsRow(g.integer(Dimension.YEAR),
                        g.string(Dimension.REGION),
                        g.string(Dimension.KIND) == null ? null : SubsidyPolicyKind.valueOf(g.string(Dimension.KIND)),
                        g.string(Dimension.TYPE) == null ? null : PatentType.valueOf(g.string(Dimension.TYPE)),
                        g.total(), g.count(0), Money.of(g.amount(1))))
                .toList();
        return new SubsidyStatistics(years.from(), years.to(), dimensions, level, rows);
    }

    /**
     * The region filter and the caller's reach. An officer asking for a region wider than its own (or none) counts its
     * own region: the prefix is the narrower of the two, and the reach stays a condition of the statement whatever
     * was asked.
     */
    private Scope scope(String region) {
        RegionReach reach = caller.officerRegions().orElse(null);
        if (reach == null || reach.everywhere()) {
            return new Scope(region, null);
        }
        String prefix = region == null || reach.prefix().startsWith(region) ? reach.prefix() : region;
        return new Scope(prefix, reach);
    }

    private static RegionLevel level(String regionLevel, Scope scope) {
        return RegionLevel.parse(regionLevel, "regionLevel",
                RegionLevel.below(scope.prefix() == null ? 0 : scope.prefix().length()));
    }

    /** The group rows (without the groups outside every county), then the total row. */
    private static List<Group> rows(List<Group> groups) {
        return groups.stream().filter(g -> !g.isRowOutsideEveryGroup()).toList();
    }

    private record Scope(String prefix, RegionReach reach) {
    }

    /** A key of the patent rows: the total mark, then the values of the dimensions in the order asked for. */
    private static List<Object> key(Group group, List<Dimension> dimensions) {
        List<Object> key = new ArrayList<>();
        key.add(group.total());
        dimensions.forEach(d -> key.add(group.values().get(d)));
        return key;
    }

    private static boolean isTotal(List<Object> key) {
        return (Boolean) key.get(0);
    }

    private static Map<Dimension, Object> values(List<Object> key, List<Dimension> dimensions) {
        Map<Dimension, Object> values = new HashMap<>();
        for (int i = 0; i < dimensions.size(); i++) {
            values.put(dimensions.get(i), key.get(i + 1));
        }
        return values;
    }

    /** Group rows before the total row, then by the values in turn (codes and type names order as text). */
    private static final Comparator<List<Object>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int order = String.valueOf(a.get(i)).compareTo(String.valueOf(b.get(i)));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    };

    /**
     * The pledges registered in the years (a released one counts in the year it was registered), their patents and
     * the exact sum of their secured amounts, also in 10 000 yuan.
     */
    public PledgeStatistics pledges(StatisticsParams params, List<String> groupBy) {
        YearRange years = years(params);
        List<Dimension> dimensions = IpStatisticsRepository.PLEDGES.parse(groupBy,
                List.of(Dimension.YEAR, Dimension.REGION));
        Scope scope = scope(params.region());
        RegionLevel level = level(params.regionLevel(), scope);
        List<PledgeStatisticsRow> rows = rows(statistics.pledges(years, dimensions, level, scope.prefix(),
                scope.reach())).stream().map(g -> new PledgeStatisticsRow(g.string(Dimension.REGION),
                        g.integer(Dimension.YEAR),
                        g.string(Dimension.STATUS) == null ? null : PledgeStatus.valueOf(g.string(Dimension.STATUS)),
                        g.total(), g.count(0), g.count(1), g.count(2), Money.of(g.amount(3)),
                        Ratios.tenThousandYuan(g.amount(3))))
                .toList();
        return new PledgeStatistics(years.from(), years.to(), dimensions, level, rows);
    }
}
