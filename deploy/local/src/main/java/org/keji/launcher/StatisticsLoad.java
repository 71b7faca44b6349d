package org.keji.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.keji.testkit.EmbeddedPostgres;
import org.keji.testkit.Tokens;

/**
 * The certification statistics over a large, reproducible data set: seeds {@code rows} certificates (and the
 * enterprises holding them) straight into the running suite's {@code enterprise} database with set-based SQL, then asks
 * each statistics figure over HTTP with an officer token, warm, and answers p50/p99 and the CPU each request cost the
 * service and PostgreSQL. Never run by the build or the tests: {@link Benchmark} calls {@link #run(Suite, int)}, and
 * {@code java -cp 'deploy/local/target/keji-local.jar:deploy/local/target/lib/*' org.keji.launcher.StatisticsLoad
 * [rows] [--ip] [--hold]} runs it alone on a suite of its own ({@code --hold} keeps that suite up afterwards for EXPLAIN, until
 * Ctrl-C).
 * <p>
 * The data set is what a bureau accumulates over sixteen years: certificates from 2011 to next month, more in recent
 * years; about 55 % TECH_SME (one year), 37 % HNTE (three), 8 % TECH_GIANT (three); enterprises in ten provinces (a
 * third in Fujian), with about four certificates each over the years; certificates past their last day EXPIRED (as the
 * daily expiry job leaves them) or REVOKED, current ones mostly ACTIVE, some UNDER_RECHECK or REVOKED. The same seed
 * gives the same rows every time; a second run on the same database reuses them.
 */
public final class StatisticsLoad {

    /** Requests before measuring: the JIT, the plan cache and PostgreSQL's buffers settle. */
    static final int WARM_UP_CALLS = 20;
    static final int MEASURED_CALLS = 50;
    /** Certificate numbers of the data set start with this; nothing else in the database does. */
    static final String NUMBER_PREFIX = "LOAD-";
    /** Names of the data set's enterprises start with this. */
    static final String ENTERPRISE_NAME = "统计负载企业";
    private static final String DATABASE = "enterprise";
    private static final String BASE = "/api/v1/certification-statistics/";

    /** Each figure as an officer of every region asks it (the widest count), and one as the Fuzhou officer asks it. */
    private static final List<Operation> OPERATIONS = List.of(
            new Operation("certified by type, all regions", "certified", false),
            new Operation("certified by type and region, all regions", "certified?groupBy=type&groupBy=region", false),
            new Operation("certified by type, Fuzhou officer", "certified", true),
            new Operation("new this year by type, all regions", "new", false),
            new Operation("expiring within 90 days by type, all regions", "expiring", false));

    private StatisticsLoad() {
    }

    /** One statistics request: a figure with its query string, asked by the officer of every region or of Fuzhou. */
    record Operation(String name, String pathAndQuery, boolean fuzhou) {
    }

    /**
     * One operation measured: latency percentiles over {@link #MEASURED_CALLS} sequential calls (p99 of 50 is the
     * slowest but none), and CPU per call of the service JVM and of PostgreSQL (postmaster and backends).
     */
    public record Measurement(String operation, double p50Millis, double p99Millis, double serviceCpuMillis,
            double postgresCpuMillis) {

        String line() {
            return String.format("  %-46s p50 %7.1f ms  p99 %7.1f ms  CPU/call: service %5.1f ms, PostgreSQL %6.1f ms",
                    operation, p50Millis, p99Millis, serviceCpuMillis, postgresCpuMillis);
        }
    }

    /**
     * What the data set holds and how each figure performed over it.
     *
     * @param certifications the certificates of the data set
     * @param enterprises the enterprises holding them
     * @param validToday those of the certificates that count as certified today (ACTIVE or UNDER_RECHECK, dates cover
     *        today)
     * @param seedMillis time to write the data set and ANALYZE it, 0 when it was there already
     */
    public record Result(long certifications, long enterprises, long validToday, long seedMillis,
            List<Measurement> measurements) {

        /** A report of a few lines, for the benchmark's output. */
        public String summary() {
            var text = new StringBuilder(String.format(
                    "Certification statistics over %,d certificates of %,d enterprises (%,d valid today; seeded in %.1f s"
                            + "), %d warm-up + %d measured sequential calls each:%n",
                    certifications, enterprises, validToday, seedMillis / 1000.0, WARM_UP_CALLS, MEASURED_CALLS));
            measurements.forEach(m -> text.append(m.line()).append(System.lineSeparator()));
            return text.toString();
        }
    }

    /**
     * Seeds {@code rows} certificates into the suite's enterprise database unless they are there already, then
     * measures every statistics figure directly on enterprise-service.
     */
    public static Result run(Suite suite, int rows) {
        ServiceProcess service = suite.process("enterprise-service").orElseThrow();
        return run(new Target(suite.infra().postgres().jdbcUrl(DATABASE), service.url(),
                ProcessHandle.of(service.pid()), postmasterOf(suite.config().workDirectory()), suite.infra().tokens()),
                rows);
    }

    /**
     * Where the load goes: the enterprise database, enterprise-service, their processes (for the CPU used, empty when
     * not found) and the suite's token keys.
     */
    record Target(String jdbcUrl, String serviceUrl, Optional<ProcessHandle> service,
            Optional<ProcessHandle> postmaster, Tokens tokens) {

        /**
         * A suite already running from this repository, e.g. the launcher's: its ports as the launcher reads them
         * ({@code -Dkeji.pg.port}, {@code -Dkeji.enterprise.port}, …), its work folder {@code workDirectory}.
         */
        static Target attached(Path root, Path workDirectory) {
            SuiteConfig config = SuiteConfig.launcherDefaults(root);
            String jar = root.resolve("enterprise-service/target/quarkus-app/quarkus-run.jar").toString();
            Optional<ProcessHandle> service = ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().map(line -> line.contains(jar)).orElse(false)).findFirst();
            return new Target("jdbc:postgresql://localhost:" + config.postgresPort() + "/" + DATABASE,
                    "http://localhost:" + config.enterprisePort(), service, postmasterOf(workDirectory),
                    Tokens.in(workDirectory.resolve("keys")));
        }
    }

    static Result run(Target target, int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be positive: " + rows);
        }
        long seedMillis;
        long enterprises;
        long validToday;
        try (Connection connection = DriverManager.getConnection(target.jdbcUrl(), EmbeddedPostgres.USER,
                EmbeddedPostgres.PASSWORD); Statement statement = connection.createStatement()) {
            seedMillis = seed(statement, rows);
            enterprises = single(statement, "SELECT count(DISTINCT uscc) FROM certification WHERE certificate_number "
                    + "LIKE '" + NUMBER_PREFIX + "%'");
            validToday = single(statement, "SELECT count(*) FROM certification WHERE certificate_number LIKE '"
                    + NUMBER_PREFIX + "%' AND status IN ('ACTIVE', 'UNDER_RECHECK') AND valid_from <= current_date "
                    + "AND valid_to >= current_date");
        } catch (SQLException e) {
            throw new IllegalStateException("could not seed the statistics data set", e);
        }
        List<Measurement> measurements = measure(target, BASE, OPERATIONS);
        return new Result(rows, enterprises, validToday, seedMillis, measurements);
    }

    /** The target of a load on {@code service} of a running suite, seeding that service's {@code database}. */
    static Target target(Suite suite, String service, String database) {
        ServiceProcess process = suite.process(service).orElseThrow();
        return new Target(suite.infra().postgres().jdbcUrl(database), process.url(), ProcessHandle.of(process.pid()),
                postmasterOf(suite.config().workDirectory()), suite.infra().tokens());
    }

    /**
     * Asks each operation {@link #WARM_UP_CALLS} times, then measures {@link #MEASURED_CALLS} sequential calls: latency
     * percentiles and the CPU per call of the service and of PostgreSQL. Shared by every statistics load (e.g.
     * {@link IpStatisticsLoad}).
     *
     * @param base the path of the figures on the service, e.g. {@code /api/v1/certification-statistics/}
     */
    static List<Measurement> measure(Target target, String base, List<Operation> operations) {
        String everywhere = target.tokens().officer("000000");
        String fuzhou = target.tokens().officer();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        List<Measurement> measurements = new ArrayList<>();
        for (Operation operation : operations) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(target.serviceUrl() + base
                    + operation.pathAndQuery())).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + (operation.fuzhou() ? fuzhou : everywhere)).GET().build();
            for (int i = 0; i < WARM_UP_CALLS; i++) {
                call(http, request);
            }
            long serviceCpu = cpuNanos(target.service());
            long postgresCpu = postgresCpuNanos(target.postmaster());
            long[] nanos = new long[MEASURED_CALLS];
            for (int i = 0; i < MEASURED_CALLS; i++) {
                long start = System.nanoTime();
                call(http, request);
                nanos[i] = System.nanoTime() - start;
            }
            double serviceMillis = (cpuNanos(target.service()) - serviceCpu) / 1e6 / MEASURED_CALLS;
            double postgresMillis = (postgresCpuNanos(target.postmaster()) - postgresCpu) / 1e6 / MEASURED_CALLS;
            Arrays.sort(nanos);
            measurements.add(new Measurement(operation.name(), percentile(nanos, 50), percentile(nanos, 99),
                    serviceMillis, postgresMillis));
        }
        return List.copyOf(measurements);
    }

    /** Writes the data set unless exactly {@code rows} of its certificates are there; answers the milliseconds taken. */
    private static long seed(Statement statement, int rows) throws SQLException {
        long present = single(statement,
                "SELECT count(*) FROM certification WHERE certificate_number LIKE '" + NUMBER_PREFIX + "%'");
        if (present == rows) {
            return 0;
        }
        long start = System.nanoTime();
        if (present > 0) {
            statement.executeUpdate("DELETE FROM certification WHERE certificate_number LIKE '" + NUMBER_PREFIX + "%'");
            statement.executeUpdate("DELETE FROM enterprise WHERE name LIKE '" + ENTERPRISE_NAME + "%'");
        }
        int enterprises = Math.max(1, rows / 4);
        statement.executeUpdate(enterprisesSql(enterprises));
        // random() after setseed() in the same session: the same rows every run
        statement.execute("SELECT setseed(0.4242)");
        statement.executeUpdate(certificatesSql(rows, enterprises));
        // what autovacuum would do after a bulk load: planner statistics, and the visibility map that index-only scans
        // rely on
        statement.execute("VACUUM (ANALYZE) enterprise, certification");
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * The county of enterprise {@code e}: {@code PP CC KK} with province PP one of ten (35, Fujian, three times as
     * often), city CC 01–09, county KK 01–12. Its USCC ends in Z, which no real code has, so it never meets a real one.
     */
    static String regionOf(String e) {
        return "(ARRAY['35', '35', '35', '33', '44', '32', '11', '31', '51', '61'])[1 + %1$s %% 10] || lpad((1 + (%1$s / 10) %% 9)::text, 2, '0') || lpad((1 + (%1$s / 90) %% 12)::text, 2, '0')"
                .formatted(e);
    }

    private static String enterprisesSql(int enterprises) {
        return """
                INSERT INTO enterprise (id, uscc, name, region, registration_date, created_at, updated_at)
                SELECT cast(md5('keji-load-enterprise-' || e) AS uuid), '91' || r.region || lpad(e::text, 9, '0') || 'Z',
                       '%s' || e, r.region, DATE '2000-01-01' + e %% 3650, now(), now()
                FROM generate_series(1, %d) AS e
                CROSS JOIN LATERAL (SELECT %s AS region) AS r""".formatted(ENTERPRISE_NAME, enterprises,
                regionOf("e"));
    }

    /**
     * Certificate {@code g}: a random holder, a type (55 % TECH_SME, 37 % HNTE, 8 % TECH_GIANT), a first day from
     * 2011 to 30 days ahead, skewed to recent years, its last day by the type's validity; past its last day EXPIRED (2 %
     * REVOKED), else 3 % REVOKED, 5 % UNDER_RECHECK, the rest ACTIVE; GRANTED from 2024 (when the bureau started to
     * use the system), IMPORTED before.
     */
    private static String certificatesSql(int rows, int enterprises) {
        return """
                INSERT INTO certification (id, uscc, certification_type, certificate_number, valid_from, valid_to,
                                           status, region, origin, created_at, updated_at, annual_report_required,
                                           expired_on, revoked_on, revocation_ground, revocation_reason,
                                           clawback_from_year, holder_name)
                SELECT cast(md5('keji-load-certificate-' || k.g) AS uuid),
                       '91' || k.region || lpad(k.e::text, 9, '0') || 'Z', k.type, '%1$s' || k.g, k.valid_from,
                       k.valid_to, s.status, k.region,
                       CASE WHEN k.valid_from >= DATE '2024-01-01' THEN 'GRANTED' ELSE 'IMPORTED' END, now(), now(),
                       k.annual_report_required,
                       CASE WHEN s.status = 'EXPIRED' THEN k.valid_to + 1 END,
                       CASE WHEN s.status = 'REVOKED' THEN k.valid_from END,
                       CASE WHEN s.status = 'REVOKED' THEN 'FRAUD' END,
                       CASE WHEN s.status = 'REVOKED' THEN '统计负载撤销' END,
                       CASE WHEN s.status = 'REVOKED' THEN cast(extract(year FROM k.valid_from) AS integer) END,
                       '%5$s' || k.e
                FROM (SELECT d.g, d.e, d.status_draw, %4$s AS region, t.code AS type, t.annual_report_required, d.valid_from,
                             cast(d.valid_from + make_interval(years => t.validity_years) - interval '1 day' AS date)
                                 AS valid_to
                      FROM (SELECT g, 1 + floor(random() * %2$d)::integer AS e,
                                   CASE WHEN random() < 0.55 THEN 'TECH_SME' WHEN random() < 0.82 THEN 'HNTE'
                                        ELSE 'TECH_GIANT' END AS type,
                                   current_date + 30 - floor(5600 * power(random(), 1.7))::integer AS valid_from,
                                   random() AS status_draw
                            FROM generate_series(1, %3$d) AS g) AS d
                      JOIN certification_type t ON t.code = d.type) AS k
                CROSS JOIN LATERAL (SELECT CASE
                                               WHEN k.valid_to < current_date AND k.status_draw < 0.02 THEN 'REVOKED'
                                               WHEN k.valid_to < current_date THEN 'EXPIRED'
                                               WHEN k.status_draw < 0.03 THEN 'REVOKED'
                                               WHEN k.status_draw < 0.08 THEN 'UNDER_RECHECK'
                                               ELSE 'ACTIVE' END AS status) AS s""".formatted(NUMBER_PREFIX, enterprises,
                rows, regionOf("d.e"), ENTERPRISE_NAME);
    }

    static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void call(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The {@code percent} percentile of sorted nanoseconds, in milliseconds: the value below which that share lies. */
    static double percentile(long[] sortedNanos, int percent) {
        int index = Math.max(0, (int) Math.ceil(percent / 100.0 * sortedNanos.length) - 1);
        return sortedNanos[index] / 1e6;
    }

    static Optional<ProcessHandle> postmasterOf(Path workDirectory) {
        try {
            String pid = Files.readAllLines(workDirectory.resolve("postgres/postmaster.pid")).get(0);
            return ProcessHandle.of(Long.parseLong(pid.trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * PostgreSQL's CPU so far: the postmaster, every backend alive now, and every backend that has ended (the
     * postmaster's reaped children, {@code cutime + cstime} of {@code /proc/<pid>/stat}), so that a pooled connection
     * closed during a measurement does not take its CPU with it.
     */
    private static long postgresCpuNanos(Optional<ProcessHandle> postmaster) {
        return postmaster.map(p -> cpuNanos(Optional.of(p)) + endedChildrenCpuNanos(p.pid())
                + p.descendants().mapToLong(d -> cpuNanos(Optional.of(d))).sum()).orElse(0L);
    }

    /** The CPU of the ended children of a process (Linux; 0 elsewhere), at the usual 100 clock ticks per second. */
    private static long endedChildrenCpuNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the fields after the command name in parentheses, which may hold spaces: state is field 3, cutime 16
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            return ticks * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long cpuNanos(Optional<ProcessHandle> process) {
        return process.flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(0L);
    }

    /**
     * Starts a suite on free ports, runs the load with {@code args[0]} rows (default 1 000 000; {@code --ip}: the
     * patents of {@link IpStatisticsLoad} instead of certificates; {@code --project}: the funded projects of
     * {@link ProjectStatisticsLoad}) and prints the result;
     * {@code --hold} then keeps the suite up, printing how to reach its PostgreSQL, until Ctrl-C. {@code --attach}
     * instead loads a suite already running from this repository (the launcher's, or {@code --work=<folder>} for
     * another work folder) and leaves it running.
     */
    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> arguments = Arrays.asList(args);
        int rows = arguments.stream().filter(a -> !a.startsWith("--")).findFirst().map(Integer::parseInt)
                .orElse(1_000_000);
        Path root = SuiteConfig.locateRoot();
        if (arguments.contains("--attach") && (arguments.contains("--ip") || arguments.contains("--project"))) {
            out.println("--attach loads the certificates only; run --ip or --project on a suite of its own");
            System.exit(2);
        }
        if (arguments.contains("--attach")) {
            Path work = arguments.stream().filter(a -> a.startsWith("--work=")).findFirst()
                    .map(a -> Path.of(a.substring("--work=".length()))).orElse(root.resolve(".keji"));
            out.print(run(Target.attached(root, work), rows).summary());
            return;
        }
        SuiteConfig config = SuiteConfig.onFreePorts(root, root.resolve(".keji").resolve("statistics"))
                .withReadyTimeout(Duration.ofSeconds(240));
        out.println("Starting the suite on free ports (work folder " + config.workDirectory() + ") …");
        Suite suite = Suite.startOrExit(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            suite.stop();
            stopped.countDown();
        }, "keji-statistics-stop"));
        int status = 0;
        try {
            out.print(arguments.contains("--ip") ? IpStatisticsLoad.run(suite, rows).summary()
                    : arguments.contains("--project") ? ProjectStatisticsLoad.run(suite, rows).summary()
                            : run(suite, rows).summary());
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        }
        if (arguments.contains("--hold") && status == 0) {
            out.println("Holding the suite: psql -h localhost -p " + suite.infra().postgres().port() + " -U "
                    + EmbeddedPostgres.USER + " " + DATABASE + " (password " + EmbeddedPostgres.PASSWORD
                    + "), or StatisticsLoad --attach --work=" + config.workDirectory() + " -Dkeji.pg.port="
                    + suite.infra().postgres().port() + " -Dkeji.enterprise.port=" + config.enterprisePort()
                    + "; Ctrl-C stops it.");
            stopped.await();
            return;
        }
        suite.stop();
        System.exit(status);
    }
}
