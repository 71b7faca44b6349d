package org.keji.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's HTTP load from wrk ({@code -t2 -c16}, closed loop, the lean C client DESIGN.md's figures are
 * taken with), driven by {@code benchmark/keji-wrk.lua}: requests come from a file the benchmark writes (reads pick a
 * line at random, creates use each line once), and a response hook counts every answer that is not 2xx.
 */
final class Wrk {

    static final int THREADS = 2;
    static final int CONNECTIONS = 16;

    /** How the Lua script picks the lines of the request file. */
    enum Mode {
        /** Any line, at random: reads by random keys. */
        RANDOM,
        /** Every line at most once: creates with unique keys. */
        UNIQUE
    }

    private static final Pattern SUMMARY = Pattern.compile("^KEJI-WRK (.*)$", Pattern.MULTILINE);
    private static final Pattern FIRST_ERROR = Pattern.compile("^KEJI-WRK-FIRST-ERROR (.*)$", Pattern.MULTILINE);

    private final Path executable;
    private final Path script;

    private Wrk(Path executable, Path script) {
        this.executable = executable;
        this.script = script;
    }

    /**
     * wrk from {@code KEJI_WRK} (set by scripts/benchmark.sh after finding or installing it) or the PATH; empty if
     * there is none or {@code KEJI_BENCHMARK_CLIENT=java} asks for the Java load generator.
     */
    static Optional<Wrk> locate(Map<String, String> environment, Path scratch) {
        if ("java".equalsIgnoreCase(environment.getOrDefault("KEJI_BENCHMARK_CLIENT", ""))) {
            return Optional.empty();
        }
        List<Path> candidates = new ArrayList<>();
        String configured = environment.get("KEJI_WRK");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        for (String dir : environment.getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                candidates.add(Path.of(dir, "wrk"));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst()
                .map(wrk -> new Wrk(wrk, copyScript(scratch)));
    }

    Path executable() {
        return executable;
    }

    /** Runs {@code wrk -t2 -c16 --latency} for {@code duration} against {@code baseUrl} with the file's requests. */
    HttpFigure run(String name, String baseUrl, String method, Path requests, Mode mode, String token,
            Duration duration) {
        return run(name, baseUrl, method, requests, mode, token, duration, 0);
    }

    /**
     * As {@link #run(String, String, String, Path, Mode, String, Duration)}, each connection waiting
     * {@code delayMillis} after an answer before its next request (0: none), which paces the load below the peak.
     */
    HttpFigure run(String name, String baseUrl, String method, Path requests, Mode mode, String token,
            Duration duration, double delayMillis) {
        List<String> command = List.of(executable.toString(), "-t" + THREADS, "-c" + CONNECTIONS,
                "-d" + duration.toSeconds() + "s", "--timeout", "10s", "--latency", "-s", script.toString(), baseUrl);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("KEJI_WRK_FILE", requests.toString());
        env.put("KEJI_WRK_MODE", mode.name().toLowerCase());
        env.put("KEJI_WRK_METHOD", method);
        env.put("KEJI_WRK_TOKEN", token);
        env.put("KEJI_WRK_THREADS", Integer.toString(THREADS));
        if (delayMillis > 0) {
            env.put("KEJI_WRK_DELAY_MS", String.format(java.util.Locale.ROOT, "%.3f", delayMillis));
        }
        try {
            Process process = builder.start();
            String output;
            try (InputStream stdout = process.getInputStream()) {
                output = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("wrk failed: " + String.join(" ", command) + System.lineSeparator()
                        + output);
            }
            return parse(name, output);
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + executable, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * The figure in the {@code KEJI-WRK} line the Lua script's {@code done()} prints. Requests the script had to
     * repeat because the file ran out of unique lines are not counted as successes (they were idempotent replays).
     */
    static HttpFigure parse(String name, String output) {
        Matcher summary = SUMMARY.matcher(output);
        if (!summary.find()) {
            throw new IllegalStateException("no KEJI-WRK line in wrk's output:" + System.lineSeparator() + output);
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : summary.group(1).trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        Map<Integer, Long> byStatus = new TreeMap<>();
        for (String count : values.getOrDefault("statuses", "").split(",")) {
            if (!count.isBlank()) {
                String[] parts = count.split(":");
                byStatus.merge(Integer.parseInt(parts[0]), Long.parseLong(parts[1]), Long::sum);
            }
        }
        long requests = number(values, "requests");
        long exhausted = number(values, "exhausted");
        long io = number(values, "connect") + number(values, "read") + number(values, "write")
                + number(values, "timeout");
        long non2xx = number(values, "non2xx");
        Matcher firstError = FIRST_ERROR.matcher(output);
        String first = firstError.find() ? firstError.group(1)
                : exhausted > 0 ? exhausted + " requests repeated: the request file ran out of unique lines" : null;
        return new HttpFigure(name, "wrk", Math.max(0, requests - non2xx - exhausted), byStatus, io, first,
                number(values, "duration_us") / 1e6, number(values, "p50_us") / 1e3, number(values, "p90_us") / 1e3,
                number(values, "p99_us") / 1e3, number(values, "max_us") / 1e3);
    }

    private static long number(Map<String, String> values, String key) {
        String value = values.get(key);
        return value == null || value.isBlank() ? 0 : Long.parseLong(value);
    }

    private static Path copyScript(Path scratch) {
        try (InputStream lua = Wrk.class.getResourceAsStream("/benchmark/keji-wrk.lua")) {
            if (lua == null) {
                throw new IllegalStateException("benchmark/keji-wrk.lua missing from the classpath");
            }
            Files.createDirectories(scratch);
            Path script = scratch.resolve("keji-wrk.lua");
            Files.write(script, lua.readAllBytes());
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
