package org.keji.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.keji.testkit.FreePorts;
import org.keji.testkit.Tokens;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Two stand-in services on free ports that echo what reached them and serve canned OpenAPI documents; the {@code ip}
 * and {@code finance} routes point at ports where nothing listens.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    /** Below the default, so oversized bodies stay small enough for the socket buffers. */
    static final int MAX_BODY_SIZE = 64 * 1024;
    /** Calls one client may make to /public/v1 in the gateway's tests (an hour long window). */
    static final int PUBLIC_LIMIT = 4;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ECHOED_HEADERS = List.of("Authorization", "X-Request-Id", "Accept-Language",
            "Host", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-For", "Content-Type", "Transfer-Encoding");

    private ExecutorService executor;
    private HttpServer enterprise;
    private HttpServer project;

    @Override
    public Map<String, String> start() {
        executor = Executors.newCachedThreadPool();
        enterprise = start("enterprise", "stubs/enterprise-openapi.json");
        project = start("project", "stubs/project-openapi.json");
        Map<String, String> settings = new HashMap<>(testSettings());
        settings.putAll(Map.ofEntries(
                Map.entry("keji.gateway.routes.enterprise.url", url(enterprise)),
                Map.entry("keji.gateway.routes.enterprise.prefixes",
                        "/api/v1/enterprises,/api/v1/incubators,/public/v1/certificate-verifications"),
                // low, so PublicRouteTest reaches it; no other test calls /public/v1
                Map.entry("keji.gateway.public-rate-limit.requests", String.valueOf(PUBLIC_LIMIT)),
                Map.entry("keji.gateway.public-rate-limit.period", "1h"),
                Map.entry("keji.gateway.routes.project.url", url(project)),
                // nested under an enterprise prefix on purpose: the longer prefix must win
                Map.entry("keji.gateway.routes.project.prefixes", "/api/v1/projects,/api/v1/enterprises/replicas"),
                Map.entry("keji.gateway.routes.ip.url", "http://localhost:" + FreePorts.next()),
                Map.entry("keji.gateway.routes.finance.url", "http://localhost:" + FreePorts.next()),
                Map.entry("keji.gateway.upstream.response-timeout", "1s"),
                Map.entry("keji.gateway.openapi.cache-ttl", "1s"),
                Map.entry("quarkus.http.limits.max-body-size", String.valueOf(MAX_BODY_SIZE))));
        return settings;
    }

    /** What every gateway test needs: the test kit's token keys and a free management port. */
    static Map<String, String> testSettings() {
        Tokens tokens = Tokens.shared();
        return Map.of(
                "quarkus.management.test-port", String.valueOf(FreePorts.next()),
                "mp.jwt.verify.publickey.location", tokens.publicKeyLocation(),
                "mp.jwt.verify.issuer", Tokens.ISSUER,
                "mp.jwt.verify.audiences", Tokens.AUDIENCE);
    }

    @Override
    public void stop() {
        if (enterprise != null) {
            enterprise.stop(0);
        }
        if (project != null) {
            project.stop(0);
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private static String url(HttpServer server) {
        return "http://localhost:" + server.getAddress().getPort();
    }

    private HttpServer start(String name, String openApiResource) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.setExecutor(executor);
            server.createContext("/q/openapi", exchange -> reply(exchange, 200, resource(openApiResource)));
            server.createContext("/api/v1/enterprises/slow", exchange -> {
                sleep(3_000);
                reply(exchange, 200, "{}".getBytes(StandardCharsets.UTF_8));
            });
            server.createContext("/api/v1/", exchange -> reply(exchange, 200, echo(name, exchange)));
            server.createContext("/public/v1/", exchange -> reply(exchange, 200, echo(name, exchange)));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] echo(String backend, HttpExchange exchange) throws IOException {
        ObjectNode echo = JSON.createObjectNode()
                .put("backend", backend)
                .put("method", exchange.getRequestMethod())
                .put("path", exchange.getRequestURI().getRawPath())
                .put("query", exchange.getRequestURI().getRawQuery())
                .put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        ObjectNode headers = echo.putObject("headers");
        for (String header : ECHOED_HEADERS) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                headers.put(header.toLowerCase(), value);
            }
        }
        // a service's own CORS header must not reach the browser next to the gateway's
        exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "http://service.internal");
        exchange.getResponseHeaders().add("X-Backend", backend);
        return JSON.writeValueAsBytes(echo);
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = StubServices.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
