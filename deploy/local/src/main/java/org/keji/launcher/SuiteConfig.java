package org.keji.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.keji.testkit.FreePorts;

/**
 * Where the suite runs: the repository (to find the packaged jars), the work folder (data, logs, keys) and one port
 * per process.
 *
 * @param serviceJvmOptions options of every child JVM: the production ones of {@link #SERVICE_OPTIONS} (plus
 *        {@link #QUICK_START_OPTIONS} for the launcher and the tests) unless {@code KEJI_SERVICE_JVM_OPTIONS} replaces
 *        them
 */
public record SuiteConfig(Path root, Path workDirectory, int gatewayPort, int enterprisePort, int projectPort,
        int ipPort, int financePort, int postgresPort, int kafkaPort, Duration readyTimeout,
        List<String> serviceJvmOptions) {

    /**
     * The production JVM options of every service and the gateway (heap, GC, code cache, stacks), as a Java argument
     * file: each child starts as {@code java @deploy/jvm/service.options -jar …}, like a deployment does.
     */
    public static final String SERVICE_OPTIONS = "deploy/jvm/service.options";
    /**
     * Added after {@link #SERVICE_OPTIONS} by the launcher and the end-to-end tests: C1 only, because five JVMs
     * starting at once on two cores spend most of their start compiling with C2. The benchmark leaves it out.
     */
    public static final String QUICK_START_OPTIONS = "deploy/jvm/quick-start.options";
    /** The environment every child gets beside its options ({@code KEY=VALUE} lines, {@code #} comments). */
    public static final String SERVICE_ENVIRONMENT = "deploy/jvm/service.env";

    private static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(120);

    /**
     * The local launcher's fixed ports (gateway 8080, services 8081–8084, PostgreSQL 15432, Kafka 19092), each
     * overridable by a system property ({@code keji.gateway.port}) or an environment variable
     * ({@code KEJI_GATEWAY_PORT}); the work folder is {@code .keji/} in the repository. The JVM options of the
     * children can be replaced with {@code KEJI_SERVICE_JVM_OPTIONS} (space separated).
     */
    public static SuiteConfig launcherDefaults(Path root) {
        return fromSettings(root, root.resolve(".keji"), System::getProperty, System.getenv());
    }

    static SuiteConfig fromSettings(Path root, Path workDirectory, Function<String, String> systemProperties,
            Map<String, String> environment) {
        Function<String, Integer> port = name -> {
            String env = "KEJI_" + name.toUpperCase() + "_PORT";
            String property = "keji." + name + ".port";
            String value = systemProperties.apply(property);
            if (value == null) {
                value = environment.get(env);
            }
            return value == null ? null : parsePort(value, property + " / " + env);
        };
        return new SuiteConfig(root, workDirectory,
                orDefault(port.apply("gateway"), 8080),
                orDefault(port.apply("enterprise"), 8081),
                orDefault(port.apply("project"), 8082),
                orDefault(port.apply("ip"), 8083),
                orDefault(port.apply("finance"), 8084),
                orDefault(port.apply("pg"), 15432),
                orDefault(port.apply("kafka"), 19092),
                DEFAULT_READY_TIMEOUT, jvmOptions(root, systemProperties.apply("keji.service.jvm-options"),
                        environment.get("KEJI_SERVICE_JVM_OPTIONS")));
    }

    /** Free ephemeral ports for every process: what tests use so they never collide with a running launcher. */
    public static SuiteConfig onFreePorts(Path root, Path workDirectory) {
        return new SuiteConfig(root, workDirectory, FreePorts.next(), FreePorts.next(), FreePorts.next(),
                FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), DEFAULT_READY_TIMEOUT,
                quickStartJvmOptions(root));
    }

    /** What a deployment runs: {@code @<root>/deploy/jvm/service.options}, full JIT. */
    public static List<String> productionJvmOptions(Path root) {
        return List.of(argumentFile(root, SERVICE_OPTIONS));
    }

    /** The production options followed by {@code @<root>/deploy/jvm/quick-start.options} (C1 only). */
    public static List<String> quickStartJvmOptions(Path root) {
        return List.of(argumentFile(root, SERVICE_OPTIONS), argumentFile(root, QUICK_START_OPTIONS));
    }

    /**
     * The variables of {@link #SERVICE_ENVIRONMENT} (e.g. {@code MALLOC_ARENA_MAX}) that every child process gets.
     *
     * @throws UncheckedIOException if the file cannot be read
     */
    public Map<String, String> serviceEnvironment() {
        Path file = root.resolve(SERVICE_ENVIRONMENT);
        try {
            Map<String, String> variables = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                int equals = entry.indexOf('=');
                if (equals < 1) {
                    throw new IllegalArgumentException(file + ": not a KEY=VALUE line: " + line);
                }
                variables.put(entry.substring(0, equals).strip(), entry.substring(equals + 1).strip());
            }
            return variables;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * The repository root: the system property {@code keji.root} if set, else the first folder holding {@code mvnw}
     * walking up from the working directory.
     */
    public static Path locateRoot() {
        String configured = System.getProperty("keji.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no Keji repository (a folder with mvnw) above " + start
                + "; run from inside the repository or set -Dkeji.root=<path>");
    }

    public SuiteConfig withReadyTimeout(Duration timeout) {
        return new SuiteConfig(root, workDirectory, gatewayPort, enterprisePort, projectPort, ipPort, financePort,
                postgresPort, kafkaPort, timeout, serviceJvmOptions);
    }

    public Path logDirectory() {
        return workDirectory.resolve("logs");
    }

    private static List<String> jvmOptions(Path root, String property, String environment) {
        String value = property != null ? property : environment;
        return value == null || value.isBlank() ? quickStartJvmOptions(root) : List.of(value.trim().split("\\s+"));
    }

    private static String argumentFile(Path root, String file) {
        return "@" + root.resolve(file);
    }

    private static int parsePort(String value, String name) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65_535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a port number: " + value);
        }
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
