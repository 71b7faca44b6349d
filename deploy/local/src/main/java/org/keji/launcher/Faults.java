package org.keji.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.keji.testkit.Usccs;

/**
 * The fault suite: steady create load through the gateway while a part of the platform fails, then the books are
 * checked. Never run by the build or CI: {@code scripts/faults.sh}.
 * <p>
 * Eight clients register new enterprises (officer token, a unique valid USCC, an own {@code Idempotency-Key}); a
 * client that gets a {@code 5xx} or loses its connection retries later with the same key and body, as a well-behaved
 * client does, until it gets its {@code 201}. Three phases, each with {@value #FAULT_AFTER_SECONDS} s of load before the
 * fault: (a) Kafka stopped for 20 s and restarted, (b) enterprise-service killed with SIGKILL and restarted, (c)
 * PostgreSQL stopped ({@code pg_ctl stop -m fast}) and restarted on the same port and data. After each phase, once
 * the outbox drained and the replica caught up: every acknowledged write exists exactly once in enterprise-service's
 * database with exactly one event, project-service's replica holds every one exactly once (its {@code revision}
 * counts the events applied to a row, and the inbox holds one row per event), and no {@code 5xx} other than a
 * {@code 503 application/problem+json} was answered. Exits 1 if anything was lost, duplicated or a non-503 5xx seen.
 */
public final class Faults {

    private static final int CLIENTS = 8;
    private static final int FAULT_AFTER_SECONDS = 15;
    private static final Duration MIN_PHASE = Duration.ofSeconds(70);
    private static final Duration MAX_PHASE = Duration.ofSeconds(180);
    /** Writes acknowledged per phase before a phase may end: three phases make ≥ 10 000 writes. */
    private static final long WRITES_PER_PHASE = 3_400;
    private static final Duration KAFKA_DOWN = Duration.ofSeconds(20);
    private static final Duration POSTGRES_DOWN = Duration.ofSeconds(10);
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String REPLICA_CONSUMER = "project-service.enterprise-replica";
    private static final String REGISTERED = "keji.enterprise.registered.v1";

    private final PrintStream out;
    private final Suite suite;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicLong serials = new AtomicLong();
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    private Faults(PrintStream out, Suite suite) {
        this.out = out;
        this.suite = suite;
        this.token = suite.infra().tokens().officer();
    }

    /** What one phase's clients saw. */
    static final class Tally {
        final ConcurrentLinkedQueue<String> acked = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> unfinished = new ConcurrentLinkedQueue<>();
        final AtomicLong sent = new AtomicLong();
        final AtomicLong requests = new AtomicLong();
        final AtomicLong retries = new AtomicLong();
        final AtomicLong replayed = new AtomicLong();
        final AtomicLong problem503 = new AtomicLong();
        final AtomicLong ioErrors = new AtomicLong();
        final Map<Integer, AtomicLong> other5xx = new ConcurrentHashMap<>();
        final Map<Integer, AtomicLong> unexpected = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();

        void error(Map<Integer, AtomicLong> counts, int status, String description) {
            counts.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            if (firstErrors.size() < 5) {
                firstErrors.add(description);
            }
        }

        long non503() {
            return other5xx.values().stream().mapToLong(AtomicLong::get).sum();
        }
    }

    /** The books after a phase, cumulative over the run where named so. */
    record Books(long stored, long storedOfUnfinished, long events, long pending, long replicated, long revisions,
            long inboxRows, long inboxAll, long outboxAll, long dlq) {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path root = SuiteConfig.locateRoot();
        SuiteConfig free = SuiteConfig.onFreePorts(root, root.resolve(".keji").resolve("faults"));
        String configured = System.getenv("KEJI_SERVICE_JVM_OPTIONS");
        List<String> jvmOptions = configured == null || configured.isBlank() ? free.serviceJvmOptions()
                : List.of(configured.trim().split("\\s+"));
        SuiteConfig config = new SuiteConfig(free.root(), free.workDirectory(), free.gatewayPort(),
                free.enterprisePort(), free.projectPort(), free.ipPort(), free.financePort(), free.postgresPort(),
                free.kafkaPort(), Duration.ofSeconds(600), jvmOptions);
        out.println("Keji fault suite: " + CLIENTS + " clients creating enterprises through the gateway, service JVM "
                + "options " + String.join(" ", jvmOptions));
        out.println("Starting PostgreSQL, Kafka, 4 services and the gateway on free ports (work folder "
                + config.workDirectory() + ") …");
        long startedAt = System.nanoTime();
        Suite suite = Suite.startOrExit(config);
        Runtime.getRuntime().addShutdownHook(new Thread(suite::stop, "keji-faults-stop"));
        out.printf("All healthy after %.1f s. Logs: %s%n%n", (System.nanoTime() - startedAt) / 1e9,
                config.logDirectory());
        int status;
        try {
            status = new Faults(out, suite).run() ? 0 : 1;
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 2;
        } finally {
            out.println("Stopping the suite …");
            suite.stop();
            out.println("Stopped.");
        }
        System.exit(status);
    }

    private boolean run() {
        List<String> rows = new ArrayList<>();
        boolean ok = true;
        ok &= phase("a", "Kafka stopped for " + KAFKA_DOWN.toSeconds() + " s and restarted", () -> {
            suite.infra().kafka().stop();
            out.println("    Kafka stopped");
            Suite.sleep(KAFKA_DOWN);
            suite.infra().kafka().restart();
            out.println("    Kafka restarted");
        }, rows);
        ok &= phase("b", "enterprise-service killed (SIGKILL) and restarted", () -> {
            suite.kill("enterprise-service");
            out.println("    enterprise-service killed");
            long t = System.nanoTime();
            suite.restart("enterprise-service");
            out.printf("    enterprise-service ready again after %.1f s%n", (System.nanoTime() - t) / 1e9);
        }, rows);
        ok &= phase("c", "PostgreSQL stopped (fast shutdown) for " + POSTGRES_DOWN.toSeconds() + " s and restarted",
                () -> {
                    suite.infra().postgres().stop();
                    out.println("    PostgreSQL stopped");
                    Suite.sleep(POSTGRES_DOWN);
                    suite.infra().postgres().restart();
                    out.println("    PostgreSQL restarted");
                }, rows);
        out.println();
        out.println("Summary (per phase; 'stored', 'replicated', 'events' count this phase's acknowledged writes):");
        out.printf("  %-5s %7s %7s %7s %7s %7s %7s %7s %7s %7s %7s  %s%n", "phase", "sent", "acked", "stored", "events",
                "replic.", "dupl.", "lost", "503s", "retries", "replays", "other 5xx / I/O errors");
        rows.forEach(out::println);
        out.println(ok ? "RESULT: 0 lost, 0 duplicated, 0 non-503 5xx." : "RESULT: FAILED (see above).");
        return ok;
    }

    /** Runs load, injects the fault after {@value #FAULT_AFTER_SECONDS} s, stops the load, settles, checks. */
    private boolean phase(String id, String fault, Runnable inject, List<String> rows) {
        out.printf("Phase (%s): %s%n", id, fault);
        Tally tally = new Tally();
        AtomicBoolean loading = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(Thread.ofVirtual().name("faults-client-" + i).start(() -> client(tally, loading)));
        }
        long start = System.nanoTime();
        Suite.sleep(Duration.ofSeconds(FAULT_AFTER_SECONDS));
        out.printf("    %d acknowledged before the fault%n", tally.acked.size());
        inject.run();
        long faultOver = System.nanoTime();
        while (true) {
            long elapsed = System.nanoTime() - start;
            boolean enough = elapsed >= MIN_PHASE.toNanos() && tally.acked.size() >= WRITES_PER_PHASE
                    && System.nanoTime() - faultOver >= Duration.ofSeconds(15).toNanos();
            if (enough || elapsed >= MAX_PHASE.toNanos()) {
                break;
            }
            Suite.sleep(Duration.ofMillis(500));
        }
        loading.set(false);
        for (Thread client : clients) {
            try {
                client.join(REQUEST_TIMEOUT.multipliedBy(4));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("    load stopped after %.0f s: %d sent, %d acknowledged (%.0f/s), %d unfinished%n", seconds,
                tally.sent.get(), tally.acked.size(), tally.acked.size() / seconds, tally.unfinished.size());

        List<String> acked = List.copyOf(tally.acked);
        double settled = settle();
        Books books = books(acked, List.copyOf(tally.unfinished));
        out.printf("    settled after %.1f s: outbox pending %d, replica %d of %d%n", settled, books.pending(),
                books.replicated(), acked.size());
        long lost = acked.size() - books.stored();
        long notReplicated = acked.size() - books.replicated();
        long duplicated = (books.revisions() - books.replicated()) + Math.max(0, books.events() - acked.size())
                + Math.max(0, books.inboxRows() - books.replicated());
        String errors = "5xx " + counts(tally.other5xx) + ", I/O " + tally.ioErrors.get()
                + (tally.unexpected.isEmpty() ? "" : ", other " + counts(tally.unexpected));
        rows.add(String.format("  %-5s %7d %7d %7d %7d %7d %7d %7d %7d %7d %7d  %s", id, tally.sent.get(),
                acked.size(), books.stored(), books.events(), books.replicated(), duplicated,
                lost + notReplicated, tally.problem503.get(), tally.retries.get(), tally.replayed.get(), errors));
        out.printf("    sent %d, acknowledged %d, stored %d, events %d, replicated %d, duplicated %d, "
                + "503 problem+json %d, retries %d (replayed 201s %d), %s%n", tally.sent.get(), acked.size(),
                books.stored(), books.events(), books.replicated(), duplicated, tally.problem503.get(),
                tally.retries.get(), tally.replayed.get(), errors);
        out.printf("    whole run so far: outbox rows %d, inbox rows of the replica consumer %d, replica revisions of "
                + "this phase %d, messages on keji.project.dlq.v1 %d; unfinished writes stored %d of %d%n",
                books.outboxAll(), books.inboxAll(), books.revisions(), books.dlq(), books.storedOfUnfinished(),
                tally.unfinished.size());
        if (!tally.firstErrors.isEmpty()) {
            out.println("    first errors: " + String.join(" | ", tally.firstErrors));
        }
        boolean ok = lost == 0 && notReplicated == 0 && duplicated == 0 && books.pending() == 0
                && tally.non503() == 0 && tally.unexpected.isEmpty() && books.events() == acked.size();
        out.println("    phase (" + id + "): " + (ok ? "OK" : "FAILED") + System.lineSeparator());
        return ok;
    }

    private static String counts(Map<Integer, AtomicLong> counts) {
        Map<Integer, Long> sorted = new TreeMap<>();
        counts.forEach((status, n) -> sorted.put(status, n.get()));
        return sorted.isEmpty() ? "0" : sorted.toString();
    }

    // ---- clients -------------------------------------------------------------------------------------------------

    /** Creates enterprises one after another; each until it is acknowledged, with the same key on every retry. */
    private void client(Tally tally, AtomicBoolean loading) {
        while (loading.get()) {
            String uscc = Usccs.withSerial(Usccs.FUZHOU, serials.getAndIncrement());
            String key = "faults-" + run + "-" + uscc;
            String body = "{\"uscc\":\"" + uscc + "\",\"name\":\"福州市容错科技有限公司\",\"region\":\"350100\","
                    + "\"registrationDate\":\"2019-03-15\"}";
            tally.sent.incrementAndGet();
            boolean done = false;
            // once the phase's load ends, a write still failing gets one more minute to finish
            long giveUpAt = Long.MAX_VALUE;
            for (int attempt = 0; !done; attempt++) {
                if (!loading.get() && giveUpAt == Long.MAX_VALUE) {
                    giveUpAt = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                }
                if (System.nanoTime() > giveUpAt) {
                    tally.unfinished.add(uscc);
                    break;
                }
                if (attempt > 0) {
                    tally.retries.incrementAndGet();
                }
                Duration wait = Duration.ofMillis(500);
                HttpRequest request = HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + "/api/v1/enterprises"))
                        .timeout(REQUEST_TIMEOUT).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
                tally.requests.incrementAndGet();
                try {
                    HttpResponse<String> response = http.send(request,
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    int status = response.statusCode();
                    String type = response.headers().firstValue("Content-Type").orElse("");
                    if (status == 201) {
                        tally.acked.add(uscc);
                        if (response.headers().firstValue("Idempotent-Replayed").isPresent()) {
                            tally.replayed.incrementAndGet();
                        }
                        done = true;
                    } else if (status == 503 && type.startsWith("application/problem+json")) {
                        tally.problem503.incrementAndGet();
                        wait = retryAfter(response).orElse(wait);
                    } else if (status >= 500) {
                        tally.error(tally.other5xx, status, status + " " + type + " " + abbreviate(response.body()));
                    } else if (status == 409 && response.body().contains("IDEMPOTENCY_KEY_IN_USE")) {
                        // the first attempt is still running somewhere: retry as told
                        tally.error(tally.unexpected, status, "409 IDEMPOTENCY_KEY_IN_USE");
                    } else {
                        tally.error(tally.unexpected, status, status + " " + abbreviate(response.body()));
                        tally.unfinished.add(uscc);
                        done = true;
                    }
                } catch (IOException e) {
                    tally.ioErrors.incrementAndGet();
                    if (tally.firstErrors.size() < 5) {
                        tally.firstErrors.add("I/O: " + e);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (!done) {
                    Suite.sleep(wait);
                }
            }
        }
    }

    private static java.util.Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                long seconds = Long.parseLong(value.trim());
                return java.util.Optional.of(Duration.ofSeconds(Math.clamp(seconds, 0, 5)));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        });
    }

    private static String abbreviate(String text) {
        String single = text == null ? "" : text.replaceAll("\\s+", " ");
        return single.length() > 200 ? single.substring(0, 200) + "…" : single;
    }

    // ---- books ---------------------------------------------------------------------------------------------------

    /** Waits until enterprise-service's outbox is empty and the replica holds every enterprise; returns seconds. */
    private double settle() {
        long start = System.nanoTime();
        long deadline = start + SETTLE_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                long pending = suite.count("enterprise", "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL");
                long enterprises = suite.count("enterprise", "SELECT count(*) FROM enterprise");
                long replicas = suite.count("project", "SELECT count(*) FROM enterprise_replica");
                if (pending == 0 && replicas >= enterprises) {
                    // one more round so that a redelivery in flight can show as a duplicate
                    Suite.sleep(Duration.ofSeconds(3));
                    return (System.nanoTime() - start) / 1e9;
                }
            } catch (IllegalStateException e) {
                // the database is still coming back
            }
            Suite.sleep(Duration.ofMillis(500));
        }
        out.println("    (not settled within " + SETTLE_TIMEOUT.toSeconds() + " s; checking anyway)");
        return (System.nanoTime() - start) / 1e9;
    }

    private Books books(List<String> acked, List<String> unfinished) {
        long[] replica = longs("project",
                "SELECT count(*), coalesce(sum(revision), 0) FROM enterprise_replica WHERE uscc = ANY (?)", acked);
        return new Books(
                longs("enterprise", "SELECT count(*) FROM enterprise WHERE uscc = ANY (?)", acked)[0],
                longs("enterprise", "SELECT count(*) FROM enterprise WHERE uscc = ANY (?)", unfinished)[0],
                longs("enterprise", "SELECT count(*) FROM outbox_event WHERE type = '" + REGISTERED
                        + "' AND message_key = ANY (?)", acked)[0],
                suite.count("enterprise", "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL"),
                replica[0], replica[1],
                // the inbox rows of this phase's events: event ids of the outbox rows of its writes
                inboxRowsOf(acked),
                suite.count("project", "SELECT count(*) FROM inbox_event WHERE consumer = '" + REPLICA_CONSUMER + "'"),
                suite.count("enterprise", "SELECT count(*) FROM outbox_event"),
                dlqMessages());
    }

    private long inboxRowsOf(List<String> acked) {
        List<String> eventIds = new ArrayList<>();
        try (Connection c = suite.connect("enterprise");
                PreparedStatement s = c.prepareStatement(
                        "SELECT id::text FROM outbox_event WHERE type = '" + REGISTERED + "' AND message_key = ANY (?)")) {
            s.setArray(1, c.createArrayOf("varchar", acked.toArray()));
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    eventIds.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return longs("project", "SELECT count(*) FROM inbox_event WHERE consumer = '" + REPLICA_CONSUMER
                + "' AND event_id = ANY (?)", eventIds)[0];
    }

    /** Messages on project-service's dead-letter topic: an event sent there was not applied. */
    private long dlqMessages() {
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers",
                suite.infra().kafka().bootstrapServers(), "group.id", "keji-faults-" + run),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("keji.project.dlq.v1", Duration.ofSeconds(10))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, Duration.ofSeconds(10));
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            return partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
        } catch (RuntimeException e) {
            out.println("    (dead-letter topic not readable: " + e + ")");
            return -1;
        }
    }

    private long[] longs(String database, String sql, List<String> values) {
        try (Connection c = suite.connect(database); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("varchar", values.toArray()));
            try (var rs = s.executeQuery()) {
                rs.next();
                long[] result = new long[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < result.length; i++) {
                    result[i] = rs.getLong(i + 1);
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
