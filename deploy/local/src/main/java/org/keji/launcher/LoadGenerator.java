package org.keji.launcher;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;

/**
 * HTTP load for the benchmark, on virtual threads with one keep-alive HTTP/1.1 client: either closed-loop (a fixed
 * number of workers, each sending its next request when the previous answered) or open-loop (requests started at a
 * fixed rate whatever the answers, latency counted from the intended start so that a stalled server is not hidden).
 * Only 2xx answers count as successes; anything else, and every I/O failure, is counted apart by status.
 */
final class LoadGenerator {

    /** More requests in flight than this in open-loop mode wait for a free slot (their latency keeps counting). */
    private static final int MAX_IN_FLIGHT = 512;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /** What one run measured; latencies only of the successes, sorted, in nanoseconds. */
    record Result(String name, long successes, Map<Integer, Long> errorsByStatus, String firstError, Duration elapsed,
            long[] sortedLatencies) {

        long errors() {
            return errorsByStatus.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Successes per second over the run. */
        double throughput() {
            return successes / (elapsed.toNanos() / 1e9);
        }

        /** The latency below which {@code percent} % of the successes answered, in milliseconds (NaN if none). */
        double percentileMillis(double percent) {
            if (sortedLatencies.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percent / 100.0 * sortedLatencies.length);
            return sortedLatencies[Math.clamp(rank - 1, 0, sortedLatencies.length - 1)] / 1e6;
        }

        String summary() {
            String errorText = errors() == 0 ? "no errors"
                    : errors() + " errors " + errorsByStatus + " (first: " + firstError + ")";
            return String.format("%-44s %9.0f req/s  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  %d ok, %s", name,
                    throughput(), percentileMillis(50), percentileMillis(99), percentileMillis(100), successes,
                    errorText);
        }
    }

    /** Latencies and failures seen by one worker (or, synchronised, by all requests of an open-loop run). */
    private static final class Recorder {
        private long[] latencies = new long[4096];
        private int count;
        private final Map<Integer, Long> errors = new TreeMap<>();
        private String firstError;

        synchronized void success(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }

        synchronized void failure(int status, String description) {
            errors.merge(status, 1L, Long::sum);
            if (firstError == null) {
                firstError = description;
            }
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /**
     * {@code workers} closed-loop workers for {@code duration} or until {@code maxRequests} were started, whichever
     * comes first. {@code requests} receives a run-wide index, unique per request.
     */
    Result closedLoop(String name, int workers, Duration duration, long maxRequests, LongFunction<HttpRequest> requests,
            BiConsumer<HttpRequest, HttpResponse<String>> onSuccess) {
        AtomicLong index = new AtomicLong();
        List<Recorder> recorders = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < workers; w++) {
                Recorder recorder = new Recorder();
                recorders.add(recorder);
                executor.submit(() -> {
                    long i;
                    while (System.nanoTime() < end && (i = index.getAndIncrement()) < maxRequests) {
                        HttpRequest request = requests.apply(i);
                        long sent = System.nanoTime();
                        send(request, sent, recorder, onSuccess);
                    }
                });
            }
        }
        return result(name, recorders, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Requests started at {@code ratePerSecond} for {@code duration}, each on its own virtual thread, with latency
     * measured from the moment it was due (so queueing in the client counts too).
     */
    Result openLoop(String name, double ratePerSecond, Duration duration, LongFunction<HttpRequest> requests,
            BiConsumer<HttpRequest, HttpResponse<String>> onSuccess) {
        long interval = (long) (1e9 / ratePerSecond);
        long total = Math.max(1, (long) (ratePerSecond * duration.toNanos() / 1e9));
        Recorder recorder = new Recorder();
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        long start = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < total; i++) {
                long due = start + i * interval;
                parkUntil(due);
                inFlight.acquireUninterruptibly();
                HttpRequest request = requests.apply(i);
                executor.submit(() -> {
                    try {
                        send(request, due, recorder, onSuccess);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        }
        return result(name, List.of(recorder), Duration.ofNanos(System.nanoTime() - start));
    }

    private void send(HttpRequest request, long startedAt, Recorder recorder,
            BiConsumer<HttpRequest, HttpResponse<String>> onSuccess) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long latency = System.nanoTime() - startedAt;
            if (response.statusCode() / 100 == 2) {
                recorder.success(latency);
                if (onSuccess != null) {
                    onSuccess.accept(request, response);
                }
            } else {
                String body = response.body();
                recorder.failure(response.statusCode(), response.statusCode() + " "
                        + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
            }
        } catch (IOException e) {
            recorder.failure(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            recorder.failure(-1, e.toString());
        }
    }

    /** Parks the current thread until {@link System#nanoTime()} reaches {@code due}. */
    static void parkUntil(long due) {
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    static HttpRequest.Builder request(String url, String token) {
        return HttpRequest.newBuilder(java.net.URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token);
    }

    private static Result result(String name, List<Recorder> recorders, Duration elapsed) {
        long successes = 0;
        Map<Integer, Long> errors = new TreeMap<>();
        String firstError = null;
        for (Recorder r : recorders) {
            synchronized (r) {
                successes += r.count;
                r.errors.forEach((status, n) -> errors.merge(status, n, Long::sum));
                if (firstError == null) {
                    firstError = r.firstError;
                }
            }
        }
        long[] all = new long[(int) successes];
        int at = 0;
        for (Recorder r : recorders) {
            synchronized (r) {
                System.arraycopy(r.latencies, 0, all, at, r.count);
                at += r.count;
            }
        }
        Arrays.sort(all);
        return new Result(name, successes, errors, firstError, elapsed, all);
    }
}
