package org.keji.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The Lua script and the parsing of its summary, against a small in-process HTTP server that answers 201 to a new
 * Idempotency-Key and 409 to one it has seen, and 404 to reads of an unknown key. Counts only, no timing.
 */
class WrkTest {

    @TempDir
    Path folder;

    private HttpServer server;
    private final Set<String> idempotencyKeys = ConcurrentHashMap.newKeySet();
    private final AtomicLong repeatedKeys = new AtomicLong();
    private final AtomicLong withoutToken = new AtomicLong();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
        }
        if (!"Bearer the-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            withoutToken.incrementAndGet();
        }
        int status;
        if ("POST".equals(exchange.getRequestMethod())) {
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            status = key != null && idempotencyKeys.add(key) ? 201 : 409;
            if (status == 409) {
                repeatedKeys.incrementAndGet();
            }
        } else {
            status = exchange.getRequestURI().getPath().endsWith("/unknown") ? 404 : 200;
        }
        byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private Wrk wrk() {
        Optional<Wrk> wrk = Wrk.locate(System.getenv(), folder.resolve("scratch"));
        assumeTrue(wrk.isPresent(), "wrk is not installed here");
        return wrk.get();
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void shouldSendEveryCreateWithItsOwnIdempotencyKeyAndCountTheSuccesses() throws IOException {
        Wrk wrk = wrk();
        Path requests = folder.resolve("creates.txt");
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            lines.add("/api/v1/things\tkey-" + i + "\t{\"n\":" + i + "}");
        }
        Files.write(requests, lines, StandardCharsets.UTF_8);

        HttpFigure figure = wrk.run("creates", url(), "POST", requests, Wrk.Mode.UNIQUE, "the-token",
                Duration.ofSeconds(1));

        assertTrue(figure.successes() > 0, figure.summary());
        assertEquals(0, repeatedKeys.get(), "no Idempotency-Key sent twice");
        assertEquals(0, withoutToken.get(), "every request carries the token");
        assertEquals(0, figure.non2xx(), figure.summary());
        // the answers to requests in flight when wrk stops are not counted: at most one per connection
        assertTrue(idempotencyKeys.size() >= figure.successes(), figure.summary());
        assertTrue(idempotencyKeys.size() <= figure.successes() + figure.ioErrors() + Wrk.CONNECTIONS,
                idempotencyKeys.size() + " created, " + figure.summary());
    }

    @Test
    void shouldPaceEachConnectionByTheDelayBetweenAnAnswerAndItsNextRequest() throws IOException {
        Wrk wrk = wrk();
        Path requests = folder.resolve("paced.txt");
        Files.write(requests, List.of("/api/v1/things/known\t\t"));

        HttpFigure figure = wrk.run("paced", url(), "GET", requests, Wrk.Mode.RANDOM, "the-token",
                Duration.ofSeconds(2), 100);

        // 16 connections pausing 100 ms after every answer send at most 16 × (2 s / 100 ms) + 16 requests in 2 s
        assertTrue(figure.successes() > 0, figure.summary());
        assertTrue(figure.successes() <= Wrk.CONNECTIONS * 21, figure.summary());
    }

    @Test
    void shouldCountEveryAnswerThatIsNot2xxByStatus() throws IOException {
        Wrk wrk = wrk();
        Path requests = folder.resolve("reads.txt");
        Files.write(requests, List.of("/api/v1/things/known\t\t", "/api/v1/things/unknown\t\t"));

        HttpFigure figure = wrk.run("reads", url(), "GET", requests, Wrk.Mode.RANDOM, "the-token",
                Duration.ofSeconds(1));

        assertTrue(figure.successes() > 0, figure.summary());
        assertTrue(figure.non2xx() > 0, figure.summary());
        assertEquals(Set.of(404), figure.non2xxByStatus().keySet(), figure.summary());
        assertTrue(figure.firstError().startsWith("404"), figure.firstError());
        assertEquals(0, withoutToken.get(), "every request carries the token");
    }

    @Test
    void shouldNotCountRepeatedCreatesAsSuccessesWhenTheFileRunsOut() {
        HttpFigure figure = Wrk.parse("creates", """
                Running 1s test @ http://localhost:1
                KEJI-WRK requests=100 duration_us=2000000 non2xx=10 exhausted=40 p50_us=1500 p90_us=2500 \
                p99_us=9000 max_us=12000 connect=1 read=2 write=0 timeout=3 statuses=409:4,409:6
                KEJI-WRK-FIRST-ERROR 409 {"code":"idempotency.conflict"}
                """);

        assertEquals(50, figure.successes());
        assertEquals(Map.of(409, 10L), figure.non2xxByStatus());
        assertEquals(6, figure.ioErrors());
        assertEquals(25.0, figure.throughput(), 1e-9);
        assertEquals(1.5, figure.p50Millis(), 1e-9);
        assertEquals(9.0, figure.p99Millis(), 1e-9);
        assertEquals("409 {\"code\":\"idempotency.conflict\"}", figure.firstError());
    }

    @Test
    void shouldFallBackToTheJavaGeneratorWhenAskedTo() {
        assertTrue(Wrk.locate(Map.of("KEJI_BENCHMARK_CLIENT", "java", "PATH", "/usr/bin"), folder).isEmpty());
        assertTrue(Wrk.locate(Map.of("PATH", folder.toString()), folder).isEmpty());
    }
}
