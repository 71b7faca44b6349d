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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.keji.testkit.EmbeddedPostgres;
import org.keji.testkit.Usccs;

/**
 * Prints Keji's throughput and latency next to the targets of DESIGN.md, as ratios to pgbench on the same PostgreSQL
 * in the same run. Never run by the build or the tests: {@code scripts/benchmark.sh [seconds]}.
 * <p>
 * Starts the suite on free ports with full-JIT JVM options (unless {@code KEJI_SERVICE_JVM_OPTIONS} is set), runs
 * pgbench (primary-key SELECT; insert + outbox insert in one transaction), warms the services up, then drives HTTP
 * load: reads and creates, directly and through the gateway, the gateway at half its peak rate, and the delay from an
 * enterprise's registration to its replica in project-service. Stops everything at the end.
 */
public final class Benchmark {

    /** Production-like: the launcher's heap and GC, but C2 too (no TieredStopAtLevel), as a long-running service. */
    static final List<String> BENCHMARK_JVM_OPTIONS = List.of("-Xms64m", "-Xmx192m", "-XX:+UseSerialGC", "-Xss512k",
            "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8", "-Duser.timezone=Asia/Shanghai");

    private static final int PGBENCH_CLIENTS = 16;
    private static final int PGBENCH_THREADS = 2;
    private static final int HTTP_WORKERS = 32;
    private static final int SEED_ENTERPRISES = 1_000;
    private static final double EVENT_RATE = 50;
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(120);
    private static final String BENCH_DATABASE = "bench";
    private static final Pattern TPS = Pattern.compile("^tps = ([0-9.]+)", Pattern.MULTILINE);
    private static final Pattern FAILED = Pattern.compile("^number of failed transactions: (\\d+)", Pattern.MULTILINE);
    private static final Pattern LATENCY = Pattern.compile("^latency average = ([0-9.]+) ms", Pattern.MULTILINE);
    private static final long MB = 1024 * 1024;

    private final PrintStream out;
    private final Suite suite;
    private final Duration measure;
    private final Duration warmUp;
    private final LoadGenerator load = new LoadGenerator();
    private final AtomicLong serials = new AtomicLong();
    private final String token;

    private Benchmark(PrintStream out, Suite suite, Duration measure) {
        this.out = out;
        this.suite = suite;
        this.measure = measure;
        this.warmUp = Duration.ofSeconds(Math.max(5, measure.toSeconds() / 2));
        this.token = suite.infra().tokens().officer();
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path root = SuiteConfig.locateRoot();
        SuiteConfig free = SuiteConfig.onFreePorts(root, root.resolve(".keji").resolve("benchmark"));
        String configured = System.getenv("KEJI_SERVICE_JVM_OPTIONS");
        List<String> jvmOptions = configured == null || configured.isBlank() ? SuiteConfig.productionJvmOptions(root)
                : List.of(configured.trim().split("\\s+"));
        SuiteConfig config = new SuiteConfig(free.root(), free.workDirectory(), free.gatewayPort(),
                free.enterprisePort(), free.projectPort(), free.ipPort(), free.financePort(), free.postgresPort(),
                free.kafkaPort(), Duration.ofSeconds(240), jvmOptions);

        out.printf("Keji benchmark: %d s per measurement, %d s warm-up, service JVM options %s%n", seconds,
                Math.max(5, seconds / 2), String.join(" ", jvmOptions));
        out.println("Starting PostgreSQL, Kafka, 4 services and the gateway on free ports (work folder "
                + config.workDirectory() + ") …");
        long startedAt = System.nanoTime();
        Suite suite = Suite.startOrExit(config);
        Runtime.getRuntime().addShutdownHook(new Thread(suite::stop, "keji-benchmark-stop"));
        out.printf("All healthy after %.1f s.%n%n", (System.nanoTime() - startedAt) / 1e9);
        int status = 0;
        try {
            new Benchmark(out, suite, Duration.ofSeconds(seconds)).run();
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

    private void run() {
        // 1. raw PostgreSQL
        Optional<Path> pgbench = locatePgbench();
        OptionalDouble pkSelect = OptionalDouble.empty();
        OptionalDouble insertOutbox = OptionalDouble.empty();
        if (pgbench.isPresent()) {
            out.println("pgbench " + PGBENCH_CLIENTS + " clients, " + PGBENCH_THREADS + " threads, "
                    + measure.toSeconds() + " s each, simple query protocol (as pgbench -S), database '"
                    + BENCH_DATABASE + "':");
            Path scripts = prepareBenchDatabase(pgbench.get());
            pkSelect = pgbench(pgbench.get(), "PK select on 100 000 rows", scripts.resolve("select.sql"));
            insertOutbox = pgbench(pgbench.get(), "insert + outbox insert in one transaction",
                    scripts.resolve("insert-outbox.sql"));
        } else {
            out.println("pgbench not found (PATH, /usr/lib/postgresql/*/bin): no baselines, ratios to pgbench omitted");
        }
        out.println();

        // 2. HTTP
        String direct = suite.process("enterprise-service").orElseThrow().url();
        String gateway = suite.gatewayUrl();
        out.println("HTTP: " + HTTP_WORKERS + " closed-loop workers (virtual threads, one keep-alive HTTP/1.1 client), "
                + warmUp.toSeconds() + " s warm-up before each closed-loop measurement; only 2xx count:");
        LoadGenerator.Result seed = load.closedLoop("seed: register " + SEED_ENTERPRISES + " enterprises, direct", 16,
                Duration.ofMinutes(5), SEED_ENTERPRISES, i -> create(direct), null);
        out.println("  " + seed.summary());
        List<String> seeded = new ArrayList<>();
        for (long i = 0; i < SEED_ENTERPRISES; i++) {
            seeded.add(uscc(i));
        }

        // every measurement starts once project-service has consumed the events of the previous ones
        var readDirect = closedLoop("read by id, direct", () -> read(direct, seeded));
        var readGateway = closedLoop("read by id, via gateway", () -> read(gateway, seeded));
        var readHalf = openLoop("read via gateway at half its peak", readGateway.throughput() / 2,
                () -> read(gateway, seeded));
        var createDirect = closedLoop("create, direct", () -> create(direct));
        var createGateway = closedLoop("create, via gateway", () -> create(gateway));
        var createHalf = openLoop("create via gateway at half its peak", createGateway.throughput() / 2,
                () -> create(gateway));
        out.println();

        // 3. events
        EventLatency events = eventLatency(gateway);
        out.println();

        // 4. footprint after the load
        Map<String, long[]> memory = new LinkedHashMap<>();
        for (ServiceProcess process : suite.processes()) {
            memory.put(process.name(), memory(process.pid()));
        }

        printTable(pkSelect, insertOutbox, readDirect, readGateway, createDirect, createGateway, readHalf, createHalf,
                events, memory);
    }

    // ---- pgbench -------------------------------------------------------------------------------------------------

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
            Files.writeString(folder.resolve("select.sql"), """
                    \\set aid random(1, 100000)
                    SELECT abalance FROM pgbench_accounts WHERE aid = :aid;
                    """);
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
            folder.toFile().deleteOnExit();
            folder.resolve("select.sql").toFile().deleteOnExit();
            folder.resolve("insert-outbox.sql").toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OptionalDouble pgbench(Path pgbench, String what, Path script) {
        String output = runPgbench(pgbench, List.of("-n", "-c", Integer.toString(PGBENCH_CLIENTS), "-j",
                Integer.toString(PGBENCH_THREADS), "-T", Long.toString(measure.toSeconds()), "-f", script.toString()));
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            out.println("  " + what + ": no tps in pgbench's output:" + System.lineSeparator() + output);
            return OptionalDouble.empty();
        }
        Matcher failed = FAILED.matcher(output);
        Matcher latency = LATENCY.matcher(output);
        double value = Double.parseDouble(tps.group(1));
        out.printf("  %-44s %9.0f tps    latency avg %s ms, failed transactions %s%n", what, value,
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

    private LoadGenerator.Result closedLoop(String name, java.util.function.Supplier<HttpRequest> requests) {
        awaitReplicasCaughtUp();
        load.closedLoop(name + " (warm-up)", HTTP_WORKERS, warmUp, Long.MAX_VALUE, i -> requests.get(), null);
        awaitReplicasCaughtUp();
        Map<String, Long> before = cpu();
        var result = load.closedLoop(name, HTTP_WORKERS, measure, Long.MAX_VALUE, i -> requests.get(), null);
        out.println("  " + result.summary());
        printCpu(before, cpu(), result.elapsed());
        return result;
    }

    private LoadGenerator.Result openLoop(String name, double rate, java.util.function.Supplier<HttpRequest> requests) {
        awaitReplicasCaughtUp();
        Map<String, Long> before = cpu();
        var result = load.openLoop(String.format("%s (%.0f/s)", name, rate), rate, measure, i -> requests.get(),
                null);
        out.println("  " + result.summary());
        printCpu(before, cpu(), result.elapsed());
        return result;
    }

    /**
     * CPU time used so far, in nanoseconds: this JVM (the load generator and the in-process Kafka broker), each child
     * JVM, and PostgreSQL (its postmaster and every backend alive now).
     */
    private Map<String, Long> cpu() {
        Map<String, Long> used = new LinkedHashMap<>();
        used.put("load generator + Kafka", cpuOf(ProcessHandle.current()));
        for (ServiceProcess process : suite.processes()) {
            used.put(process.name(), ProcessHandle.of(process.pid()).map(Benchmark::cpuOf).orElse(0L));
        }
        long postgres = 0;
        try {
            String pid = Files.readAllLines(suite.config().workDirectory().resolve("postgres/postmaster.pid")).get(0);
            Optional<ProcessHandle> postmaster = ProcessHandle.of(Long.parseLong(pid.trim()));
            if (postmaster.isPresent()) {
                postgres = cpuOf(postmaster.get())
                        + postmaster.get().descendants().mapToLong(Benchmark::cpuOf).sum();
            }
        } catch (IOException | RuntimeException e) {
            // not measurable here: shown as 0
        }
        used.put("PostgreSQL", postgres);
        return used;
    }

    private static long cpuOf(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private void printCpu(Map<String, Long> before, Map<String, Long> after, Duration elapsed) {
        var text = new StringBuilder("      CPU (share of ").append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs):");
        double available = elapsed.toNanos() * (double) Runtime.getRuntime().availableProcessors();
        after.forEach((name, nanos) -> {
            double share = (nanos - before.getOrDefault(name, 0L)) / available * 100;
            if (share >= 0.5) {
                text.append(String.format(" %s %.0f %%,", name, share));
            }
        });
        text.setLength(text.length() - 1);
        out.println(text);
    }

    private HttpRequest read(String baseUrl, List<String> usccs) {
        String uscc = usccs.get(ThreadLocalRandom.current().nextInt(usccs.size()));
        return LoadGenerator.request(baseUrl + "/api/v1/enterprises/" + uscc, token).GET().build();
    }

    /** A registration of a new enterprise, with its own idempotency key so that the idempotency row is written. */
    private HttpRequest create(String baseUrl) {
        String uscc = uscc(serials.getAndIncrement());
        String body = "{\"uscc\":\"" + uscc + "\",\"name\":\"福州市星火科技有限公司\",\"region\":\"350100\","
                + "\"registrationDate\":\"2019-03-15\"}";
        return LoadGenerator.request(baseUrl + "/api/v1/enterprises", token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "bench-" + uscc)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    /** The n-th code of this run: a Fuzhou company (91 350100), the serial in base 31, a valid check character. */
    static String uscc(long serial) {
        return Usccs.withSerial(Usccs.FUZHOU, serial);
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
        var result = load.openLoop(String.format("event phase: create via gateway (%.0f/s)", EVENT_RATE), EVENT_RATE,
                measure, i -> create(gateway), (request, response) -> registered.add(request.headers()
                        .firstValue("Idempotency-Key").orElseThrow().substring("bench-".length())));
        out.println("  " + result.summary());

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
            if (count("project", "SELECT count(*) FROM enterprise_replica") >= count("enterprise",
                    "SELECT count(*) FROM enterprise")) {
                return (System.nanoTime() - start) / 1e9;
            }
            Suite.sleep(Duration.ofMillis(100));
        }
        out.println("  (project-service had not caught up after " + DRAIN_TIMEOUT.toSeconds() + " s; measuring anyway)");
        return (System.nanoTime() - start) / 1e9;
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(suite.infra().postgres().jdbcUrl(database), EmbeddedPostgres.USER,
                EmbeddedPostgres.PASSWORD);
    }

    private long count(String database, String sql) {
        try (Connection c = connect(database); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Map<String, OffsetDateTime> timestamps(String database, String sql, List<String> usccs) {
        Map<String, OffsetDateTime> byUscc = new LinkedHashMap<>();
        try (Connection c = connect(database); var statement = c.prepareStatement(sql)) {
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

    private void printTable(OptionalDouble pkSelect, OptionalDouble insertOutbox, LoadGenerator.Result readDirect,
            LoadGenerator.Result readGateway, LoadGenerator.Result createDirect, LoadGenerator.Result createGateway,
            LoadGenerator.Result readHalf, LoadGenerator.Result createHalf, EventLatency events,
            Map<String, long[]> memory) {
        String format = "  %-46s %16s %28s %8s  %-10s %s%n";
        out.println("Results (" + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors() + " CPUs):");
        out.printf(format, "figure", "measured", "compared with", "ratio", "target", "");
        out.printf(format, "-".repeat(46), "-".repeat(16), "-".repeat(28), "-".repeat(8), "-".repeat(10), "------");
        out.printf(format, "pgbench PK select", tps(pkSelect), "", "", "", "");
        out.printf(format, "pgbench insert + outbox insert", tps(insertOutbox), "", "", "", "");
        ratioRow(format, "read by id, direct", readDirect, "pgbench PK select", pkSelect, 0.40);
        ratioRow(format, "create, direct", createDirect, "pgbench insert+outbox", insertOutbox, 0.40);
        ratioRow(format, "read by id, via gateway", readGateway, "pgbench PK select", pkSelect, Double.NaN);
        ratioRow(format, "create, via gateway", createGateway, "pgbench insert+outbox", insertOutbox, Double.NaN);
        ratioRow(format, "read, gateway / direct", readGateway, "direct read",
                OptionalDouble.of(readDirect.throughput()), 0.60);
        ratioRow(format, "create, gateway / direct", createGateway, "direct create",
                OptionalDouble.of(createDirect.throughput()), 0.60);
        latencyRow(format, "p99 read via gateway at half peak", readHalf.percentileMillis(99), 20);
        latencyRow(format, "p99 create via gateway at half peak", createHalf.percentileMillis(99), 20);
        latencyRow(format, "event registration → replica, p50", events.percentile(50), Double.NaN);
        latencyRow(format, "event registration → replica, p99", events.percentile(99), 250);
        memory.forEach((name, values) -> out.printf(format, "RSS " + name + " after load (peak)",
                String.format("%d (%d) MB", values[0] / MB, values[1] / MB), "", "", "< 250 MB",
                values[0] == 0 ? "?" : verdict(values[1] < 250 * MB)));
        long errors = readDirect.errors() + readGateway.errors() + createDirect.errors() + createGateway.errors()
                + readHalf.errors() + createHalf.errors();
        out.println();
        out.println("  Non-2xx answers or I/O failures in the measured phases: " + errors
                + (events.missing() > 0 ? "; events never replicated: " + events.missing() : "") + ".");
        out.println("  Caveat: one machine with " + Runtime.getRuntime().availableProcessors()
                + " CPUs runs PostgreSQL, Kafka, the four services, the gateway and this load generator at once;");
        out.println("  the load generator (JDK HttpClient) and Kafka (in this JVM) take CPU from the services, and");
        out.println("  through the gateway that machine does two HTTP hops per request. pgbench is a lean C client, so");
        out.println("  ratios to it are conservative. Figures vary between runs by up to ±30 % (other work on the");
        out.println("  machine, JIT state: later phases run on warmer code); compare runs, not single figures.");
        out.println("  Event latency counts from createdAt, taken before the commit, so it slightly overstates it.");
    }

    private void ratioRow(String format, String name, LoadGenerator.Result result, String baselineName,
            OptionalDouble baseline, double target) {
        double ratio = baseline.isPresent() ? result.throughput() / baseline.getAsDouble() : Double.NaN;
        out.printf(format, name, String.format("%.0f req/s", result.throughput()),
                baseline.isPresent() ? String.format("%s %.0f", baselineName, baseline.getAsDouble()) : "-",
                Double.isNaN(ratio) ? "-" : String.format("%.0f %%", ratio * 100),
                Double.isNaN(target) ? "" : String.format("≥ %.0f %%", target * 100),
                Double.isNaN(target) || Double.isNaN(ratio) ? "" : verdict(ratio >= target));
    }

    private void latencyRow(String format, String name, double millis, double targetMillis) {
        out.printf(format, name, String.format("%.1f ms", millis), "", "",
                Double.isNaN(targetMillis) ? "" : String.format("< %.0f ms", targetMillis),
                Double.isNaN(targetMillis) || Double.isNaN(millis) ? "" : verdict(millis < targetMillis));
    }

    private static String tps(OptionalDouble tps) {
        return tps.isPresent() ? String.format("%.0f tps", tps.getAsDouble()) : "-";
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }
}
