package org.keji.enterprise.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.security.Caller;
import org.keji.enterprise.statistics.dto.CertifiedEnterprises;
import org.keji.enterprise.statistics.dto.CertifiedEnterprisesRow;
import org.keji.enterprise.statistics.dto.ExpiringCertifications;
import org.keji.enterprise.statistics.dto.ExpiringCertificationsRow;
import org.keji.enterprise.statistics.dto.NewCertifications;
import org.keji.enterprise.statistics.dto.NewCertificationsRow;

/** Certification statistics for the bureau: each figure is one aggregate query; "today" is the bureau's date. */
@ApplicationScoped
public class CertificationStatisticsService {

    /** The grouping when a request names none. */
    public static final List<StatisticsDimension> DEFAULT_GROUP_BY = List.of(StatisticsDimension.TYPE);

    private final CertificationStatisticsRepository statistics;
    private final Caller caller;
    private final Clock clock;

    public CertificationStatisticsService(CertificationStatisticsRepository statistics, Caller caller, Clock clock) {
        this.statistics = statistics;
        this.caller = caller;
        this.clock = clock;
    }

    /** Enterprises holding a certificate valid on {@code asOf} (today when null), distinct per group and overall. */
    public CertifiedEnterprises certifiedEnterprises(LocalDate asOf, List<StatisticsDimension> groupBy,
            StatisticsFilter filter) {
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        List<Tally> tallies = statistics.certifiedEnterprises(day, groupBy, scoped(filter));
        List<CertifiedEnterprisesRow> rows = groups(tallies).stream().map(t -> new CertifiedEnterprisesRow(
                t.certificationType(), t.level(), t.region(), t.year(), t.count())).toList();
        return new CertifiedEnterprises(day, groupBy, rows, total(tallies).map(Tally::count).orElse(0L));
    }

    /** Certificates whose validity starts in {@code year} (this year when null), unless revoked, by group and origin. */
    public NewCertifications newCertifications(Integer year, List<StatisticsDimension> groupBy,
            StatisticsFilter filter) {
        int counted = year != null ? year : LocalDate.now(clock).getYear();
        List<Tally> tallies = statistics.newCertifications(LocalDate.of(counted, 1, 1), LocalDate.of(counted, 12, 31),
                groupBy, scoped(filter));
        List<NewCertificationsRow> rows = groups(tallies).stream().map(t -> new NewCertificationsRow(
                t.certificationType(), t.level(), t.region(), t.year(), t.count(), t.granted(), t.imported()))
                .toList();
        Optional<Tally> total = total(tallies);
        return new NewCertifications(counted, groupBy, rows, total.map(Tally::count).orElse(0L),
                total.map(Tally::granted).orElse(0L), total.map(Tally::imported).orElse(0L));
    }

    /**
     * Certificates valid on {@code asOf} (today when null) whose last day is at most {@code withinDays} days after it.
     */
    public ExpiringCertifications expiringCertifications(LocalDate asOf, int withinDays,
            List<StatisticsDimension> groupBy, StatisticsFilter filter) {
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        LocalDate until = day.plusDays(withinDays);
        List<Tally> tallies = statistics.expiringCertifications(day, until, groupBy, scoped(filter));
        List<ExpiringCertificationsRow> rows = groups(tallies).stream().map(t -> new ExpiringCertificationsRow(
                t.certificationType(), t.level(), t.region(), t.year(), t.count())).toList();
        return new ExpiringCertifications(day, withinDays, until, groupBy, rows,
                total(tallies).map(Tally::count).orElse(0L));
    }

    /** An officer counts within its regions only. */
    private StatisticsFilter scoped(StatisticsFilter filter) {
        return filter.within(caller.officerRegions().orElse(null));
    }

    private static List<Tally> groups(List<Tally> tallies) {
        return tallies.stream().filter(t -> !t.total()).toList();
    }

    /** The total row; a query over no certificate at all has none when it groups by enterprise first. */
    private static Optional<Tally> total(List<Tally> tallies) {
        return tallies.stream().filter(Tally::total).findFirst();
    }
}
