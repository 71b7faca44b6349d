package org.keji.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One packaged Quarkus application running as a child process of the suite. */
public final class ServiceProcess {

    private static final Pattern VM_RSS = Pattern.compile("^VmRSS:\\s+(\\d+)\\s+kB", Pattern.MULTILINE);

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final long startedAt;
    private volatile Duration timeToHealthy;
    private volatile List<ProcessHandle> descendants = List.of();

    ServiceProcess(String name, int port, Process process, Path log, long startedAt) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.startedAt = startedAt;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** From the process start to its first {@code 200} on {@code /q/health/ready}; empty until then. */
    public Optional<Duration> timeToHealthy() {
        return Optional.ofNullable(timeToHealthy);
    }

    /** The resident set size now, from {@code /proc/<pid>/status}; empty where there is no procfs. */
    public OptionalLong rssBytes() {
        try {
            String status = Files.readString(Path.of("/proc", Long.toString(process.pid()), "status"));
            Matcher m = VM_RSS.matcher(status);
            return m.find() ? OptionalLong.of(Long.parseLong(m.group(1)) * 1024) : OptionalLong.empty();
        } catch (IOException | UncheckedIOException e) {
            return OptionalLong.empty();
        }
    }

    /** The last lines of the log, to show why a process did not become ready. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    void markHealthy(long nanoTime) {
        if (timeToHealthy == null) {
            timeToHealthy = Duration.ofNanos(nanoTime - startedAt);
        }
    }

    /** Kills the process with {@code SIGKILL} at once, as a crash would, and waits until it is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " still runs 30 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Asks the process (and anything it started) to terminate; see {@link #awaitStop(long)}. */
    void requestStop() {
        // taken before the parent exits: afterwards its children are re-parented and no longer found
        descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
    }

    /** Waits until {@code deadlineNanos} for a graceful exit, then kills what is left. */
    void awaitStop(long deadlineNanos) {
        try {
            long remaining = deadlineNanos - System.nanoTime();
            if (!process.waitFor(Math.max(0, remaining), TimeUnit.NANOSECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", " + url() + ")";
    }
}
