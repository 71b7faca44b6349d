package org.keji.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The walker against a stub service that answers its bad input well in one place and badly in two others. */
class OpenApiWalkerTest {

    private static final String DOCUMENT = """
            {"openapi":"3.1.0","paths":{
              "/things/{id}":{"get":{"security":[{"bearerAuth":["officer"]}],"parameters":[
                {"name":"id","in":"path","required":true,"schema":{"type":"string"},"example":"t-1"},
                {"name":"q","in":"query","schema":{"$ref":"#/components/schemas/Text"}},
                {"name":"page","in":"query","schema":{"type":"integer"}}]}},
              "/things":{"post":{"requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}}}}},
             "components":{"schemas":{"Text":{"type":"string"},
              "Thing":{"type":"object","properties":{"name":{"type":"string"},"size":{"type":"integer"},
                "tags":{"type":"array","items":{"type":"string"}}}}}}}""";

    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/q/openapi", exchange -> answer(exchange, 200, DOCUMENT));
        server.createContext("/things", this::things);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldReportEveryRequestNotRefusedAs400NamingItsField() {
        OpenApiWalker.Report report = OpenApiWalker.at(URI.create("http://localhost:" + server.getAddress().getPort()))
                .withNulInEveryString();

        assertEquals(2, report.operations());
        assertEquals(List.of("path id", "query q", "body name", "body tags"),
                report.probes().stream().map(probe -> probe.where() + " " + probe.field()).toList());
        assertEquals(List.of("q", "tags"), report.failures().stream().map(OpenApiWalker.Probe::field).toList(),
                report::toString);
    }

    /** A NUL in the path or the name is named; one in q is a server error, one in tags a 400 naming nothing. */
    private void things(HttpExchange exchange) throws IOException {
        String uri = exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (uri.contains("q=x%00")) {
            answer(exchange, 500, "{}");
        } else if (uri.contains("%00")) {
            answer(exchange, 400, "{\"violations\":[{\"field\":\"id\"}]}");
        } else if (body.contains("\"name\"")) {
            answer(exchange, 400, "{\"violations\":[{\"field\":\"name\"}]}");
        } else {
            answer(exchange, 400, "{\"code\":\"MALFORMED_REQUEST\"}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
