package org.keji.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import io.restassured.response.Response;

/** Real HTTP concurrency for tests: requests sent from as many threads, released together. */
public final class Parallel {

    private Parallel() {
    }

    /**
     * Sends {@code count} requests ({@code request} is given the index) from {@code count} threads released at once;
     * how many answers of each status came back.
     */
    public static Map<Integer, Long> statuses(int count, IntFunction<Response> request) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch ready = new CountDownLatch(count);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                answers.add(executor.submit(() -> {
                    ready.countDown();
                    start.await();
                    return request.apply(index);
                }));
            }
            ready.await();
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
            return statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        } finally {
            executor.shutdownNow();
        }
    }
}
