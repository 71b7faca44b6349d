package org.keji.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.keji.testkit.FreePorts;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A tiny HTTP/1.1 server on a real socket that misbehaves on purpose, behind the {@code enterprise} route of a
 * gateway allowed two connections per service and no wait queue: {@code /hold} keeps its connection busy for two
 * seconds, {@code /vanish} resets the connection without answering (a killed service), anything else answers 200.
 */
public class FaultyService implements QuarkusTestResourceLifecycleManager {

    static final Map<String, AtomicInteger> HITS = new ConcurrentHashMap<>();

    private ServerSocket server;
    private ExecutorService executor;

    static int hits(String path) {
        return HITS.computeIfAbsent(path, p -> new AtomicInteger()).get();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newCachedThreadPool();
        executor.submit(this::accept);
        Map<String, String> settings = new HashMap<>(StubServices.testSettings());
        settings.putAll(Map.ofEntries(
                Map.entry("keji.gateway.routes.enterprise.url", "http://localhost:" + server.getLocalPort()),
                Map.entry("keji.gateway.routes.enterprise.prefixes", "/api/v1/enterprises"),
                Map.entry("keji.gateway.routes.project.url", "http://localhost:" + FreePorts.next()),
                Map.entry("keji.gateway.routes.ip.url", "http://localhost:" + FreePorts.next()),
                Map.entry("keji.gateway.routes.finance.url", "http://localhost:" + FreePorts.next()),
                Map.entry("keji.gateway.upstream.max-connections", "2"),
                Map.entry("keji.gateway.upstream.max-wait-queue", "0"),
                Map.entry("keji.gateway.upstream.retry-after", "3s")));
        return settings;
    }

    @Override
    public void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                executor.submit(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            String line;
            while ((line = in.readLine()) != null) {
                String path = line.split(" ")[1];
                long length = 0;
                for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                    if (header.toLowerCase().startsWith("content-length:")) {
                        length = Long.parseLong(header.substring(15).trim());
                    }
                }
                in.skip(length);
                HITS.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                if (path.contains("/vanish")) {
                    // RST instead of FIN: what the gateway sees of a service killed mid-request
                    socket.setSoLinger(true, 0);
                    return;
                }
                if (path.endsWith("/hold")) {
                    Thread.sleep(2_000);
                }
                out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the gateway closed the connection, or the test ended
        }
    }
}
