package org.keji.launcher;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Project applications for the benchmark: an application is a draft of one enterprise to one call, at most one per
 * (call, enterprise), and the enterprise must be in project-service's replica. A key is {@code <callId>_<uscc>}: the
 * n-th key of a run is the (n mod E)-th of the E enterprises the benchmark seeded (replicated before the first key is
 * asked) and the (n div E)-th call, created through the calls API (open from an hour ago for a year, no eligibility
 * conditions, no required materials) the first time a key needs it. Reads of an application use the ids the seed's
 * creates answered.
 */
final class ProjectApplications {

    /** The Fuzhou officer creates the calls and drafts on the enterprises' behalf (all of them Fuzhou companies). */
    static final String REGION = "350100";
    private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z0-9_]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    private static final List<String> LEVELS = List.of("MUNICIPAL", "COUNTY", "PROVINCIAL", "NATIONAL");
    private static final List<String> CATEGORIES = List.of("INDUSTRIAL_RD", "AGRICULTURAL", "SOCIAL_DEVELOPMENT",
            "MEDICAL", "COMMISSIONER", "MAJOR_SPECIAL", "OTHER");
    private static final int BATCHES = 99;

    /**
     * What identifies a call: its code, and its batch (a region has one call per year, level, category and batch).
     */
    record Call(String code, int year, String level, String category, int batch) {

        /**
         * The n-th call of the keys: batches 1–99, then each category, then each level, then the next year from
         * 2027 (202 356 calls to 2100).
         */
        static Call benchmark(int n) {
            int perYear = BATCHES * CATEGORIES.size() * LEVELS.size();
            return new Call("BENCH-" + n, 2027 + n / perYear, LEVELS.get(n / (BATCHES * CATEGORIES.size()) % LEVELS.size()),
                    CATEGORIES.get(n / BATCHES % CATEGORIES.size()), 1 + n % BATCHES);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> calls = new ArrayList<>();
    private IntFunction<String> newCall;
    private List<String> usccs = List.of();

    /**
     * Binds the keys to the enterprises project-service's replica holds and to what creates the n-th call and
     * answers its id ({@link #benchmarkCall}).
     */
    synchronized void bind(List<String> replicatedUsccs, IntFunction<String> callMaker) {
        if (replicatedUsccs.isEmpty()) {
            throw new IllegalArgumentException("no enterprise to apply with");
        }
        this.newCall = callMaker;
        this.usccs = List.copyOf(replicatedUsccs);
        this.calls.clear();
    }

    /** The n-th key: a call (created when first needed) and an enterprise, unique per serial. */
    synchronized String key(long serial) {
        if (usccs.isEmpty()) {
            throw new IllegalStateException("project application keys are not bound to a suite yet");
        }
        int call = Math.toIntExact(serial / usccs.size());
        while (calls.size() <= call) {
            calls.add(newCall.apply(calls.size()));
        }
        return calls.get(call) + "_" + usccs.get((int) (serial % usccs.size()));
    }

    /** Creates the n-th call of the keys through the API: open from an hour ago for a year. */
    String benchmarkCall(String projectServiceUrl, String officer, int n) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        return createCall(projectServiceUrl, officer, Call.benchmark(n), now.minusHours(1), now.plusYears(1));
    }

    /** The body of a draft for a key: the officer names the enterprise; no materials (the calls require none). */
    static String draftBody(String key) {
        int separator = key.indexOf('_');
        return draftBody(key.substring(0, separator), key.substring(separator + 1));
    }

    static String draftBody(String callId, String uscc) {
        return "{\"callId\":\"" + callId + "\",\"uscc\":\"" + uscc + "\",\"plan\":{\"title\":\"面向海上风电的智能运维机器人研发及应用\","
                + "\"field\":\"NEW_ENERGY\",\"industry\":\"INDUSTRIAL\",\"undertakerType\":\"ENTERPRISE\","
                + "\"technologySource\":\"OWN_RD\",\"requestedAmount\":\"800000.00\","
                + "\"plannedGovernmentFunds\":\"800000.00\",\"plannedSelfRaisedFunds\":\"1600000.00\","
                + "\"plannedStart\":\"2027-01-01\",\"plannedEnd\":\"2028-12-31\"}}";
    }

    /** The terms of a benchmark call: Fuzhou, no eligibility conditions, no required materials. */
    static String callBody(Call call, OffsetDateTime opensAt, OffsetDateTime closesAt, Long version) {
        return "{\"code\":\"" + call.code() + "\",\"title\":\"福州市科技计划项目 基准测试批次\",\"level\":\"" + call.level()
                + "\",\"category\":\"" + call.category() + "\",\"year\":" + call.year() + ",\"batch\":" + call.batch()
                + ",\"region\":\"" + REGION + "\","
                + "\"opensAt\":\"" + opensAt + "\",\"closesAt\":\"" + closesAt + "\","
                + "\"totalBudget\":\"1000000000.00\",\"maxGrant\":\"2000000.00\",\"expertsPerApplication\":3,"
                + "\"refuseViolations\":false,\"matterCode\":\"350100010000\",\"promisedWorkingDays\":20,"
                + "\"legalWorkingDays\":30" + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    /** Creates a call through the API and answers its id; fails loudly on anything but 201. */
    String createCall(String url, String officer, Call call, OffsetDateTime opensAt, OffsetDateTime closesAt) {
        HttpResponse<String> response = send(LoadGenerator.request(url + "/api/v1/calls", officer)
                .header("Content-Type", "application/json").header("Idempotency-Key", "bench-call-" + call.code())
                .POST(HttpRequest.BodyPublishers.ofString(callBody(call, opensAt, closesAt, null),
                        StandardCharsets.UTF_8))
                .build());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("could not create call " + call.code() + ": " + response.statusCode() + " "
                    + response.body());
        }
        return idOf(response.body()).orElseThrow();
    }

    /** Replaces a call's window (allowed for every term before it opens); fails loudly on anything but 200. */
    void moveWindow(String url, String officer, String callId, Call call, OffsetDateTime opensAt,
            OffsetDateTime closesAt) {
        HttpResponse<String> current = send(LoadGenerator.request(url + "/api/v1/calls/" + callId, officer).GET()
                .build());
        Matcher version = VERSION.matcher(current.body());
        if (current.statusCode() != 200 || !version.find()) {
            throw new IllegalStateException("could not read call " + call.code() + ": " + current.statusCode() + " "
                    + current.body());
        }
        HttpResponse<String> response = send(LoadGenerator.request(url + "/api/v1/calls/" + callId, officer)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        callBody(call, opensAt, closesAt, Long.parseLong(version.group(1))), StandardCharsets.UTF_8))
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("could not move the window of call " + call.code() + ": "
                    + response.statusCode() + " " + response.body());
        }
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static HttpRequest post(String url, String token, String body) {
        return LoadGenerator.request(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    /** The {@code id} of a created record: the first property of every view. */
    static Optional<String> idOf(String json) {
        Matcher id = ID.matcher(json);
        return id.find() ? Optional.of(id.group(1)) : Optional.empty();
    }

    /** The stable {@code code} of a problem+json answer, or {@code "-"}. */
    static String problemCode(String json) {
        Matcher code = CODE.matcher(json);
        return code.find() ? code.group(1) : "-";
    }
}
