package org.keji.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server (zonky binaries, no Docker, nothing installed) with one database per service. It can be
 * stopped and started again on the same port and data directory ({@link #stop()}, {@link #restart()}), which is how
 * tests and the fault suite take the database away from running services.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static final long PG_CTL_TIMEOUT_SECONDS = 90;

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private final Path dataDirectory;
    private final Set<String> databases = new HashSet<>();
    /** {@code pg_ctl} of the running server's binaries, and the options it was started with (postmaster.opts). */
    private Path pgCtl;
    private String serverOptions;
    private boolean running = true;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server on the given port (0 = a free one) keeping its data in {@code dataDirectory}.
     */
    public static EmbeddedPostgres start(int port, Path dataDirectory) {
        try {
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setPort(port == 0 ? FreePorts.next() : port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true)
                    // stopped by its owner after the processes that use it, not by a hook of its own
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("max_connections", "400")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("timezone", "Asia/Shanghai");
            return new EmbeddedPostgres(builder.start(), dataDirectory.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** The server's own report, e.g. {@code PostgreSQL 18.6 on x86_64-pc-linux-gnu, …}. */
    public String serverVersion() {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
                Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT version()")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL does not answer", e);
        }
    }

    /** Creates the database once; later calls with the same name do nothing. */
    public synchronized String createDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        if (databases.add(database)) {
            try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
                    Statement s = c.createStatement()) {
                var exists = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'");
                if (!exists.next()) {
                    s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
                }
            } catch (SQLException e) {
                databases.remove(database);
                throw new IllegalStateException("could not create database " + database, e);
            }
        }
        return jdbcUrl(database);
    }

    public synchronized boolean isRunning() {
        return running;
    }

    /**
     * Stops the server as an administrator's restart does ({@code pg_ctl stop -m fast}: open sessions end with
     * SQLState 57P01); its data stays, so {@link #restart()} brings the same databases back on the same port.
     */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        locateServer();
        pgCtl(List.of("-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", Long.toString(PG_CTL_TIMEOUT_SECONDS),
                "stop"));
        running = false;
    }

    /** Starts the server again (after {@link #stop()}) on the same port and data directory, with the same options. */
    public synchronized void restart() {
        stop();
        pgCtl(List.of("-D", dataDirectory.toString(), "-o", serverOptions, "-w", "-t",
                Long.toString(PG_CTL_TIMEOUT_SECONDS), "-l", dataDirectory.resolveSibling("postgres-restarted.log")
                        .toString(),
                "start"));
        running = true;
    }

    /** Reads where the binaries are and how the server was started, from the data directory of the running server. */
    private void locateServer() {
        if (pgCtl != null) {
            return;
        }
        try {
            // postmaster.opts: the postgres binary's path, then its arguments, each in double quotes
            String opts = Files.readString(dataDirectory.resolve("postmaster.opts"), StandardCharsets.UTF_8).strip();
            int firstArgument = opts.indexOf(" \"");
            String binary = (firstArgument < 0 ? opts : opts.substring(0, firstArgument)).replace("\"", "");
            pgCtl = Path.of(binary).resolveSibling("pg_ctl");
            serverOptions = firstArgument < 0 ? "" : opts.substring(firstArgument + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read how PostgreSQL was started in " + dataDirectory, e);
        }
    }

    private void pgCtl(List<String> arguments) {
        List<String> command = new ArrayList<>();
        if (io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()) {
            // as zonky does: PostgreSQL refuses to run as root, so as root it runs in a user namespace
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(pgCtl.toString());
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(PG_CTL_TIMEOUT_SECONDS + 10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl failed: " + String.join(" ", command) + System.lineSeparator()
                        + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + pgCtl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        try {
            // stops whichever postmaster runs in the data directory, also one started by restart()
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
