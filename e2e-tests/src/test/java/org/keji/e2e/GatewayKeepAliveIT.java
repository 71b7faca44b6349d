package org.keji.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keji.testkit.Usccs;

/**
 * A POST the service refuses with a 4xx, then another request on the same client keep-alive connection, 10 000 times
 * over a few connections in parallel: the gateway must never answer the second one with a 5xx. Raw sockets, so that
 * every pair really shares one connection and nothing in a client library retries or reconnects behind the test.
 */
@ExtendWith(KejiSuiteExtension.class)
class GatewayKeepAliveIT {

    private static final int PAIRS = 10_000;
    private static final int CONNECTIONS = 8;

    private static Gateway gateway;

    @BeforeAll
    static void connect(Gateway suiteGateway) {
        gateway = suiteGateway;
    }

    @Test
    void shouldAnswerTheRequestAfterARefusedPostOnTheSameConnectionWithoutA5xx() throws Exception {
        URI uri = URI.create(gateway.suite().gatewayUrl());
        String token = gateway.tokens().officer();
        // refused before the service reads the body (415) and after it read it (400 VALIDATION_FAILED)
        byte[] unsupported = post(uri, token, "text/plain", "not json");
        byte[] invalid = post(uri, token, "application/json", "{\"uscc\":\"bad\"}");
        byte[] read = ("GET /api/v1/enterprises/" + Usccs.aUscc() + " HTTP/1.1\r\nHost: " + uri.getAuthority()
                + "\r\nAuthorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);

        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CONNECTIONS; c++) {
                done.add(clients.submit(() -> {
                    Connection connection = new Connection(uri);
                    for (int i = 0; i < PAIRS / CONNECTIONS; i++) {
                        int refused = connection.exchange(i % 2 == 0 ? unsupported : invalid);
                        answers.computeIfAbsent("POST " + refused, k -> new AtomicInteger()).incrementAndGet();
                        int next = connection.exchange(read);
                        answers.computeIfAbsent("GET " + next, k -> new AtomicInteger()).incrementAndGet();
                    }
                    connection.close();
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }

        Map<String, Integer> seen = new TreeMap<>();
        answers.forEach((k, v) -> seen.put(k, v.get()));
        System.out.println("GatewayKeepAliveIT answers: " + seen);
        assertEquals(Map.of("POST 415", PAIRS / 2, "POST 400", PAIRS / 2, "GET 404", PAIRS), seen);
    }

    private static byte[] post(URI uri, String token, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/v1/enterprises HTTP/1.1\r\nHost: " + uri.getAuthority() + "\r\nAuthorization: Bearer "
                + token + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + bytes.length + "\r\n\r\n";
        byte[] head1 = head.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head1.length + bytes.length];
        System.arraycopy(head1, 0, all, 0, head1.length);
        System.arraycopy(bytes, 0, all, head1.length, bytes.length);
        return all;
    }

    /** One kept-alive HTTP/1.1 connection; reopened only when the gateway says {@code Connection: close}. */
    private static final class Connection {

        private final URI uri;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(URI uri) {
            this.uri = uri;
        }

        int exchange(byte[] request) {
            try {
                if (socket == null) {
                    socket = new Socket(uri.getHost(), uri.getPort());
                    socket.setTcpNoDelay(true);
                    socket.setSoTimeout(30_000);
                    in = new BufferedInputStream(socket.getInputStream());
                    out = socket.getOutputStream();
                }
                out.write(request);
                out.flush();
                return readResponse();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private int readResponse() throws IOException {
            String status = line();
            int code = Integer.parseInt(status.split(" ")[1]);
            long length = 0;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                } else if (lower.startsWith("transfer-encoding:")) {
                    throw new IOException("a chunked answer was not expected here: " + status);
                }
            }
            in.skipNBytes(length);
            if (close) {
                close();
            }
            return code;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the gateway closed the connection");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}
