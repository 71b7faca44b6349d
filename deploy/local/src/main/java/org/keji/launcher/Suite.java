package org.keji.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.keji.testkit.EmbeddedPostgres;
import org.keji.testkit.FreePorts;
import org.keji.testkit.KejiInfra;
import org.keji.testkit.Tokens;

/**
 * The whole Keji suite on one machine: embedded PostgreSQL and Kafka in this JVM, the four services and the gateway
 * as child processes of their packaged jars. The local launcher and the end-to-end tests start it the same way.
 */
public final class Suite implements AutoCloseable {

    /** A service module: its folder, its database and the gateway route that points at it. */
    record ServiceModule(String name, String database) {
        String routeVariable() {
            return "KEJI_GATEWAY_ROUTES_" + database.toUpperCase() + "_URL";
        }
    }

    public static final List<ServiceModule> SERVICES = List.of(
            new ServiceModule("enterprise-service", "enterprise"),
            new ServiceModule("project-service", "project"),
            new ServiceModule("ip-service", "ip"),
            new ServiceModule("finance-service", "finance"));
    public static final String GATEWAY = "gateway";

    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final int LOG_TAIL_LINES = 60;

    private final SuiteConfig config;
    private final KejiInfra infra;
    private final Map<String, ServiceProcess> processes = Collections.synchronizedMap(new LinkedHashMap<>());
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Map<String, Integer> restarts = new java.util.concurrent.ConcurrentHashMap<>();
    /** The gateway serves its metrics on this port only, never on its public API port. */
    private final int gatewayManagementPort = FreePorts.next();

    private Suite(SuiteConfig config, KejiInfra infra) {
        this.config = config;
        this.infra = infra;
    }

    /**
     * Starts PostgreSQL and Kafka, then the services in parallel, then the gateway, and returns once every one
     * answers {@code 200} on {@code /q/health/ready}. On any failure everything started so far is stopped again.
     *
     * @throws IllegalStateException if a jar is missing or a process does not become ready in time
     */
    /** Starts the suite for a command-line program, or ends the JVM with the reason on stderr. */
    static Suite startOrExit(SuiteConfig config) {
        try {
            return start(config);
        } catch (RuntimeException e) {
            System.err.println("Keji did not start: " + e.getMessage());
            System.exit(1);
            throw e;
        }
    }

    public static Suite start(SuiteConfig config) {
        Map<String, Path> jars = locateJars(config.root());
        prepareWorkDirectory(config);
        KejiInfra infra = KejiInfra.start(config.workDirectory(), config.postgresPort(), config.kafkaPort());
        Suite suite = new Suite(config, infra);
        try {
            for (ServiceModule service : SERVICES) {
                infra.postgres().createDatabase(service.database());
            }
            List<ServiceProcess> services = new ArrayList<>();
            for (ServiceModule service : SERVICES) {
                services.add(suite.launch(service.name(), jars.get(service.name()), suite.serviceEnvironment(service),
                        suite.portOf(service.name())));
            }
            suite.awaitReady(services);
            suite.awaitReady(List.of(suite.launch(GATEWAY, jars.get(GATEWAY), suite.gatewayEnvironment(),
                    config.gatewayPort())));
            return suite;
        } catch (RuntimeException e) {
            suite.stop();
            throw e;
        }
    }

    public SuiteConfig config() {
        return config;
    }

    public KejiInfra infra() {
        return infra;
    }

    /** Where the gateway's Prometheus metrics are: {@code <this>/q/metrics}. */
    public String gatewayManagementUrl() {
        return "http://localhost:" + gatewayManagementPort;
    }

    public String gatewayUrl() {
        return "http://localhost:" + config.gatewayPort();
    }

    /** The running processes in start order: the four services, then the gateway. */
    public List<ServiceProcess> processes() {
        synchronized (processes) {
            return List.copyOf(processes.values());
        }
    }

    public Optional<ServiceProcess> process(String name) {
        return Optional.ofNullable(processes.get(name));
    }

    /**
     * Stops the gateway, then the services (SIGTERM, up to 10 s grace, then SIGKILL, children included), then Kafka,
     * then PostgreSQL. Safe to call more than once and from a shutdown hook.
     */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        process(GATEWAY).ifPresent(gateway -> stopAll(List.of(gateway)));
        stopAll(processes().stream().filter(p -> !p.name().equals(GATEWAY)).toList());
        quietly("Kafka", () -> infra.kafka().close());
        quietly("PostgreSQL", () -> infra.postgres().close());
    }

    @Override
    public void close() {
        stop();
    }

    private int portOf(String name) {
        return switch (name) {
            case "enterprise-service" -> config.enterprisePort();
            case "project-service" -> config.projectPort();
            case "ip-service" -> config.ipPort();
            case "finance-service" -> config.financePort();
            case GATEWAY -> config.gatewayPort();
            default -> throw new IllegalArgumentException("unknown module " + name);
        };
    }

    private Map<String, String> serviceEnvironment(ServiceModule service) {
        Map<String, String> env = commonEnvironment(portOf(service.name()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", infra.postgres().jdbcUrl(service.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgres.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", EmbeddedPostgres.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafka().bootstrapServers());
        // documents stay between runs: they are named by their content, so a fresh database finds equal bytes again
        env.put("KEJI_STORAGE_FILESYSTEM_ROOT",
                config.workDirectory().resolve("objects").resolve(service.name()).toAbsolutePath().toString());
        // enterprise-service signs certificate documents; the key stays with the tokens' keys across launches
        env.put("KEJI_CERTIFICATE_SIGNING_KEY", infra.tokens().documentSigning().privateKeyLocation());
        return env;
    }

    private Map<String, String> gatewayEnvironment() {
        Map<String, String> env = commonEnvironment(config.gatewayPort());
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(gatewayManagementPort));
        for (ServiceModule service : SERVICES) {
            env.put(service.routeVariable(), "http://localhost:" + portOf(service.name()));
        }
        return env;
    }

    private Map<String, String> commonEnvironment(int port) {
        Map<String, String> env = new LinkedHashMap<>(config.serviceEnvironment());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("KEJI_JWT_PUBLIC_KEY_LOCATION", infra.tokens().publicKeyLocation());
        env.put("KEJI_JWT_ISSUER", Tokens.ISSUER);
        env.put("KEJI_JWT_AUDIENCE", Tokens.AUDIENCE);
        return env;
    }

    /** A new connection to one of the suite's databases, as its owner ({@code enterprise}, {@code project}, …). */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(infra.postgres().jdbcUrl(database), EmbeddedPostgres.USER,
                EmbeddedPostgres.PASSWORD);
    }

    /** The single number {@code sql} answers in {@code database}, e.g. a {@code count(*)}. */
    public long count(String database, String sql) {
        try (var c = connect(database); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * Kills a service with {@code SIGKILL} (no shutdown hook runs, nothing is flushed: a crash) and waits until it is
     * gone; its port is free afterwards. See {@link #restart(String)}.
     */
    public void kill(String name) {
        process(name).orElseThrow(() -> new IllegalArgumentException("no process " + name)).kill();
    }

    /**
     * Starts a service (or the gateway) again from its jar on the same port with the same environment, after
     * {@link #kill(String)} or a crash, and returns once it answers {@code /q/health/ready}. Its log goes to a new
     * file, {@code <name>.<n>.log}, so the killed process's log stays readable.
     */
    public ServiceProcess restart(String name) {
        ServiceProcess old = process(name).orElseThrow(() -> new IllegalArgumentException("no process " + name));
        if (old.isAlive()) {
            stopAll(List.of(old));
        }
        Path jar = locateJars(config.root()).get(name);
        Map<String, String> environment = GATEWAY.equals(name) ? gatewayEnvironment()
                : serviceEnvironment(SERVICES.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow());
        int starts = restarts.merge(name, 1, Integer::sum);
        ServiceProcess restarted = launch(name, jar, environment, portOf(name),
                config.logDirectory().resolve(name + "." + starts + ".log"));
        awaitReady(List.of(restarted));
        return restarted;
    }

    private ServiceProcess launch(String name, Path jar, Map<String, String> environment, int port) {
        return launch(name, jar, environment, port, config.logDirectory().resolve(name + ".log"));
    }

    private ServiceProcess launch(String name, Path jar, Map<String, String> environment, int port, Path log) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(config.serviceJvmOptions());
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(config.workDirectory().toFile())
                .redirectErrorStream(true)
                // a fresh file every start: a "ready" line from a previous run is never read
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().putAll(environment);
        try {
            long startedAt = System.nanoTime();
            ServiceProcess process = new ServiceProcess(name, port, builder.start(), log, startedAt);
            processes.put(name, process);
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    private void awaitReady(List<ServiceProcess> starting) {
        long deadline = System.nanoTime() + config.readyTimeout().toNanos();
        List<ServiceProcess> pending = new ArrayList<>(starting);
        while (!pending.isEmpty()) {
            for (var it = pending.iterator(); it.hasNext();) {
                ServiceProcess process = it.next();
                if (!process.isAlive()) {
                    throw notReady(process, "exited before it became ready");
                }
                if (isReady(process)) {
                    process.markHealthy(System.nanoTime());
                    it.remove();
                }
            }
            if (!pending.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw notReady(pending.get(0), "was not ready within " + config.readyTimeout().toSeconds() + " s");
                }
                sleep(Duration.ofMillis(100));
            }
        }
    }

    private boolean isReady(ServiceProcess process) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(process.url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + process.name(), e);
        }
    }

    private IllegalStateException notReady(ServiceProcess process, String reason) {
        String message = process.name() + " " + reason + " (log: " + process.log() + "). Last lines:"
                + System.lineSeparator() + process.logTail(LOG_TAIL_LINES);
        System.err.println(message);
        return new IllegalStateException(message);
    }

    private static void stopAll(List<ServiceProcess> group) {
        group.forEach(ServiceProcess::requestStop);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        group.forEach(process -> process.awaitStop(deadline));
    }

    private static Map<String, Path> locateJars(Path root) {
        Map<String, Path> jars = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        List<String> modules = new ArrayList<>(SERVICES.stream().map(ServiceModule::name).toList());
        modules.add(GATEWAY);
        for (String module : modules) {
            Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
            if (Files.isRegularFile(jar)) {
                jars.put(module, jar);
            } else {
                missing.add(jar.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("packaged application(s) missing: " + String.join(", ", missing)
                    + " — run ./mvnw package -DskipTests first (in " + root + ")");
        }
        return jars;
    }

    /**
     * PostgreSQL starts from an empty data folder every time, so Kafka must too: offsets and events of an earlier run
     * would not match the fresh databases. The keys stay, so tokens printed earlier keep working.
     */
    private static void prepareWorkDirectory(SuiteConfig config) {
        try {
            Path kafkaLogs = config.workDirectory().resolve("kafka-logs");
            if (Files.exists(kafkaLogs)) {
                try (var paths = Files.walk(kafkaLogs)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(config.logDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + config.logDirectory(), e);
        }
    }

    /** The {@code java} of this JVM, so the children run on the same JDK. */
    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void quietly(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            System.err.println("stopping " + what + " failed: " + e);
        }
    }

    static void sleep(Duration duration) {
        try {
            TimeUnit.NANOSECONDS.sleep(duration.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
