package org.keji.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import org.keji.testkit.Tokens;

/**
 * Submission under a burst (issue 16, item 9): one call, {@value #APPLICATIONS} drafts of as many distinct enterprises,
 * then their {@code POST /api/v1/project-applications/{id}/submit}s fired in open loop over {@link #BURST} (at most
 * {@value #IN_FLIGHT} in flight) while the call's window closes in the middle of the burst: {@code closesAt} is set
 * through the calls API before the call opens. Then the API's answers and project-service's database are checked:
 * every 2xx is SUBMITTED exactly once, every refusal is 422 {@code CALL_WINDOW_CLOSED} answered at or after
 * {@code closesAt}, no submission has {@code submitted_at >= closes_at}, and the SUBMITTED count equals both the 2xx
 * count and the count of {@code keji.case.opened.v1} events in the outbox for the call's tracking numbers.
 * {@link Benchmark} runs it after the event latency and fails if an invariant breaks; {@code java -cp
 * 'deploy/local/target/keji-local.jar:deploy/local/target/lib/*' org.keji.launcher.SubmissionBurst} runs it alone on
 * a suite of its own.
 */
public final class SubmissionBurst {

    static final int APPLICATIONS = 500;
    static final Duration BURST = Duration.ofSeconds(20);
    static final int IN_FLIGHT = 32;
    static final String WINDOW_CLOSED = "CALL_WINDOW_CLOSED";
    /** A year before every call of the benchmark's keys ({@link ProjectApplications.Call#benchmark}). */
    private static final ProjectApplications.Call CALL = new ProjectApplications.Call("BENCH-BURST", 2026, "MUNICIPAL",
            "INDUSTRIAL_RD", 1);
    /** Time for the drafts before the call opens; the window is moved to the burst once they are in. */
    private static final Duration DRAFTING = Duration.ofMinutes(30);

    /** One submission: its answer, when it was due and when it answered (this machine's clock, as the service's). */
    record Outcome(String applicationId, int status, String code, OffsetDateTime answeredAt, long latencyNanos) {
    }

    /** A draft: the application's id and the enterprise whose applicant submits it. */
    record Draft(String applicationId, String uscc) {
    }

    /** What project-service's database holds for the call after the burst. */
    record Stored(long submitted, long submittedAtOrAfterClose, Set<String> submittedIds, long caseOpenedEvents,
            long distinctCasesOpened) {
    }

    /** The burst's figures and every broken invariant (none when the service kept its guarantees). */
    record Result(int applications, OffsetDateTime opensAt, OffsetDateTime closesAt, List<Outcome> outcomes,
            Stored stored, List<String> violations) {

        long accepted() {
            return outcomes.stream().filter(o -> o.status() / 100 == 2).count();
        }

        double p99Millis() {
            return percentile(outcomes.stream().mapToLong(Outcome::latencyNanos).sorted().toArray(), 99);
        }

        String summary() {
            long[] latencies = outcomes.stream().mapToLong(Outcome::latencyNanos).sorted().toArray();
            Map<String, Long> refusals = new TreeMap<>();
            outcomes.stream().filter(o -> o.status() / 100 != 2)
                    .forEach(o -> refusals.merge(o.status() + " " + o.code(), 1L, Long::sum));
            var text = new StringBuilder(String.format(
                    "Submission burst: %d drafts of %d enterprises to one call, %d submits in open loop over %d s (≤ %d"
                            + " in flight), the window [%s, %s) closing mid-burst:%n",
                    applications, applications, outcomes.size(), BURST.toSeconds(), IN_FLIGHT, opensAt, closesAt));
            text.append(String.format("  latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; accepted %d, refused %d %s,"
                    + " late-accepted %d%n", percentile(latencies, 50), percentile(latencies, 99),
                    percentile(latencies, 100), accepted(), outcomes.size() - accepted(), refusals,
                    stored.submittedAtOrAfterClose()));
            text.append(String.format("  stored: %d SUBMITTED, %d case-opened events in the outbox (%d distinct cases)%n",
                    stored.submitted(), stored.caseOpenedEvents(), stored.distinctCasesOpened()));
            text.append(violations.isEmpty() ? "  every invariant held" + System.lineSeparator()
                    : "  INVARIANTS BROKEN:" + System.lineSeparator() + "    "
                            + String.join(System.lineSeparator() + "    ", violations) + System.lineSeparator());
            return text.toString();
        }
    }

    private SubmissionBurst() {
    }

    /**
     * Runs the burst on a running suite with {@value #APPLICATIONS} of {@code usccs}, enterprises project-service has
     * replicated (Fuzhou companies).
     */
    static Result run(Suite suite, List<String> usccs) {
        if (usccs.size() < APPLICATIONS) {
            throw new IllegalArgumentException("the burst needs " + APPLICATIONS + " replicated enterprises, not "
                    + usccs.size());
        }
        List<String> enterprises = usccs.subList(0, APPLICATIONS);
        String url = suite.process("project-service").orElseThrow().url();
        Tokens tokens = suite.infra().tokens();
        String officer = tokens.officer();
        ProjectApplications api = new ProjectApplications();

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        String callId = api.createCall(url, officer, CALL, now.plus(DRAFTING), now.plusYears(1));
        List<Draft> drafts = draft(api, url, officer, callId, enterprises);

        // the window: opens in a few seconds, closes in the middle of the burst (set before it opens)
        OffsetDateTime opensAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).plusSeconds(3);
        OffsetDateTime closesAt = opensAt.plus(BURST.dividedBy(2));
        api.moveWindow(url, officer, callId, CALL, opensAt, closesAt);
        List<String> bearers = drafts.stream().map(d -> tokens.applicant(d.uscc())).toList();
        long start = System.nanoTime() + Duration.between(OffsetDateTime.now(ZoneOffset.UTC), opensAt).toNanos();
        List<Outcome> outcomes = fire(url, drafts.stream().map(Draft::applicationId).toList(), bearers, start);

        Stored stored = stored(suite, callId);
        return new Result(drafts.size(), opensAt, closesAt, outcomes, stored,
                violations(drafts.size(), closesAt, outcomes, stored));
    }

    /** One draft per enterprise, created by the officer; all must be created. */
    private static List<Draft> draft(ProjectApplications api, String url, String officer, String callId,
            List<String> usccs) {
        var drafts = new ConcurrentLinkedQueue<Draft>();
        var failures = new ConcurrentLinkedQueue<String>();
        Semaphore slots = new Semaphore(16);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String uscc : usccs) {
                slots.acquireUninterruptibly();
                executor.submit(() -> {
                    try {
                        HttpResponse<String> response = api.send(ProjectApplications.post(
                                url + "/api/v1/project-applications", officer,
                                ProjectApplications.draftBody(callId, uscc)));
                        if (response.statusCode() == 201) {
                            drafts.add(new Draft(ProjectApplications.idOf(response.body()).orElseThrow(), uscc));
                        } else {
                            failures.add(uscc + ": " + response.statusCode() + " " + response.body());
                        }
                    } finally {
                        slots.release();
                    }
                });
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " drafts failed, first: " + failures.peek());
        }
        return List.copyOf(drafts);
    }

    /** The submits, the i-th due at {@code start + i × BURST / n}, each on its own virtual thread. */
    private static List<Outcome> fire(String url, List<String> ids, List<String> bearers, long start) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long interval = BURST.toNanos() / ids.size();
        var outcomes = new ConcurrentLinkedQueue<Outcome>();
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < ids.size(); i++) {
                long due = start + i * interval;
                LoadGenerator.parkUntil(due);
                inFlight.acquireUninterruptibly();
                String id = ids.get(i);
                HttpRequest request = LoadGenerator.request(url + "/api/v1/project-applications/" + id + "/submit",
                        bearers.get(i)).POST(HttpRequest.BodyPublishers.noBody()).build();
                executor.submit(() -> {
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(
                                StandardCharsets.UTF_8));
                        OffsetDateTime answered = OffsetDateTime.now(ZoneOffset.UTC);
                        outcomes.add(new Outcome(id, response.statusCode(),
                                response.statusCode() / 100 == 2 ? "" : ProjectApplications.problemCode(response.body()),
                                answered, System.nanoTime() - due));
                    } catch (IOException e) {
                        outcomes.add(new Outcome(id, -1, e.toString(), OffsetDateTime.now(ZoneOffset.UTC),
                                System.nanoTime() - due));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        inFlight.release();
                    }
                });
            }
        }
        return List.copyOf(outcomes);
    }

    private static Stored stored(Suite suite, String callId) {
        try (Connection c = suite.connect("project")) {
            Set<String> submitted = new HashSet<>();
            long late;
            try (var statement = c.prepareStatement("""
                    SELECT a.id, a.submitted_at >= c.closes_at FROM project_application a
                    JOIN project_call c ON c.id = a.call_id
                    WHERE a.call_id = ?::uuid AND a.status = 'SUBMITTED'""")) {
                statement.setString(1, callId);
                late = 0;
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        submitted.add(rs.getString(1));
                        late += rs.getBoolean(2) ? 1 : 0;
                    }
                }
            }
            try (var statement = c.prepareStatement("""
                    SELECT count(*), count(DISTINCT o.payload -> 'data' ->> 'trackingNumber') FROM outbox_event o
                    WHERE o.type = 'keji.case.opened.v1' AND o.payload -> 'data' ->> 'trackingNumber' IN (
                        SELECT tracking_number FROM project_application WHERE call_id = ?::uuid)""")) {
                statement.setString(1, callId);
                try (var rs = statement.executeQuery()) {
                    rs.next();
                    return new Stored(submitted.size(), late, submitted, rs.getLong(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the burst's applications", e);
        }
    }

    /** Every invariant the burst must keep, broken ones named; empty when all held. */
    static List<String> violations(int drafts, OffsetDateTime closesAt, List<Outcome> outcomes, Stored stored) {
        List<String> broken = new ArrayList<>();
        if (outcomes.size() != drafts) {
            broken.add(drafts + " submits fired, " + outcomes.size() + " answered");
        }
        Set<String> accepted = new HashSet<>();
        for (Outcome o : outcomes) {
            if (o.status() / 100 == 2) {
                if (!accepted.add(o.applicationId())) {
                    broken.add("accepted twice: " + o.applicationId());
                }
                if (!stored.submittedIds().contains(o.applicationId())) {
                    broken.add("accepted but not SUBMITTED (lost): " + o.applicationId());
                }
            } else if (o.status() != 422 || !WINDOW_CLOSED.equals(o.code())) {
                broken.add("refused other than 422 " + WINDOW_CLOSED + ": " + o.applicationId() + " " + o.status() + " "
                        + o.code());
            } else if (o.answeredAt().isBefore(closesAt)) {
                broken.add("refused as closed before closesAt: " + o.applicationId() + " answered " + o.answeredAt());
            }
        }
        for (String id : stored.submittedIds()) {
            if (!accepted.contains(id)) {
                broken.add("SUBMITTED without a 2xx answer: " + id);
            }
        }
        if (stored.submittedAtOrAfterClose() > 0) {
            broken.add(stored.submittedAtOrAfterClose() + " submissions with submitted_at >= closes_at");
        }
        if (stored.submitted() != accepted.size()) {
            broken.add(stored.submitted() + " SUBMITTED but " + accepted.size() + " accepted");
        }
        if (stored.caseOpenedEvents() != stored.submitted() || stored.distinctCasesOpened() != stored.submitted()) {
            broken.add(stored.caseOpenedEvents() + " case-opened events (" + stored.distinctCasesOpened()
                    + " distinct) for " + stored.submitted() + " SUBMITTED");
        }
        return broken;
    }

    static double percentile(long[] sortedNanos, double percent) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return sortedNanos[Math.clamp(rank - 1, 0, sortedNanos.length - 1)] / 1e6;
    }

    /**
     * Starts a suite on free ports, registers {@value #APPLICATIONS} enterprises, waits for project-service's
     * replica, runs the burst and prints it; exits 1 if an invariant broke.
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        var root = SuiteConfig.locateRoot();
        SuiteConfig config = SuiteConfig.onFreePorts(root, root.resolve(".keji").resolve("burst"))
                .withReadyTimeout(Duration.ofSeconds(240));
        out.println("Starting the suite on free ports (work folder " + config.workDirectory() + ") …");
        Suite suite = Suite.startOrExit(config);
        Runtime.getRuntime().addShutdownHook(new Thread(suite::stop, "keji-burst-stop"));
        int status = 0;
        try {
            List<String> usccs = register(suite);
            Result result = run(suite, usccs);
            out.print(result.summary());
            status = result.violations().isEmpty() ? 0 : 1;
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        }
        suite.stop();
        System.exit(status);
    }

    private static List<String> register(Suite suite) {
        var register = BenchmarkEndpoints.REGISTER_ENTERPRISE;
        String url = suite.process(register.service()).orElseThrow().url();
        String bearer = register.token().apply(suite.infra().tokens());
        var registered = new ConcurrentLinkedQueue<String>();
        new LoadGenerator().closedLoop("register", 16, Duration.ofMinutes(5), APPLICATIONS,
                i -> register.request(url, register.keys().key(i), bearer),
                (request, response) -> registered.add(register.keyOf(request)));
        List<String> usccs = List.copyOf(registered);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (suite.count("project", "SELECT count(*) FROM enterprise_replica") < usccs.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("project-service did not replicate the enterprises within 2 minutes");
            }
            Suite.sleep(Duration.ofMillis(200));
        }
        return usccs;
    }
}
