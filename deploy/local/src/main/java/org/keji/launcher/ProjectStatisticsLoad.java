package org.keji.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.keji.testkit.EmbeddedPostgres;

/**
 * The project statistics over a large, reproducible data set: seeds 80 calls and {@code rows} funded projects (with
 * the confirmed performance evaluations of the evaluated and closed ones) straight into the running suite's
 * {@code project} database with set-based SQL, then asks each figure of {@code /api/v1/project-statistics} over HTTP,
 * warm, measured by {@link StatisticsLoad#measure} (p50/p99 and the CPU per call). {@link Benchmark} calls
 * {@link #run(Suite, int)} after the ip statistics; {@code java -cp
 * 'deploy/local/target/keji-local.jar:deploy/local/target/lib/*' org.keji.launcher.StatisticsLoad [rows] --project}
 * runs it alone on a suite of its own.
 * <p>
 * The data set: calls of ten years (2016–2025) × two batches × four levels, categories in turn; projects spread evenly
 * over the calls, regions as the certificates' ({@link StatisticsLoad#regionOf}); industry, undertaker type and
 * technology source drawn with the weights of a municipal bureau (industrial 55 %, enterprises 70 %, own R&D 50 %);
 * 10 % APPROVED, 35 % ACTIVE, 10 % PASSED, 15 % EVALUATED, 30 % CLOSED; planned funds 100 000–2 000 000 yuan
 * government and 1–3 times that self-raised, grants up to the planned government funds, each with fen; every
 * EVALUATED and CLOSED project has a confirmed evaluation receiving 70–105 % of its plan. The same seed gives the same
 * rows every time; a second run on the same database reuses them.
 */
public final class ProjectStatisticsLoad {

    /** Rows of the data set are created by this; nothing else is. */
    static final String CREATED_BY = "project-statistics-load";
    private static final String DATABASE = "project";
    private static final String BASE = "/api/v1/project-statistics/";
    private static final int CALLS = 80;

    private ProjectStatisticsLoad() {
    }

    /**
     * What the data set holds and how each figure performed over it.
     *
     * @param projects the funded projects of the data set
     * @param evaluated those with a confirmed evaluation
     * @param seedMillis time to write the data set and VACUUM ANALYZE it, 0 when it was there already
     */
    public record Result(long projects, long evaluated, long seedMillis,
            List<StatisticsLoad.Measurement> measurements) {

        /** A report of a few lines, for the benchmark's output. */
        public String summary() {
            var text = new StringBuilder(String.format(
                    "Project statistics over %,d funded projects in %d calls (%,d evaluated; seeded in %.1f s), %d "
                            + "warm-up + %d measured sequential calls each:%n",
                    projects, CALLS, evaluated, seedMillis / 1000.0, StatisticsLoad.WARM_UP_CALLS,
                    StatisticsLoad.MEASURED_CALLS));
            measurements.forEach(m -> text.append(m.line()).append(System.lineSeparator()));
            return text.toString();
        }
    }

    /** Seeds {@code rows} projects into the suite's project database unless they are there, then measures. */
    public static Result run(Suite suite, int rows) {
        return run(StatisticsLoad.target(suite, "project-service", DATABASE), rows);
    }

    static Result run(StatisticsLoad.Target target, int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be positive: " + rows);
        }
        long seedMillis;
        long evaluated;
        String oneCall;
        try (Connection connection = DriverManager.getConnection(target.jdbcUrl(), EmbeddedPostgres.USER,
                EmbeddedPostgres.PASSWORD); Statement statement = connection.createStatement()) {
            seedMillis = seed(statement, rows);
            evaluated = StatisticsLoad.single(statement,
                    "SELECT count(*) FROM project_evaluation WHERE created_by = '" + CREATED_BY + "'");
            try (ResultSet call = statement
                    .executeQuery("SELECT id FROM project_call WHERE code = 'LOAD-C-1'")) {
                call.next();
                oneCall = call.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not seed the project statistics data set", e);
        }
        List<StatisticsLoad.Operation> operations = List.of(
                new StatisticsLoad.Operation("performance, all years and regions", "performance", false),
                new StatisticsLoad.Operation("performance of 2025, provincial calls, all regions",
                        "performance?year=2025&level=PROVINCIAL", false),
                new StatisticsLoad.Operation("performance, Fuzhou officer", "performance", true),
                new StatisticsLoad.Operation("batches, all years and regions", "batches", false),
                new StatisticsLoad.Operation("batches, Fuzhou officer", "batches", true),
                new StatisticsLoad.Operation("one batch, first page by grant", "batches/" + oneCall
                        + "?sort=grantAmount,desc", false));
        return new Result(rows, evaluated, seedMillis, StatisticsLoad.measure(target, BASE, operations));
    }

    /** Writes the data set unless exactly {@code rows} of its projects are there; answers the milliseconds taken. */
    private static long seed(Statement statement, int rows) throws SQLException {
        long present = StatisticsLoad.single(statement,
                "SELECT count(*) FROM project_application WHERE created_by = '" + CREATED_BY + "'");
        if (present == rows) {
            return 0;
        }
        long start = System.nanoTime();
        if (present > 0) {
            statement.executeUpdate("DELETE FROM project_evaluation WHERE created_by = '" + CREATED_BY + "'");
            statement.executeUpdate("DELETE FROM project_application WHERE created_by = '" + CREATED_BY + "'");
        }
        statement.executeUpdate(callsSql());
        statement.execute("SELECT setseed(0.1616)");
        statement.executeUpdate(projectsSql(rows));
        statement.executeUpdate(evaluationsSql());
        statement.execute("VACUUM (ANALYZE) project_call, project_application, project_evaluation");
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Call {@code c} of 1 … 80: year 2016 + c mod 10, batch 1 or 2, one of four levels; kept on a second run. */
    private static String callsSql() {
        return """
                INSERT INTO project_call (id, code, title, level, category, year, batch, region, opens_at, closes_at,
                    total_budget, max_grant, experts_per_application, matter_code, promised_working_days,
                    legal_working_days, created_by, created_at, updated_at)
                SELECT cast(md5('keji-load-call-' || c) AS uuid), 'LOAD-C-' || c, '统计负载指南' || c,
                       (ARRAY['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY'])[1 + (c / 20) %% 4],
                       (ARRAY['INDUSTRIAL_RD', 'AGRICULTURAL', 'SOCIAL_DEVELOPMENT', 'MEDICAL', 'COMMISSIONER',
                              'MAJOR_SPECIAL', 'OTHER'])[1 + c %% 7],
                       2016 + c %% 10, 1 + (c / 10) %% 2, '990000', timestamptz '2016-01-01 00:00+08',
                       timestamptz '2016-03-01 00:00+08', 9000000000000.00, 2000000.00, 5, 'KJ-PRJ-LOAD', 20, 30,
                       '%s', now(), now()
                FROM generate_series(0, %d) AS c
                ON CONFLICT (code) DO NOTHING""".formatted(CREATED_BY, CALLS - 1);
    }

    private static String projectsSql(int rows) {
        return """
                INSERT INTO project_application (id, tracking_number, matter_code, uscc, region, call_id, title, field,
                    industry, undertaker_type, technology_source, requested_amount, planned_government_funds,
                    planned_self_raised_funds, planned_start, planned_end, status, submitted_on, promised_limit,
                    legal_limit, promised_due_on, legal_due_on, promised_due_on_provisional, legal_due_on_provisional,
                    paused_working_days, closed_on, submitted_at, grant_amount, created_by, created_at, updated_at)
                SELECT cast(md5('keji-load-project-' || s.g) AS uuid), 'L' || lpad(s.g::text, 12, '0'), 'KJ-PRJ-LOAD',
                       '91' || s.region || lpad(s.g::text, 9, '0') || 'Z', s.region,
                       cast(md5('keji-load-call-' || (s.g %% %2$d)) AS uuid), '统计负载项目' || s.g, 'electronics',
                       CASE WHEN s.i < 0.55 THEN 'INDUSTRIAL' WHEN s.i < 0.75 THEN 'AGRICULTURAL'
                            WHEN s.i < 0.90 THEN 'SOCIAL_DEVELOPMENT' ELSE 'MEDICAL' END,
                       CASE WHEN s.u < 0.70 THEN 'ENTERPRISE' WHEN s.u < 0.90 THEN 'PUBLIC_INSTITUTION'
                            WHEN s.u < 0.95 THEN 'GOVERNMENT_BODY' ELSE 'OTHER' END,
                       CASE WHEN s.t < 0.50 THEN 'OWN_RD' WHEN s.t < 0.80 THEN 'IUR_COOPERATION'
                            WHEN s.t < 0.92 THEN 'INTRODUCED_REINNOVATION' ELSE 'INTRODUCED_PROMOTION' END,
                       s.government, s.government, s.self_raised, DATE '2020-01-01', DATE '2022-12-31',
                       CASE WHEN s.st < 0.10 THEN 'APPROVED' WHEN s.st < 0.45 THEN 'ACTIVE'
                            WHEN s.st < 0.55 THEN 'PASSED' WHEN s.st < 0.70 THEN 'EVALUATED' ELSE 'CLOSED' END,
                       DATE '2019-06-03', 20, 30, DATE '2019-07-01', DATE '2019-07-15', false, false, 0,
                       DATE '2019-07-01', now(), round(s.government * cast(0.5 + s.grant_draw / 2 AS numeric), 2),
                       '%1$s', now(), now()
                FROM (SELECT g, %3$s AS region, random() AS i, random() AS u, random() AS t, random() AS st,
                             round(cast(100000 + random() * 1900000 AS numeric), 2) AS government,
                             round(cast(100000 + random() * 5900000 AS numeric), 2) AS self_raised,
                             random() AS grant_draw
                      FROM generate_series(1, %4$d) AS g) AS s""".formatted(CREATED_BY, CALLS,
                StatisticsLoad.regionOf("g"), rows);
    }

    private static String evaluationsSql() {
        return """
                INSERT INTO project_evaluation (id, application_id, uscc, region, call_id, sales_revenue, profit, tax,
                    foreign_exchange_usd, new_jobs, trained_talents, patents_applied, invention_patents_applied,
                    new_products, high_tech_products, awards, received_government_funds, received_self_raised_funds,
                    status, grade, confirmed_by, confirmed_at, created_by, created_at, updated_at)
                SELECT gen_random_uuid(), a.id, a.uscc, a.region, a.call_id,
                       round(cast(random() * 20000000 AS numeric), 2), round(cast(random() * 3000000 - 500000 AS numeric), 2),
                       round(cast(random() * 1000000 AS numeric), 2), round(cast(random() * 200000 AS numeric), 2),
                       floor(random() * 30), floor(random() * 10), 4, floor(random() * 5), floor(random() * 4),
                       floor(random() * 3), floor(random() * 2),
                       round(a.planned_government_funds * cast(0.70 + random() * 0.35 AS numeric), 2),
                       round(a.planned_self_raised_funds * cast(0.70 + random() * 0.35 AS numeric), 2),
                       'CONFIRMED', 'GOOD', '%1$s', now(), '%1$s', now(), now()
                FROM project_application a
                WHERE a.created_by = '%1$s' AND a.status IN ('EVALUATED', 'CLOSED')""".formatted(CREATED_BY);
    }
}
