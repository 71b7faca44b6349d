package org.keji.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.keji.testkit.EmbeddedPostgres;

/**
 * The ip statistics over a large, reproducible data set: seeds {@code rows} patents (and the resident populations of
 * their regions) straight into the running suite's {@code ip} database with set-based SQL, then asks each figure of
 * {@code /api/v1/ip-statistics} over HTTP, warm, measured by {@link StatisticsLoad#measure} (p50/p99 and the CPU per
 * call). {@link Benchmark} calls {@link #run(Suite, int)} after the certificate statistics; {@code java -cp
 * 'deploy/local/target/keji-local.jar:deploy/local/target/lib/*' org.keji.launcher.StatisticsLoad [rows] --ip [--hold]}
 * runs it alone on a suite of its own.
 * <p>
 * The data set is what a bureau holds after twenty years: patents filed from 2005 to today, more in recent years; about
 * 40 % INVENTION, 3 % PCT_INVENTION, 35 % UTILITY_MODEL, 2 % PCT_UTILITY_MODEL, 20 % DESIGN; regions as the
 * certificates' (ten provinces, a third in Fujian; 9 cities each, 12 counties each; one in ten at a city's own code);
 * about 60 % granted (inventions two to four years after filing, the others within a year, none in the future), an
 * eighth of the granted ones lapsed for an unpaid annuity; the term of the oldest ended. Every county, city and
 * province of the set has a population figure for every year. The same seed gives the same rows every time; a second
 * run on the same database reuses them.
 */
public final class IpStatisticsLoad {

    /** Patents of the data set are registered by this; nothing else is. */
    static final String REGISTERED_BY = "ip-statistics-load";
    private static final String DATABASE = "ip";
    private static final String BASE = "/api/v1/ip-statistics/";
    private static final String YEAR = "2025";

    /** Each figure as an officer of every region asks it (the widest count), and as the Fuzhou officer asks it. */
    private static final List<StatisticsLoad.Operation> OPERATIONS = List.of(
            new StatisticsLoad.Operation("patents by type, all regions", "patents?year=" + YEAR, false),
            new StatisticsLoad.Operation("patents by type and city, 5 years, all regions",
                    "patents?fromYear=2021&toYear=" + YEAR + "&groupBy=type&groupBy=region&regionLevel=city", false),
            new StatisticsLoad.Operation("patents by type, Fuzhou officer", "patents?year=" + YEAR, true),
            new StatisticsLoad.Operation("invention density by province, all regions",
                    "invention-density?year=" + YEAR, false),
            new StatisticsLoad.Operation("invention density by county, all regions",
                    "invention-density?year=" + YEAR + "&level=county", false),
            new StatisticsLoad.Operation("invention density by county, Fuzhou officer",
                    "invention-density?year=" + YEAR, true));

    private IpStatisticsLoad() {
    }

    /**
     * What the data set holds and how each figure performed over it.
     *
     * @param patents the patents of the data set
     * @param validInventions those that are inventions in force on 31 December of {@value #YEAR}
     * @param seedMillis time to write the data set and VACUUM ANALYZE it, 0 when it was there already
     */
    public record Result(long patents, long validInventions, long seedMillis,
            List<StatisticsLoad.Measurement> measurements) {

        /** A report of a few lines, for the benchmark's output. */
        public String summary() {
            var text = new StringBuilder(String.format(
                    "IP statistics over %,d patents (%,d valid inventions on %s-12-31; seeded in %.1f s), %d warm-up + "
                            + "%d measured sequential calls each:%n",
                    patents, validInventions, YEAR, seedMillis / 1000.0, StatisticsLoad.WARM_UP_CALLS,
                    StatisticsLoad.MEASURED_CALLS));
            measurements.forEach(m -> text.append(m.line()).append(System.lineSeparator()));
            return text.toString();
        }
    }

    /** Seeds {@code rows} patents into the suite's ip database unless they are there, then measures every figure. */
    public static Result run(Suite suite, int rows) {
        return run(StatisticsLoad.target(suite, "ip-service", DATABASE), rows);
    }

    static Result run(StatisticsLoad.Target target, int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be positive: " + rows);
        }
        long seedMillis;
        long validInventions;
        try (Connection connection = DriverManager.getConnection(target.jdbcUrl(), EmbeddedPostgres.USER,
                EmbeddedPostgres.PASSWORD); Statement statement = connection.createStatement()) {
            seedMillis = seed(statement, rows);
            validInventions = StatisticsLoad.single(statement, "SELECT count(*) FROM patent WHERE registered_by = '"
                    + REGISTERED_BY + "' AND patent_type IN ('INVENTION', 'PCT_INVENTION') AND granted_on <= DATE '"
                    + YEAR + "-12-31' AND term_ends_on > DATE '" + YEAR + "-12-31' AND (lapsed_on IS NULL OR "
                    + "lapsed_on > DATE '" + YEAR + "-12-31')");
        } catch (SQLException e) {
            throw new IllegalStateException("could not seed the ip statistics data set", e);
        }
        return new Result(rows, validInventions, seedMillis, StatisticsLoad.measure(target, BASE, OPERATIONS));
    }

    /** Writes the data set unless exactly {@code rows} of its patents are there; answers the milliseconds taken. */
    private static long seed(Statement statement, int rows) throws SQLException {
        long present = StatisticsLoad.single(statement,
                "SELECT count(*) FROM patent WHERE registered_by = '" + REGISTERED_BY + "'");
        if (present == rows) {
            return 0;
        }
        long start = System.nanoTime();
        if (present > 0) {
            statement.executeUpdate("DELETE FROM patent WHERE registered_by = '" + REGISTERED_BY + "'");
        }
        statement.execute("SELECT setseed(0.1515)");
        statement.executeUpdate(patentsSql(rows));
        statement.executeUpdate(populationsSql());
        statement.execute("VACUUM (ANALYZE) patent, regional_population");
        allVisible(statement);
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * Vacuums again until the visibility map marks (nearly) every page of {@code patent} all-visible, as autovacuum
     * eventually does: a snapshot a service held during the first VACUUM keeps it from marking the new rows, and the
     * statistics' index-only scans would then read the heap. Gives up after 30 tries.
     */
    private static void allVisible(Statement statement) throws SQLException {
        for (int i = 0; i < 30 && StatisticsLoad.single(statement, "SELECT CASE WHEN relallvisible >= relpages * 0.99 "
                + "THEN 1 ELSE 0 END FROM pg_class WHERE relname = 'patent'") == 0; i++) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            statement.execute("VACUUM patent");
        }
    }

    /**
     * Patent {@code g}: application number {@code L} and thirteen digits (no real number starts with a letter), a
     * region as the certificates' (one in ten at its city's own code), a type, a filing day from 2005 to today skewed
     * to recent years, the grant, lapse and term that follow.
     */
    private static String patentsSql(int rows) {
        return """
                INSERT INTO patent (id, application_number, patent_type, title, ipc_main_class, ipc_classes, filing_date,
                                    filing_year, region, inventors, term_ends_on, status, lapse_reason, grant_number,
                                    granted_on, lapsed_on, last_sequence, version, registered_by, registered_at)
                SELECT cast(md5('keji-load-patent-' || k.g) AS uuid), 'L' || lpad(k.g::text, 13, '0'), k.type,
                       '统计负载专利' || k.g, 'G06F 16/00', '["G06F 16/00"]', k.filed, extract(year FROM k.filed),
                       k.region, '[]', k.term_ends_on,
                       CASE WHEN l.lapsed_on IS NOT NULL THEN 'LAPSED' WHEN k.granted_on IS NOT NULL THEN 'GRANTED'
                            ELSE 'FILED' END,
                       CASE WHEN l.lapsed_on IS NOT NULL THEN 'ANNUITY_UNPAID' END,
                       CASE WHEN k.granted_on IS NOT NULL THEN 'ZL' || 'L' || lpad(k.g::text, 13, '0') END,
                       k.granted_on, l.lapsed_on, 1, 0, '%1$s', now()
                FROM (SELECT d.g, d.type, d.filed, d.lapse_draw,
                             CASE WHEN d.city_own THEN left(d.county, 4) || '00' ELSE d.county END AS region,
                             cast(d.filed + make_interval(years => CASE WHEN d.type IN ('INVENTION', 'PCT_INVENTION')
                                 THEN 20 WHEN d.type = 'DESIGN' THEN 15 ELSE 10 END) AS date) AS term_ends_on,
                             CASE WHEN d.grant_draw < 0.66 AND d.filed + d.examination <= current_date
                                  THEN d.filed + d.examination END AS granted_on
                      FROM (SELECT g, %2$s AS county, random() < 0.1 AS city_own,
                                   CASE WHEN random() < 0.40 THEN 'INVENTION' WHEN random() < 0.05 THEN 'PCT_INVENTION'
                                        WHEN random() < 0.62 THEN 'UTILITY_MODEL' WHEN random() < 0.06
                                        THEN 'PCT_UTILITY_MODEL' ELSE 'DESIGN' END AS type,
                                   current_date - floor(7970 * power(random(), 1.6))::integer AS filed,
                                   random() AS grant_draw, random() AS lapse_draw, random() AS examination_draw
                            FROM generate_series(1, %3$d) AS g) AS s
                      CROSS JOIN LATERAL (SELECT s.g, s.county, s.city_own, s.type, s.filed, s.grant_draw,
                                                 s.lapse_draw,
                                                 CASE WHEN s.type IN ('INVENTION', 'PCT_INVENTION')
                                                      THEN 700 + floor(s.examination_draw * 700)::integer
                                                      ELSE 150 + floor(s.examination_draw * 250)::integer
                                                 END AS examination) AS d) AS k
                CROSS JOIN LATERAL (SELECT CASE WHEN k.granted_on IS NOT NULL AND k.lapse_draw < 0.125
                                                 AND k.granted_on + 365 + floor(k.lapse_draw * 8 * 3650)::integer
                                                     < least(current_date, k.term_ends_on)
                                           THEN k.granted_on + 365 + floor(k.lapse_draw * 8 * 3650)::integer
                                           END AS lapsed_on) AS l""".formatted(REGISTERED_BY,
                StatisticsLoad.regionOf("g"), rows);
    }

    /**
     * A resident population for every county, city and province code of the data set and every year from 2005 to
     * 2026: counties 200 000 to 1 200 000, a city 12 times a county, a province 9 times a city.
     */
    private static String populationsSql() {
        return """
                INSERT INTO regional_population (region, year, residents, source, updated_by, updated_at)
                SELECT c.code, y, c.base + (y - 2005) * c.base / 100, '统计负载人口', '%s', now()
                FROM (SELECT DISTINCT code, base FROM (
                          SELECT %s AS code, 200000 + (e %% 11) * 100000 AS base FROM generate_series(1, 1080) AS e
                      ) AS counties
                      UNION SELECT DISTINCT left(%2$s, 4) || '00', 9600000 FROM generate_series(1, 1080) AS e
                      UNION SELECT DISTINCT left(%2$s, 2) || '0000', 86400000 FROM generate_series(1, 1080) AS e
                     ) AS c
                CROSS JOIN generate_series(2005, 2026) AS y
                ON CONFLICT (region, year) DO NOTHING""".formatted(REGISTERED_BY, StatisticsLoad.regionOf("e"));
    }
}
