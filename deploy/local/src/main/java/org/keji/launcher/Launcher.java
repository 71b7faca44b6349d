package org.keji.launcher;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.keji.testkit.Tokens;

/**
 * The README's run command: starts the whole suite on fixed ports, prints where everything is and a token per role,
 * and keeps it running until Ctrl-C or SIGTERM, which stop every process it started.
 */
public final class Launcher {

    /** A valid unified social credit code (region 350100) for the sample applicant token and curl. */
    static final String SAMPLE_USCC = "91350100MA2XY00017";

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        long launchedAt = launchInstant();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path root = SuiteConfig.locateRoot();
        SuiteConfig config = SuiteConfig.launcherDefaults(root);
        out.println("Keji: starting PostgreSQL, Kafka, 4 services and the gateway (work folder " + config.workDirectory()
                + ") …");

        Suite suite = Suite.startOrExit(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Keji: stopping …");
            suite.stop();
            out.println("Keji: stopped.");
            stopped.countDown();
        }, "keji-stop"));

        Duration toHealthy = Duration.ofNanos(System.nanoTime() - launchedAt);
        out.println(banner(suite, toHealthy, sinceCommand()));
        stopped.await();
    }

    static String banner(Suite suite, Duration toHealthy, Optional<Duration> sinceCommand) {
        String gateway = suite.gatewayUrl();
        var text = new StringBuilder();
        text.append(System.lineSeparator())
                .append("Keji is up: all healthy ").append(toHealthy.toMillis()).append(" ms after the launcher started")
                .append(sinceCommand.map(d -> " (" + d.toMillis() + " ms after the run command, build included)")
                        .orElse(""))
                .append(System.lineSeparator()).append(System.lineSeparator())
                .append("  Gateway       ").append(gateway).append(System.lineSeparator())
                .append("  Swagger UI    ").append(gateway).append("/q/swagger-ui/").append(System.lineSeparator())
                .append("  OpenAPI       ").append(gateway).append("/openapi").append(System.lineSeparator())
                .append("  Metrics       ").append(suite.gatewayManagementUrl()).append("/q/metrics (gateway; services on")
                .append(" their own port)").append(System.lineSeparator())
                .append("  PostgreSQL    localhost:").append(suite.infra().postgres().port())
                .append("  (user/password postgres/postgres)").append(System.lineSeparator())
                .append("  Kafka         ").append(suite.infra().kafka().bootstrapServers())
                .append(System.lineSeparator())
                .append("  Logs          ").append(suite.config().logDirectory()).append(System.lineSeparator())
                .append(System.lineSeparator())
                .append(String.format("  %-20s %-24s %8s %10s %12s%n", "process", "url", "pid", "RSS (MB)",
                        "healthy (ms)"));
        for (ServiceProcess process : suite.processes()) {
            var rss = process.rssBytes();
            text.append(String.format("  %-20s %-24s %8d %10s %12s%n", process.name(), process.url(), process.pid(),
                    rss.isPresent() ? Long.toString(rss.getAsLong() / (1024 * 1024)) : "?",
                    process.timeToHealthy().map(d -> Long.toString(d.toMillis())).orElse("?")));
        }
        text.append(System.lineSeparator()).append("  Tokens (valid 24 h, header \"Authorization: Bearer <token>\"):")
                .append(System.lineSeparator());
        tokens(suite.infra().tokens()).forEach((role, token) -> text.append("  ").append(role)
                .append(System.lineSeparator()).append("    ").append(token).append(System.lineSeparator()));
        text.append(System.lineSeparator()).append("  Try:").append(System.lineSeparator())
                .append("    TOKEN=<officer token above>").append(System.lineSeparator())
                .append("    curl -i -X POST ").append(gateway).append("/api/v1/enterprises \\")
                .append(System.lineSeparator())
                .append("      -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\")
                .append(System.lineSeparator())
                .append("      -d '{\"uscc\":\"").append(SAMPLE_USCC)
                .append("\",\"name\":\"福州示例科技有限公司\",\"region\":\"350100\",\"registrationDate\":\"2019-03-15\"}'")
                .append(System.lineSeparator())
                .append("    curl -H \"Authorization: Bearer $TOKEN\" ").append(gateway).append("/api/v1/enterprises/")
                .append(SAMPLE_USCC).append(System.lineSeparator())
                .append(System.lineSeparator()).append("Press Ctrl-C to stop everything.");
        return text.toString();
    }

    static Map<String, String> tokens(Tokens tokens) {
        Map<String, String> byRole = new LinkedHashMap<>();
        byRole.put("applicant (uscc " + SAMPLE_USCC + ")", tokens.applicant(SAMPLE_USCC));
        byRole.put("officer (region " + Tokens.FUZHOU + ", reaches 3501xx)", tokens.officer());
        byRole.put("expert (expert-1)", tokens.expert("expert-1"));
        byRole.put("bank (bank-1)", tokens.bank("bank-1"));
        byRole.put("admin", tokens.admin());
        byRole.put("integration (province-platform, scopes " + String.join(" ", Tokens.ALL_SCOPES) + ")",
                tokens.integration("province-platform"));
        return byRole;
    }

    /** Set by run-local.sh: epoch milliseconds when the command was typed, before the build. */
    private static Optional<Duration> sinceCommand() {
        try {
            String started = System.getenv("KEJI_COMMAND_STARTED_MS");
            return started == null ? Optional.empty()
                    : Optional.of(Duration.ofMillis(System.currentTimeMillis() - Long.parseLong(started.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** When this JVM started, so the figure includes its own start-up. */
    private static long launchInstant() {
        return System.nanoTime() - Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime()).toNanos();
    }
}
