package org.keji.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.keji.launcher.BenchmarkEndpoints.Endpoint;
import org.keji.launcher.BenchmarkEndpoints.KeySet;
import org.keji.launcher.BenchmarkEndpoints.Operation;
import org.keji.testkit.EmbeddedPostgres;

/**
 * Prints Keji's throughput, latency, CPU per request and memory next to the targets of DESIGN.md, as ratios to
 * pgbench on the same PostgreSQL in the same run. Never run by the build or the tests:
 * {@code scripts/benchmark.sh [seconds per round] [maximum rounds]}.
 * <p>
 * Starts the suite on free ports with full-JIT JVM options (unless {@code KEJI_SERVICE_JVM_OPTIONS} is set), runs
 * pgbench ({@code -M prepared -c16 -j2}: primary-key SELECT; insert + outbox insert in one transaction), then measures
 * every endpoint of {@link BenchmarkEndpoints#ENDPOINTS} directly and through the gateway with {@code wrk -t2 -c16}
 * (the Java {@link LoadGenerator} if there is no wrk), warm: each figure is measured in rounds until two consecutive
 * rounds differ by less than 10 %, and the last round is reported. Then each endpoint through the gateway at half its
 * peak rate from the Java open-loop generator (wrk is closed-loop; Debian has no wrk2), the delay from an
 * enterprise's registration to its replica in project-service, and the RSS of every process. CPU milliseconds per
 * request of each process come from {@code /proc/<pid>/stat} over each measured round. Stops everything at the end.
 */
public final class Benchmark {

    static final int DEFAULT_ROUND_SECONDS = 10;
    static final int STATISTICS_ROWS = 1_000_000;
    /** The funded projects of the project statistics load (issue 16: a bureau's projects of many years). */
    static final int PROJECT_STATISTICS_ROWS = 100_000;
    static final int DEFAULT_MAX_ROUNDS = 10;
    /** Two consecutive rounds closer than this (relative to the earlier) count as warm. */
    static final double STEADY_CHANGE = 0.10;

    private static final int PGBENCH_CLIENTS = 16;
    private static final int PGBENCH_THREADS = 2;
    private static final int SEED_KEYS = 1_000;
    private static final double EVENT_RATE = 50;
    /** Unique creates written to wrk's request file per second of a round: far above any rate seen on 2 cores. */
    private static final int CREATE_CAPACITY_PER_SECOND = 3_000;
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(120);
    private static final String BENCH_DATABASE = "bench";
    private static final String POSTGRES = "PostgreSQL";
    private static final String BENCHMARK_JVM = "benchmark JVM";
    private static final String LOAD_CLIENT = "wrk";
    private static final Pattern TPS = Pattern.compile("^tps = ([0-9.]+)", Pattern.MULTILINE);
    private static final Pattern FAILED = Pattern.compile("^number of failed transactions: (\\d+)", Pattern.MULTILINE);
    private static final Pattern LATENCY = Pattern.compile("^latency average = ([0-9.]+) ms", Pattern.MULTILINE);
    private static final long MB = 1024 * 1024;
    private static final String ROW = "  %-72s %16s %26s %7s  %-9s %s%n";

    /** A warm figure: the last round, how many rounds it took, whether it settled, CPU ms per request by process. */
    record Warm(HttpFigure figure, int rounds, boolean steady, Map<String, Double> cpuMillisPerRequest) {
    }

    /** Everything measured for one endpoint. */
    record EndpointResult(Endpoint endpoint, Warm direct, Warm gateway, HttpFigure halfPeak,
            Map<String, Double> halfPeakCpu) {
    }

    private final PrintStream out;
    private final Suite suite;
    private final Duration round;
    private final int maxRounds;
    private final Optional<Wrk> wrk;
    private final Path scratch;
    private final LoadGenerator javaLoad = new LoadGenerator();
    private final ProcessCpu processCpu = ProcessCpu.ofThisMachine();
    private final Map<KeySet, AtomicLong> serials = new ConcurrentHashMap<>();
    private final Map<KeySet, List<String>> seeded = new HashMap<>();
    private final Map<Endpoint, Path> readFiles = new HashMap<>();

    /**
     * The slowest service's time from {@code java -jar} to its first 200, in seconds, when measured (another part of
     * issue 13 measures it); the table says "not measured" until then.
     */
    private OptionalDouble startSeconds = OptionalDouble.empty();
    /** The slowest p99 of the {@code certified} statistics over {@link #STATISTICS_ROWS} certificates, in ms. */
    private OptionalDouble statisticsMillis = OptionalDouble.empty();
    /** The slowest p99 of every ip statistics figure over {@link #STATISTICS_ROWS} patents, in ms. */
    private OptionalDouble ipStatisticsMillis = OptionalDouble.empty();
    /** The slowest p99 of every project statistics figure over {@link #PROJECT_STATISTICS_ROWS} projects, in ms. */
    private OptionalDouble projectStatisticsMillis = OptionalDouble.empty();
    /** The submission burst, once run. */
    private SubmissionBurst.Result burst;

    private Benchmark(PrintStream out, Suite suite, Duration round, int maxRounds, Optional<Wrk> wrk, Path scratch) {
        this.out = out;
        this.suite = suite;
        this.round = round;
        this.maxRounds = maxRounds;
        this.wrk = wrk;
        this.scratch = scratch;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ROUND_SECONDS;
        int maxRounds = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_MAX_ROUNDS;
        Path root = SuiteConfig.locateRoot();
        Path work = root.resolve(".keji").resolve("benchmark");
        SuiteConfig free = SuiteConfig.onFreePorts(root, work);
        String configured = System.getenv("KEJI_SERVICE_JVM_OPTIONS");
        List<String> jvmOptions = configured == null || configured.isBlank() ? SuiteConfig.productionJvmOptions(root)
                : List.of(configured.trim().split("\\s+"));
        SuiteConfig config = new SuiteConfig(free.root(), free.workDirectory(), free.gatewayPort(),
                free.enterprisePort(), free.projectPort(), free.ipPort(), free.financePort(), free.postgresPort(),
                free.kafkaPort(), readyTimeout(), jvmOptions);
        Path scratch = work.resolve("requests");
        Optional<Wrk> wrk = Wrk.locate(System.getenv(), scratch);

        out.printf("Keji benchmark: rounds of %d s, each figure measured until two consecutive changes between rounds are"
                + " both < %.0f %% (at most %d rounds); service JVM options %s%n", seconds, STEADY_CHANGE * 100, maxRounds,
                String.join(" ", jvmOptions));
        out.println(wrk.map(w -> "HTTP load: " + w.executable() + " -t" + Wrk.THREADS + " -c" + Wrk.CONNECTIONS
                + " --latency (closed loop, Lua script counting non-2xx)")
                .orElse("HTTP load: wrk NOT available — falling back to the Java load generator (" + Wrk.CONNECTIONS
                        + " closed-loop workers, JDK HttpClient); figures are not comparable with wrk's"));
        out.println(wrk.isPresent() ? "Half-peak latency: wrk paced (each connection pauses between an answer and its"
                + " next request; Debian packages no wrk2)." : "Half-peak latency: the Java open-loop generator.");
        out.println("Starting PostgreSQL, Kafka, 4 services and the gateway on free ports (work folder "
                + config.workDirectory() + ") …");
        long startedAt = System.nanoTime();
        Suite suite = Suite.startOrExit(config);
        Runtime.getRuntime().addShutdownHook(new Thread(suite::stop, "keji-benchmark-stop"));
        out.printf("All healthy after %.1f s (all started at once; not the start-time figure).%n%n",
                (System.nanoTime() - startedAt) / 1e9);
        int status = 0;
        try {
            new Benchmark(out, suite, Duration.ofSeconds(seconds), maxRounds, wrk, scratch).run();
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        } finally {
            out.println("Stopping the suite …");
            suite.stop();
            out.println("Stopped.");
        }
        System.exit(status);
    }

    /** 240 s, or {@code KEJI_BENCHMARK_READY_SECONDS}: five JVMs compiling with C2 at once on a busy machine. */
    private static Duration readyTimeout() {
        String configured = System.getenv("KEJI_BENCHMARK_READY_SECONDS");
        return Duration.ofSeconds(configured == null || configured.isBlank() ? 240 : Long.parseLong(configured.trim()));
    }

    private void run() {
        long began = System.nanoTime();
        // 1. raw PostgreSQL, in the same run
        Optional<Path> pgbench = locatePgbench();
        OptionalDouble pkSelect = OptionalDouble.empty();
        OptionalDouble insertOutbox = OptionalDouble.empty();
        if (pgbench.isPresent()) {
            out.println("pgbench -M prepared -c " + PGBENCH_CLIENTS + " -j " + PGBENCH_THREADS + ", "
                    + round.toSeconds() + " s each, database '" + BENCH_DATABASE + "':");
            Path insertScript = prepareBenchDatabase(pgbench.get());
            pkSelect = pgbench(pgbench.get(), "PK select (-S) on 100 000 rows", List.of("-S"));
            insertOutbox = pgbench(pgbench.get(), "insert + outbox insert in one transaction",
                    List.of("-f", insertScript.toString()));
        } else {
            out.println("pgbench not found (PATH, /usr/lib/postgresql/*/bin): no baselines, ratios to pgbench omitted");
        }
        out.println();

        // 2. HTTP, every endpoint directly and through the gateway
        seed();
        out.println("HTTP (" + client() + "), every figure warmed by measurement; CPU ms per request of each process"
                + " over the reported round:");
        List<EndpointResult> results = new ArrayList<>();
        for (Endpoint endpoint : BenchmarkEndpoints.ENDPOINTS) {
            if (endpoint.operation() == Operation.READ && !seeded.containsKey(endpoint.keys())) {
                out.println("  " + endpoint.label() + ": skipped, no create endpoint seeds its keys");
                continue;
            }
            String direct = suite.process(endpoint.service()).orElseThrow().url();
            Warm directFigure = warm(endpoint, direct, "direct");
            Warm gatewayFigure = warm(endpoint, suite.gatewayUrl(), "via gateway");
            double rate = gatewayFigure.figure().throughput() / 2;
            awaitReplicasCaughtUp();
            double delay = wrk.isPresent() ? paceFor(endpoint, rate, gatewayFigure.figure()) : 0;
            awaitReplicasCaughtUp();
            Map<String, Long> before = cpu();
            HttpFigure half = halfPeak(endpoint, rate, delay);
            Map<String, Double> halfCpu = perRequest(before, cpu(), half.requests());
            out.printf("  %s, via gateway at half its peak, %.0f/s asked, %s:%n    %s%n    %s%n", endpoint.label(),
                    rate, wrk.isPresent() ? "wrk paced" : "Java open loop", half.summary(),
                    cpuText(halfCpu, half.client()));
            results.add(new EndpointResult(endpoint, directFigure, gatewayFigure, half, halfCpu));
        }
        out.println();

        // 3. events
        EventLatency events = eventLatency(suite.gatewayUrl());
        out.println();

        // 3b. submissions to one call under a burst while its window closes
        awaitReplicasCaughtUp();
        burst = SubmissionBurst.run(suite, seeded.get(BenchmarkEndpoints.USCC));
        out.print(burst.summary());
        out.println();

        // 4. footprint after the load
        Map<String, long[]> memory = new LinkedHashMap<>();
        for (ServiceProcess process : suite.processes()) {
            memory.put(process.name(), memory(process.pid()));
        }
        memory.put(BENCHMARK_JVM + " (Kafka, load generator)", memory(ProcessHandle.current().pid()));

        // 5. start: each service alone, restarted from its jar while the rest idles
        startSeconds = measureStarts();
        out.println();

        // 6. statistics over a large table, last: the seed would disturb every other figure
        int statisticsRows = statisticsRows();
        if (statisticsRows > 0) {
            StatisticsLoad.Result statistics = StatisticsLoad.run(suite, statisticsRows);
            out.print(statistics.summary());
            statisticsMillis = statistics.measurements().stream()
                    .filter(m -> m.operation().startsWith("certified"))
                    .mapToDouble(StatisticsLoad.Measurement::p99Millis).max();
            out.println();
            IpStatisticsLoad.Result ip = IpStatisticsLoad.run(suite, statisticsRows);
            out.print(ip.summary());
            ipStatisticsMillis = ip.measurements().stream().mapToDouble(StatisticsLoad.Measurement::p99Millis).max();
            out.println();
            ProjectStatisticsLoad.Result projects = ProjectStatisticsLoad.run(suite,
                    Math.min(statisticsRows, PROJECT_STATISTICS_ROWS));
            out.print(projects.summary());
            projectStatisticsMillis = projects.measurements().stream()
                    .mapToDouble(StatisticsLoad.Measurement::p99Millis).max();
            out.println();
        }

        printTable(pkSelect, insertOutbox, results, events, memory);
        out.printf("%nMeasured in %.0f s (after the build and the start).%n", (System.nanoTime() - began) / 1e9);
        if (!burst.violations().isEmpty()) {
            throw new IllegalStateException("the submission burst broke " + burst.violations().size()
                    + " invariant(s): " + burst.violations());
        }
    }

    /**
     * Restarts every service in turn from its jar (the others idle) and returns the slowest time from the process
     * start to its first {@code 200} on {@code /q/health/ready}, in seconds.
     */
    private OptionalDouble measureStarts() {
        out.println("Start, each service alone from java -jar to its first 200 on /q/health/ready:");
        List<Double> seconds = new ArrayList<>();
        for (Suite.ServiceModule service : Suite.SERVICES) {
            ServiceProcess restarted = suite.restart(service.name());
            restarted.timeToHealthy().ifPresent(d -> {
                seconds.add(d.toMillis() / 1000.0);
                out.printf("  %-20s %.2f s%n", service.name(), d.toMillis() / 1000.0);
            });
        }
        return seconds.stream().mapToDouble(Double::doubleValue).max();
    }

    /** 1 000 000, or {@code KEJI_BENCHMARK_STATISTICS_ROWS} (0 skips the statistics). */
    private static int statisticsRows() {
        String configured = System.getenv("KEJI_BENCHMARK_STATISTICS_ROWS");
        return configured == null || configured.isBlank() ? STATISTICS_ROWS : Integer.parseInt(configured.trim());
    }

    private String client() {
        return wrk.isPresent() ? "wrk -t" + Wrk.THREADS + " -c" + Wrk.CONNECTIONS
                : "Java load generator, " + Wrk.CONNECTIONS + " workers — wrk not available";
    }

    // ---- pgbench -------------------------------------------------------------------------------------------------

    /** Creates the pgbench tables and copies of enterprise and outbox_event; returns the insert + outbox script. */
    private Path prepareBenchDatabase(Path pgbench) {
        EmbeddedPostgres postgres = suite.infra().postgres();
        postgres.createDatabase(BENCH_DATABASE);
        runPgbench(pgbench, List.of("-i", "-q", "-s", "1"));
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(BENCH_DATABASE), EmbeddedPostgres.USER,
                EmbeddedPostgres.PASSWORD); Statement s = c.createStatement()) {
            // the shapes of enterprise-service's enterprise and outbox_event tables, indexes included
            s.execute("""
                    CREATE TABLE enterprise (
                        id uuid PRIMARY KEY, uscc varchar(18) NOT NULL, name varchar(200) NOT NULL,
                        region varchar(6) NOT NULL, registration_date date NOT NULL, created_at timestamptz NOT NULL,
                        updated_at timestamptz NOT NULL, version bigint NOT NULL DEFAULT 0,
                        CONSTRAINT enterprise_uscc_unique UNIQUE (uscc))""");
            s.execute("CREATE INDEX enterprise_region ON enterprise (region)");
            s.execute("""
                    CREATE TABLE outbox_event (
                        seq bigint GENERATED ALWAYS AS IDENTITY, id uuid PRIMARY KEY, topic text NOT NULL,
                        message_key text NOT NULL, type text NOT NULL, payload jsonb NOT NULL,
                        created_at timestamptz NOT NULL, sent_at timestamptz, attempts integer NOT NULL DEFAULT 0,
                        next_attempt_at timestamptz NOT NULL DEFAULT now(), last_error text)""");
            s.execute("CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE sent_at IS NULL");
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the pgbench database", e);
        }
        try {
            Path folder = Files.createTempDirectory("keji-pgbench");
            Files.writeString(folder.resolve("insert-outbox.sql"), """
                    BEGIN;
                    INSERT INTO enterprise (id, uscc, name, region, registration_date, created_at, updated_at) \
                    VALUES (gen_random_uuid(), substr(md5(random()::text), 1, 18), '福州市星火科技有限公司', '350100', \
                    DATE '2019-03-15', now(), now());
                    INSERT INTO outbox_event (id, topic, message_key, type, payload, created_at) \
                    VALUES (gen_random_uuid(), 'keji.enterprise.v1', 'k', 'keji.enterprise.registered.v1', \
                    '{"uscc":"91350100M000100Y43","name":"福州市星火科技有限公司","region":"350100",\
                    "registrationDate":"2019-03-15"}'::jsonb, now());
                    COMMIT;
                    """, StandardCharsets.UTF_8);
            folder.resolve("insert-outbox.sql").toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
            return folder.resolve("insert-outbox.sql");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OptionalDouble pgbench(Path pgbench, String what, List<String> workload) {
        List<String> arguments = new ArrayList<>(List.of("-n", "-M", "prepared", "-c", Integer.toString(PGBENCH_CLIENTS),
                "-j", Integer.toString(PGBENCH_THREADS), "-T", Long.toString(round.toSeconds())));
        arguments.addAll(workload);
        String output = runPgbench(pgbench, arguments);
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            out.println("  " + what + ": no tps in pgbench's output:" + System.lineSeparator() + output);
            return OptionalDouble.empty();
        }
        Matcher failed = FAILED.matcher(output);
        Matcher latency = LATENCY.matcher(output);
        double value = Double.parseDouble(tps.group(1));
        out.printf("  %-48s %9.0f tps    latency avg %s ms, failed transactions %s%n", what, value,
                latency.find() ? latency.group(1) : "?", failed.find() ? failed.group(1) : "?");
        return OptionalDouble.of(value);
    }

    private String runPgbench(Path pgbench, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(pgbench.toString(), "-h", "localhost", "-p",
                Integer.toString(suite.infra().postgres().port()), "-U", EmbeddedPostgres.USER));
        command.addAll(arguments);
        command.add(BENCH_DATABASE);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", EmbeddedPostgres.PASSWORD);
        builder.environment().put("PGCLIENTENCODING", "UTF8");
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("pgbench failed: " + String.join(" ", command)
                        + System.lineSeparator() + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + pgbench, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Optional<Path> locatePgbench() {
        List<Path> candidates = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                candidates.add(Path.of(dir, "pgbench"));
            }
        }
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (var dirs = Files.list(versions)) {
                dirs.sorted(java.util.Comparator.reverseOrder()).forEach(d -> candidates.add(d.resolve("bin/pgbench")));
            } catch (IOException e) {
                // only a fallback
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    // ---- HTTP ----------------------------------------------------------------------------------------------------

    /** {@value #SEED_KEYS} keys of every key set, created directly by the first create endpoint of that set. */
    private void seed() {
        for (Endpoint endpoint : BenchmarkEndpoints.ENDPOINTS) {
            if (endpoint.operation() != Operation.CREATE || seeded.containsKey(endpoint.keys())) {
                continue;
            }
            String direct = suite.process(endpoint.service()).orElseThrow().url();
            String bearer = endpoint.token().apply(suite.infra().tokens());
            if (endpoint.keys() == BenchmarkEndpoints.APPLICATION) {
                // applications apply with the enterprises seeded above, once project-service has replicated them
                awaitReplicasCaughtUp();
                ProjectApplications applications = BenchmarkEndpoints.APPLICATIONS;
                applications.bind(seeded.get(BenchmarkEndpoints.USCC),
                        n -> applications.benchmarkCall(direct, bearer, n));
            }
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < SEED_KEYS; i++) {
                keys.add(nextKey(endpoint.keys()));
            }
            var created = new ConcurrentLinkedQueue<String>();
            var answered = new ConcurrentLinkedQueue<String>();
            var result = javaLoad.closedLoop("seed: " + SEED_KEYS + " × " + endpoint.label() + ", direct", 16,
                    Duration.ofMinutes(5), SEED_KEYS, i -> endpoint.request(direct, keys.get((int) i), bearer),
                    (request, response) -> {
                        created.add(endpoint.keyOf(request));
                        if (endpoint.answers() != null) {
                            answered.add(endpoint.answers().key().apply(response.body()));
                        }
                    });
            out.println("Seed: " + HttpFigure.of(result, "Java").summary());
            // only what was acknowledged: a create that timed out may not exist, and a read of it would answer 404
            seeded.put(endpoint.keys(), List.copyOf(created));
            if (endpoint.answers() != null) {
                seeded.put(endpoint.answers().keys(), List.copyOf(answered));
            }
        }
        awaitReplicasCaughtUp();
    }

    /**
     * Measures rounds until two consecutive changes between rounds are both below {@link #STEADY_CHANGE} (one small
     * change is not enough: a service still compiling with C2 can stay on a plateau for two rounds and then double),
     * at most {@code maxRounds}; every round starts once project-service has consumed the events of the previous ones.
     */
    private Warm warm(Endpoint endpoint, String baseUrl, String where) {
        String name = endpoint.label() + ", " + where;
        out.println("  " + name + ":");
        HttpFigure previous = null;
        double beforePrevious = 0;
        for (int n = 1;; n++) {
            awaitReplicasCaughtUp();
            Map<String, Long> before = cpu();
            HttpFigure figure = round(endpoint, baseUrl, name);
            Map<String, Double> perRequest = perRequest(before, cpu(), figure.requests());
            boolean steady = previous != null
                    && steady(beforePrevious, previous.throughput(), figure.throughput());
            out.printf("    round %2d %s%s%n", n, figure.summary(), previous == null ? ""
                    : String.format("  (%+.0f %%)", (figure.throughput() / previous.throughput() - 1) * 100));
            if (steady || n >= maxRounds) {
                if (!steady) {
                    out.println("    NOT steady after " + n + " rounds: reporting the last");
                }
                out.println("    " + cpuText(perRequest, figure.client()));
                return new Warm(figure, n, steady, perRequest);
            }
            beforePrevious = previous == null ? 0 : previous.throughput();
            previous = figure;
        }
    }

    /** Steady after three rounds whose two changes are both below {@link #STEADY_CHANGE}. */
    static boolean steady(double first, double second, double third) {
        return steady(first, second) && steady(second, third);
    }

    /** True when {@code last} differs from {@code previous} by less than {@link #STEADY_CHANGE} of it. */
    static boolean steady(double previous, double last) {
        return previous > 0 && Math.abs(last - previous) / previous < STEADY_CHANGE;
    }

    private HttpFigure round(Endpoint endpoint, String baseUrl, String name) {
        String bearer = endpoint.token().apply(suite.infra().tokens());
        if (wrk.isPresent()) {
            boolean read = endpoint.operation() == Operation.READ;
            Path requests = read ? readFile(endpoint) : createFile(endpoint);
            return wrk.get().run(name, baseUrl, endpoint.method(), requests, read ? Wrk.Mode.RANDOM : Wrk.Mode.UNIQUE,
                    bearer, round);
        }
        LongFunction<HttpRequest> requests = i -> endpoint.request(baseUrl, key(endpoint), bearer);
        return HttpFigure.of(javaLoad.closedLoop(name, Wrk.CONNECTIONS, round, Long.MAX_VALUE, requests, null), "Java");
    }

    /**
     * The gateway at {@code rate} requests per second: wrk's 16 connections each pausing {@code delayMillis} between
     * an answer and the next request, or the Java generator in open loop without wrk. Paced wrk is still a closed
     * loop: it reports the latency of the requests sent, which well below the peak is the latency a client sees.
     */
    private HttpFigure halfPeak(Endpoint endpoint, double rate, double delayMillis) {
        String name = String.format("%s, via gateway at %.0f/s", endpoint.label(), rate);
        if (wrk.isEmpty()) {
            return HttpFigure.of(javaLoad.openLoop(name, rate, round, i -> request(endpoint, suite.gatewayUrl()), null),
                    "Java");
        }
        boolean read = endpoint.operation() == Operation.READ;
        return wrk.get().run(name, suite.gatewayUrl(), endpoint.method(), read ? readFile(endpoint)
                : createFile(endpoint), read ? Wrk.Mode.RANDOM : Wrk.Mode.UNIQUE,
                endpoint.token().apply(suite.infra().tokens()), round, delayMillis);
    }

    /**
     * The pause per connection that paces wrk at {@code rate}: first guessed from the peak's median latency, then
     * corrected once by a calibration round at that pause.
     */
    private double paceFor(Endpoint endpoint, double rate, HttpFigure peak) {
        double period = Wrk.CONNECTIONS * 1000.0 / rate;
        double guess = Math.max(0.1, period - peak.p50Millis());
        awaitReplicasCaughtUp();
        HttpFigure calibration = halfPeak(endpoint, rate, guess);
        double reached = Wrk.CONNECTIONS * 1000.0 / Math.max(1, calibration.throughput());
        return Math.max(0.1, guess + period - reached);
    }

    private HttpRequest request(Endpoint endpoint, String baseUrl) {
        return endpoint.request(baseUrl, key(endpoint), endpoint.token().apply(suite.infra().tokens()));
    }

    /** A seeded key at random for a read, a new key for a create. */
    private String key(Endpoint endpoint) {
        if (endpoint.operation() == Operation.READ) {
            List<String> keys = seeded.get(endpoint.keys());
            return keys.get(ThreadLocalRandom.current().nextInt(keys.size()));
        }
        return nextKey(endpoint.keys());
    }

    private String nextKey(KeySet keys) {
        return keys.key(serials.computeIfAbsent(keys, k -> new AtomicLong()).getAndIncrement());
    }

    /** The read's request for every seeded key, written once. */
    private Path readFile(Endpoint endpoint) {
        return readFiles.computeIfAbsent(endpoint,
                e -> writeRequests(e, seeded.get(e.keys()).stream().map(e::requestLine).toList()));
    }

    /** Fresh keys for one round of creates, more than the round can use. */
    private Path createFile(Endpoint endpoint) {
        long capacity = Math.max(10_000, CREATE_CAPACITY_PER_SECOND * round.toSeconds());
        List<String> lines = new ArrayList<>();
        for (long i = 0; i < capacity; i++) {
            lines.add(endpoint.requestLine(nextKey(endpoint.keys())));
        }
        return writeRequests(endpoint, lines);
    }

    private Path writeRequests(Endpoint endpoint, List<String> lines) {
        try {
            Files.createDirectories(scratch);
            Path file = scratch.resolve(endpoint.service() + "-" + endpoint.keys().name() + "-"
                    + endpoint.operation().name().toLowerCase() + ".txt");
            Files.write(file, lines, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- CPU -----------------------------------------------------------------------------------------------------

    /**
     * CPU time used so far in ms, by process: each child JVM; PostgreSQL as a whole (the postmaster, the backends
     * alive now and those that exited); this JVM (the in-process Kafka broker, and the Java load generator when it
     * sends the load); the load client processes this JVM waited for (wrk).
     */
    private Map<String, Long> cpu() {
        Map<String, Long> used = new LinkedHashMap<>();
        for (ServiceProcess process : suite.processes()) {
            used.put(process.name(), processCpu.ownMillis(process.pid()).orElse(0));
        }
        long postgres = 0;
        try {
            String pid = Files.readAllLines(suite.config().workDirectory().resolve("postgres/postmaster.pid")).get(0);
            long postmaster = Long.parseLong(pid.trim());
            postgres = processCpu.withReapedChildrenMillis(postmaster).orElse(0) + ProcessHandle.of(postmaster)
                    .map(p -> p.children().mapToLong(c -> processCpu.ownMillis(c.pid()).orElse(0)).sum()).orElse(0L);
        } catch (IOException | RuntimeException e) {
            // not measurable here: shown as 0
        }
        used.put(POSTGRES, postgres);
        long self = ProcessHandle.current().pid();
        used.put(BENCHMARK_JVM, processCpu.ownMillis(self).orElse(0));
        used.put(LOAD_CLIENT, processCpu.reapedChildrenMillis(self).orElse(0));
        return used;
    }

    private static Map<String, Double> perRequest(Map<String, Long> before, Map<String, Long> after, long requests) {
        Map<String, Double> perRequest = new LinkedHashMap<>();
        after.forEach((name, millis) -> perRequest.put(name,
                requests == 0 ? Double.NaN : (millis - before.getOrDefault(name, 0L)) / (double) requests));
        return perRequest;
    }

    /** The processes that used at least 0.005 ms per request, this JVM named by what ran in it. */
    private static String cpuText(Map<String, Double> perRequest, String client) {
        var text = new StringBuilder("CPU ms/request:");
        perRequest.forEach((name, millis) -> {
            if (millis >= 0.005) {
                String shown = switch (name) {
                    case BENCHMARK_JVM -> "Java".equals(client) ? "Kafka + Java load generator" : "Kafka (+ benchmark)";
                    default -> name;
                };
                text.append(String.format(" %s %.3f,", shown, millis));
            }
        });
        text.setLength(text.length() - 1);
        return text.toString();
    }

    // ---- events --------------------------------------------------------------------------------------------------

    /** Delays from the enterprise's createdAt to its replica's updatedAt, sorted, in ms; plus what never arrived. */
    record EventLatency(double[] sortedMillis, int registered, int missing, double drainSeconds) {
        double percentile(double percent) {
            if (sortedMillis.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percent / 100.0 * sortedMillis.length);
            return sortedMillis[Math.clamp(rank - 1, 0, sortedMillis.length - 1)];
        }
    }

    private EventLatency eventLatency(String gateway) {
        // the earlier creates left a backlog in project-service's consumer: let it drain first
        double drainSeconds = awaitReplicasCaughtUp();
        out.printf("Events: project-service caught up with the earlier creates %.1f s after the load ended.%n",
                drainSeconds);

        var registered = new ConcurrentLinkedQueue<String>();
        Endpoint register = BenchmarkEndpoints.REGISTER_ENTERPRISE;
        var result = javaLoad.openLoop(String.format("event phase: %s via gateway (%.0f/s)", register.label(),
                EVENT_RATE), EVENT_RATE, round, i -> request(register, gateway),
                (request, response) -> registered.add(register.keyOf(request)));
        out.println("  " + result.name() + ": " + HttpFigure.of(result, "Java").summary());

        List<String> usccs = List.copyOf(registered);
        Map<String, OffsetDateTime> created = timestamps("enterprise",
                "SELECT uscc, created_at FROM enterprise WHERE uscc = ANY (?)", usccs);
        Map<String, OffsetDateTime> replicated = new LinkedHashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            replicated = timestamps("project", "SELECT uscc, updated_at FROM enterprise_replica WHERE uscc = ANY (?)",
                    usccs);
            if (replicated.size() >= usccs.size()) {
                break;
            }
            Suite.sleep(Duration.ofMillis(200));
        }
        double[] millis = new double[replicated.size()];
        int n = 0;
        for (var entry : replicated.entrySet()) {
            OffsetDateTime createdAt = created.get(entry.getKey());
            if (createdAt != null) {
                millis[n++] = Duration.between(createdAt, entry.getValue()).toNanos() / 1e6;
            }
        }
        millis = Arrays.copyOf(millis, n);
        Arrays.sort(millis);
        var latency = new EventLatency(millis, usccs.size(), usccs.size() - n, drainSeconds);
        out.printf("  %-44s p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  (%d registered, %d not replicated within 30 s;"
                + " enterprise.created_at → enterprise_replica.updated_at, both server clocks)%n",
                "registration → replica in project-service", latency.percentile(50), latency.percentile(99),
                latency.percentile(100), latency.registered(), latency.missing());
        return latency;
    }

    /**
     * Waits until project-service holds a replica of every enterprise, so that its consumer does not compete for CPU
     * with the next measurement; returns how long that took in seconds.
     */
    private double awaitReplicasCaughtUp() {
        long start = System.nanoTime();
        long deadline = start + DRAIN_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (suite.count("project", "SELECT count(*) FROM enterprise_replica") >= suite.count("enterprise",
                    "SELECT count(*) FROM enterprise")) {
                return (System.nanoTime() - start) / 1e9;
            }
            Suite.sleep(Duration.ofMillis(100));
        }
        out.println("  (project-service had not caught up after " + DRAIN_TIMEOUT.toSeconds() + " s; measuring anyway)");
        return (System.nanoTime() - start) / 1e9;
    }

    private Map<String, OffsetDateTime> timestamps(String database, String sql, List<String> usccs) {
        Map<String, OffsetDateTime> byUscc = new LinkedHashMap<>();
        try (Connection c = suite.connect(database); var statement = c.prepareStatement(sql)) {
            statement.setArray(1, c.createArrayOf("varchar", usccs.toArray()));
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    byUscc.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return byUscc;
    }

    // ---- report --------------------------------------------------------------------------------------------------

    /** {@code [VmRSS, VmHWM]} of a process in bytes, from {@code /proc/<pid>/status}; zeros where unreadable. */
    private static long[] memory(long pid) {
        long[] values = new long[2];
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                String[] parts = line.trim().split("\\s+");
                if (line.startsWith("VmRSS:")) {
                    values[0] = Long.parseLong(parts[1]) * 1024;
                } else if (line.startsWith("VmHWM:")) {
                    values[1] = Long.parseLong(parts[1]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no procfs: reported as 0
        }
        return values;
    }

    private void printTable(OptionalDouble pkSelect, OptionalDouble insertOutbox, List<EndpointResult> results,
            EventLatency events, Map<String, long[]> memory) {
        out.println("Results (" + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors() + " CPUs, HTTP "
                + client() + ", last round of each figure):");
        out.printf(ROW, "figure", "measured", "compared with", "ratio", "target", "");
        out.printf(ROW, "-".repeat(72), "-".repeat(16), "-".repeat(26), "-".repeat(7), "-".repeat(9), "------");
        out.printf(ROW, "pgbench PK select (-S, -M prepared)", tps(pkSelect), "", "", "", "");
        out.printf(ROW, "pgbench insert + outbox insert (-M prepared)", tps(insertOutbox), "", "", "", "");
        for (EndpointResult r : results) {
            boolean read = r.endpoint().operation() == Operation.READ;
            ratioRow(r.endpoint().label() + ", direct", r.direct().figure(),
                    read ? "pgbench PK select" : "pgbench insert+outbox", read ? pkSelect : insertOutbox, 0.40);
            ratioRow(r.endpoint().label() + ", gateway / direct", r.gateway().figure(), "direct",
                    OptionalDouble.of(r.direct().figure().throughput()), 0.60);
            latencyRow(r.endpoint().label() + ", p99 via gateway at half peak", r.halfPeak().p99Millis(), 20);
        }
        latencyRow("event registration → replica, p50", events.percentile(50), Double.NaN);
        latencyRow("event registration → replica, p99", events.percentile(99), 250);
        memory.forEach((name, values) -> out.printf(ROW, "RSS " + name + " now (peak)",
                String.format("%d (%d) MB", values[0] / MB, values[1] / MB), "", "",
                name.startsWith(BENCHMARK_JVM) ? "" : "< 250 MB",
                values[0] == 0 || name.startsWith(BENCHMARK_JVM) ? "" : verdict(values[1] < 250 * MB)));
        out.printf(ROW, "start, java -jar → first 200 (slowest service)",
                startSeconds.isPresent() ? String.format("%.2f s", startSeconds.getAsDouble()) : "not measured", "",
                "", "< 3 s", startSeconds.isPresent() ? verdict(startSeconds.getAsDouble() < 3) : "");
        out.printf(ROW, "certified statistics over 1 000 000 rows",
                statisticsMillis.isPresent() ? String.format("%.0f ms", statisticsMillis.getAsDouble())
                        : "not measured",
                "", "", "< 300 ms",
                statisticsMillis.isPresent() ? verdict(statisticsMillis.getAsDouble() < 300) : "");
        out.printf(ROW, "ip statistics over 1 000 000 patents (slowest figure)",
                ipStatisticsMillis.isPresent() ? String.format("%.0f ms", ipStatisticsMillis.getAsDouble())
                        : "not measured",
                "", "", "< 300 ms",
                ipStatisticsMillis.isPresent() ? verdict(ipStatisticsMillis.getAsDouble() < 300) : "");
        out.printf(ROW, "project statistics over 100 000 projects (slowest figure)",
                projectStatisticsMillis.isPresent() ? String.format("%.0f ms", projectStatisticsMillis.getAsDouble())
                        : "not measured",
                "", "", "< 300 ms",
                projectStatisticsMillis.isPresent() ? verdict(projectStatisticsMillis.getAsDouble() < 300) : "");

        out.printf(ROW, "submission burst: " + burst.outcomes().size() + " submits, window closing mid-burst",
                String.format("p99 %.1f ms", burst.p99Millis()),
                String.format("%d accepted, %d refused", burst.accepted(), burst.outcomes().size() - burst.accepted()),
                "", "0 late/lost", verdict(burst.violations().isEmpty()));

        out.println();
        out.println("CPU milliseconds per request, by process, over the reported round (rounds to steady):");
        for (EndpointResult r : results) {
            cpuRow(r.endpoint().label() + ", direct", r.direct());
            cpuRow(r.endpoint().label() + ", via gateway", r.gateway());
            out.printf("  %-72s %s%n", r.endpoint().label() + ", gateway half peak", cpuText(r.halfPeakCpu(), "Java"));
        }

        long non2xx = 0;
        long ioErrors = 0;
        for (EndpointResult r : results) {
            for (HttpFigure f : List.of(r.direct().figure(), r.gateway().figure(), r.halfPeak())) {
                non2xx += f.non2xx();
                ioErrors += f.ioErrors();
            }
        }
        out.println();
        out.println("  Non-2xx answers in the reported rounds: " + non2xx + ", I/O errors: " + ioErrors
                + (events.missing() > 0 ? "; events never replicated: " + events.missing() : "") + ".");
        out.println("  Caveat: one machine with " + Runtime.getRuntime().availableProcessors()
                + " CPUs runs PostgreSQL, Kafka (in the benchmark JVM), the four services, the gateway and the load");
        out.println("  client at once, and through the gateway it does two HTTP hops per request; on a machine shared");
        out.println("  with other work req/s vary between runs — CPU ms per request is the steadier figure. wrk's");
        out.println("  latencies count every answer; the Java generator's only the 2xx. Event latency counts from");
        out.println("  createdAt, taken before the commit, so it slightly overstates it.");
    }

    private void ratioRow(String name, HttpFigure figure, String baselineName, OptionalDouble baseline,
            double target) {
        double ratio = baseline.isPresent() ? figure.throughput() / baseline.getAsDouble() : Double.NaN;
        out.printf(ROW, name, String.format("%.0f req/s", figure.throughput()),
                baseline.isPresent() ? String.format("%s %.0f", baselineName, baseline.getAsDouble()) : "-",
                Double.isNaN(ratio) ? "-" : String.format(ratio < 0.1 ? "%.1f %%" : "%.0f %%", ratio * 100),
                String.format("≥ %.0f %%", target * 100), Double.isNaN(ratio) ? "" : verdict(ratio >= target));
    }

    private void latencyRow(String name, double millis, double targetMillis) {
        out.printf(ROW, name, String.format("%.1f ms", millis), "", "",
                Double.isNaN(targetMillis) ? "" : String.format("< %.0f ms", targetMillis),
                Double.isNaN(targetMillis) || Double.isNaN(millis) ? "" : verdict(millis < targetMillis));
    }

    private void cpuRow(String name, Warm warm) {
        out.printf("  %-72s %s (%d rounds%s)%n", name, cpuText(warm.cpuMillisPerRequest(), warm.figure().client()),
                warm.rounds(), warm.steady() ? "" : ", NOT steady");
    }

    private static String tps(OptionalDouble tps) {
        return tps.isPresent() ? String.format("%.0f tps", tps.getAsDouble()) : "-";
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }
}
