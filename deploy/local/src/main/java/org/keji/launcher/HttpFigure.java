package org.keji.launcher;

import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP measurement, from wrk or the Java load generator: only 2xx answers count as successes; every other
 * status is counted by status, I/O failures and timeouts apart.
 *
 * @param client who sent the load ({@code wrk} or {@code Java})
 * @param non2xxByStatus answers that were not 2xx, by status
 * @param ioErrors connect, read and write failures and timeouts
 * @param firstError the first non-2xx answer or failure, to show why
 */
record HttpFigure(String name, String client, long successes, Map<Integer, Long> non2xxByStatus, long ioErrors,
        String firstError, double seconds, double p50Millis, double p90Millis, double p99Millis, double maxMillis) {

    HttpFigure {
        non2xxByStatus = Map.copyOf(non2xxByStatus);
    }

    static HttpFigure of(LoadGenerator.Result result, String client) {
        Map<Integer, Long> byStatus = new TreeMap<>(result.errorsByStatus());
        Long io = byStatus.remove(-1);
        return new HttpFigure(result.name(), client, result.successes(), byStatus, io == null ? 0 : io,
                result.firstError(), result.elapsed().toNanos() / 1e9, result.percentileMillis(50),
                result.percentileMillis(90), result.percentileMillis(99), result.percentileMillis(100));
    }

    long non2xx() {
        return non2xxByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every request that was answered or failed. */
    long requests() {
        return successes + non2xx() + ioErrors;
    }

    /** Successes per second. */
    double throughput() {
        return successes / seconds;
    }

    String summary() {
        String errors = non2xx() == 0 && ioErrors == 0 ? "0 non-2xx"
                : non2xx() + " non-2xx " + new TreeMap<>(non2xxByStatus) + ", " + ioErrors + " I/O errors (first: "
                        + firstError + ")";
        return String.format("%8.0f req/s  p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %7.2f ms  %d ok, %s",
                throughput(), p50Millis, p90Millis, p99Millis, maxMillis, successes, errors);
    }
}
