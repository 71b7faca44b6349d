package org.keji.project.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.export.ExportConfig;
import org.keji.commons.money.Money;
import org.keji.commons.money.Ratios;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.security.Caller;
import org.keji.commons.security.RegionReach;
import org.keji.project.application.Industry;
import org.keji.project.application.ProjectStatus;
import org.keji.project.application.TechnologySource;
import org.keji.project.application.UndertakerType;
import org.keji.project.call.CallCategory;
import org.keji.project.call.CallLevel;
import org.keji.project.call.CallRepository;
import org.keji.project.call.ProjectCall;
import org.keji.project.statistics.dto.BatchProjectRow;
import org.keji.project.statistics.dto.BatchProjects;
import org.keji.project.statistics.dto.BatchSummaries;
import org.keji.project.statistics.dto.BatchSummaryRow;
import org.keji.project.statistics.dto.PerformanceRow;
import org.keji.project.statistics.dto.PerformanceStatistics;

/**
 * Project statistics for the bureau: each figure group is one aggregate statement
 * ({@link ProjectStatisticsRepository}); this class pairs the groups with their rows and derives every percentage and
 * 万元 figure exactly from the group's integer counts and exact sums, rounding half up once ({@link Ratios}). An
 * officer counts within its region only, inside the statement.
 */
@ApplicationScoped
public class ProjectStatisticsService {

    static final String CALL_NOT_FOUND = "PROJECT_STATISTICS_CALL_NOT_FOUND";

    private final ProjectStatisticsRepository statistics;
    private final CallRepository calls;
    private final Caller caller;
    private final ExportConfig exportConfig;

    public ProjectStatisticsService(ProjectStatisticsRepository statistics, CallRepository calls, Caller caller,
            ExportConfig exportConfig) {
        this.statistics = statistics;
        this.calls = calls;
        this.caller = caller;
        this.exportConfig = exportConfig;
    }

    public PerformanceStatistics performance(StatisticsFilter filter) {
        Map<PerformanceDimension, Map<String, Object[]>> groups = new EnumMap<>(PerformanceDimension.class);
        for (PerformanceDimension dimension : PerformanceDimension.values()) {
            groups.put(dimension, new HashMap<>());
        }
        for (Object[] row : statistics.performance(filter, reach())) {
            if (integer(row[3]) == 0) {
                groups.get(PerformanceDimension.INDUSTRY).put((String) row[0], row);
            } else if (integer(row[4]) == 0) {
                groups.get(PerformanceDimension.UNDERTAKER_TYPE).put((String) row[1], row);
            } else if (integer(row[5]) == 0) {
                groups.get(PerformanceDimension.TECHNOLOGY_SOURCE).put((String) row[2], row);
            } else {
                groups.get(PerformanceDimension.TOTAL).put(null, row);
            }
        }
        long all = count(groups.get(PerformanceDimension.TOTAL).get(null), 6);
        List<PerformanceRow> rows = new ArrayList<>();
        for (Industry industry : Industry.values()) {
            rows.add(row(PerformanceDimension.INDUSTRY, industry.name(), groups, all));
        }
        for (UndertakerType type : UndertakerType.values()) {
            rows.add(row(PerformanceDimension.UNDERTAKER_TYPE, type.name(), groups, all));
        }
        for (TechnologySource source : TechnologySource.values()) {
            rows.add(row(PerformanceDimension.TECHNOLOGY_SOURCE, source.name(), groups, all));
        }
        rows.add(row(PerformanceDimension.TOTAL, null, groups, all));
        return new PerformanceStatistics(filter.year(), filter.batch(), filter.callId(), filter.level(),
                filter.category(), filter.region(), rows);
    }

    public BatchSummaries batches(StatisticsFilter filter) {
        List<BatchSummaryRow> rows = statistics.batches(filter, reach()).stream()
                .map(ProjectStatisticsService::batchRow).toList();
        return new BatchSummaries(filter.year(), filter.level(), filter.category(), filter.region(), rows);
    }

    /**
     * The funded projects of a call within the caller's reach, one page of them ({@code all}: every one, for an
     * export, up to {@code keji.export.max-rows}), with the totals of all of them.
     */
    public BatchProjects batchProjects(UUID callId, PageQuery query, boolean all) {
        ProjectCall call = calls.findByIdOptional(callId)
                .orElseThrow(() -> new NotFoundException(CALL_NOT_FOUND, callId));
        RegionReach reach = reach();
        BatchSummaryRow summary = statistics
                .batches(new StatisticsFilter(null, null, callId, null, null, null), reach).stream()
                .map(ProjectStatisticsService::batchRow).filter(row -> !row.total()).findFirst()
                .orElseGet(() -> new BatchSummaryRow(call.id(), call.code(), call.title(), call.year(), call.batch(),
                        call.level(), call.category(), call.region(), false, 0, BigDecimal.ZERO.setScale(2),
                        Ratios.tenThousandYuan(BigDecimal.ZERO.setScale(2))));
        if (all && summary.projects() > exportConfig.maxRows()) {
            throw new BusinessRuleException("EXPORT_TOO_LARGE", summary.projects(), exportConfig.maxRows());
        }
        PageQuery page = all ? new PageQuery(0, exportConfig.maxRows(), query.sortField(), query.ascending()) : query;
        List<BatchProjectRow> items = statistics.batchProjects(callId, reach, page).stream()
                .map(ProjectStatisticsService::projectRow).toList();
        return new BatchProjects(summary, items, page.page(), page.size(), summary.projects());
    }

    private RegionReach reach() {
        return caller.officerRegions().orElse(null);
    }

    private static PerformanceRow row(PerformanceDimension dimension, String group,
            Map<PerformanceDimension, Map<String, Object[]>> groups, long all) {
        Object[] r = groups.get(dimension).get(group);
        long projects = count(r, 6);
        BigDecimal plannedGovernment = amount(r, 7);
        BigDecimal plannedSelfRaised = amount(r, 8);
        BigDecimal plannedTotal = plannedGovernment.add(plannedSelfRaised);
        BigDecimal evaluatedGovernment = amount(r, 10);
        BigDecimal evaluatedSelfRaised = amount(r, 11);
        BigDecimal evaluatedPlanned = evaluatedGovernment.add(evaluatedSelfRaised);
        BigDecimal receivedGovernment = amount(r, 12);
        BigDecimal receivedSelfRaised = amount(r, 13);
        BigDecimal receivedTotal = receivedGovernment.add(receivedSelfRaised);
        return new PerformanceRow(dimension, group, projects, Ratios.percent(projects, all),
                yuan(plannedGovernment), Ratios.tenThousandYuan(plannedGovernment), yuan(plannedSelfRaised),
                Ratios.tenThousandYuan(plannedSelfRaised), yuan(plannedTotal), Ratios.tenThousandYuan(plannedTotal),
                Ratios.percent(plannedGovernment, plannedTotal), Ratios.percent(plannedSelfRaised, plannedTotal),
                count(r, 9), yuan(evaluatedPlanned), yuan(receivedGovernment),
                Ratios.tenThousandYuan(receivedGovernment), yuan(receivedSelfRaised),
                Ratios.tenThousandYuan(receivedSelfRaised), yuan(receivedTotal),
                Ratios.tenThousandYuan(receivedTotal), Ratios.percent(receivedTotal, evaluatedPlanned),
                Ratios.percent(receivedGovernment, evaluatedGovernment),
                Ratios.percent(receivedSelfRaised, evaluatedSelfRaised),
                Ratios.percent(receivedGovernment, receivedTotal), Ratios.percent(receivedSelfRaised, receivedTotal),
                yuan(amount(r, 14)), yuan(amount(r, 15)), yuan(amount(r, 16)), yuan(amount(r, 17)),
                count(r, 18), count(r, 19), count(r, 20), count(r, 21), count(r, 22), count(r, 23), count(r, 24));
    }

    private static BatchSummaryRow batchRow(Object[] r) {
        boolean total = integer(r[8]) == 1;
        BigDecimal granted = (BigDecimal) r[10];
        return new BatchSummaryRow(total ? null : (UUID) r[0], (String) r[1], (String) r[2],
                r[3] == null ? null : integer(r[3]), r[4] == null ? null : integer(r[4]),
                r[5] == null ? null : CallLevel.valueOf((String) r[5]),
                r[6] == null ? null : CallCategory.valueOf((String) r[6]), (String) r[7], total, count(r, 9),
                yuan(granted), Ratios.tenThousandYuan(granted));
    }

    private static BatchProjectRow projectRow(Object[] r) {
        BigDecimal grant = (BigDecimal) r[9];
        return new BatchProjectRow((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                Industry.valueOf((String) r[5]), UndertakerType.valueOf((String) r[6]),
                TechnologySource.valueOf((String) r[7]), ProjectStatus.valueOf((String) r[8]), Money.of(grant),
                Ratios.tenThousandYuan(grant), (String) r[10]);
    }

    /** An exact sum in yuan with two decimals, however many integer digits it needs. */
    private static BigDecimal yuan(BigDecimal sum) {
        return sum.setScale(Money.SCALE, RoundingMode.UNNECESSARY);
    }

    private static int integer(Object value) {
        return ((Number) value).intValue();
    }

    private static long count(Object[] row, int index) {
        return row == null ? 0 : ((Number) row[index]).longValue();
    }

    private static BigDecimal amount(Object[] row, int index) {
        return row == null ? BigDecimal.ZERO.setScale(2) : (BigDecimal) row[index];
    }
}
