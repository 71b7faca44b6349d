package org.keji.gateway.routing;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keji.gateway.GatewayConfig;
import org.keji.gateway.support.GatewayError;
import org.keji.gateway.support.Problems;
import org.keji.gateway.support.RequestIds;

import io.netty.channel.ConnectTimeoutException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;

/**
 * Streams a request to its backend and the answer back, over kept-alive pooled connections, without buffering
 * bodies. Written on the plain Vert.x client rather than vertx-http-proxy because the gateway must answer its own
 * failures (body too large, backend down, backend silent) with problem details, which that library does not allow.
 */
@ApplicationScoped
public class UpstreamProxy {

    private static final Logger LOG = Logger.getLogger(UpstreamProxy.class);

    private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    /** RFC 9110 §7.6.1 hop-by-hop headers; they describe one connection and are never forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");

    private final HttpClient client;
    private final Problems problems;
    private final long connectTimeoutMillis;
    private final long responseTimeoutMillis;
    private final long maxBodySize;

    public UpstreamProxy(Vertx vertx, GatewayConfig config, Problems problems,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.problems = problems;
        this.connectTimeoutMillis = config.upstream().connectTimeout().toMillis();
        this.responseTimeoutMillis = config.upstream().responseTimeout().toMillis();
        this.maxBodySize = maxBodySize.asLongValue();
        this.client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setKeepAlive(true)
                        .setTcpNoDelay(true)
                        .setConnectTimeout((int) connectTimeoutMillis)
                        // bodies pass through as they are; the client decides about compression with the service
                        .setDecompressionSupported(false),
                // a full queue fails at once (ConnectionPoolTooBusyException): answered 503 UPSTREAM_BUSY
                new PoolOptions().setHttp1MaxSize(config.upstream().maxConnections())
                        .setMaxWaitQueueSize(config.upstream().maxWaitQueue()));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Forwards the current request to {@code route}; the response is always ended, by the backend or a problem. */
    public void forward(RoutingContext rc, Route route) {
        HttpServerRequest request = rc.request();
        // hold the body until the backend connection is there; nothing may be read and dropped meanwhile
        request.pause();
        long declaredLength = declaredLength(request);
        if (declaredLength > maxBodySize) {
            problems.send(rc, GatewayError.PAYLOAD_TOO_LARGE, String.valueOf(maxBodySize));
            return;
        }
        new Exchange(rc, route, declaredLength).start();
    }

    private static long declaredLength(HttpServerRequest request) {
        String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (value == null) {
            return request.headers().contains(HttpHeaders.TRANSFER_ENCODING) ? -1 : 0;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** One proxied call: its state lives on the request's event loop, so it needs no synchronisation. */
    private final class Exchange {

        private final RoutingContext rc;
        private final HttpServerRequest request;
        private final HttpServerResponse response;
        private final Route route;
        /** Bytes announced by Content-Length, or -1 for a chunked body of unknown length. */
        private final long declaredLength;
        private HttpClientRequest upstream;
        /** Whether the whole request went to the backend; a connection left half-written must never be reused. */
        private boolean upstreamEnded;
        private boolean retried;
        private long received;
        private boolean finished;

        Exchange(RoutingContext rc, Route route, long declaredLength) {
            this.rc = rc;
            this.request = rc.request();
            this.response = rc.response();
            this.route = route;
            this.declaredLength = declaredLength;
        }

        void start() {
            RequestOptions options = new RequestOptions()
                    .setMethod(request.method())
                    .setHost(route.host())
                    .setPort(route.port())
                    .setSsl(route.ssl())
                    // the normalized path: what the route was matched on is exactly what the service receives
                    .setURI(request.query() == null ? rc.normalizedPath() : rc.normalizedPath() + "?" + request.query())
                    .setHeaders(forwardedHeaders())
                    .setConnectTimeout(connectTimeoutMillis)
                    .setIdleTimeout(responseTimeoutMillis);
            upstreamEnded = false;
            client.request(options).onComplete(ar -> {
                if (ar.failed()) {
                    failed(ar.cause());
                } else {
                    send(ar.result());
                }
            });
        }

        private MultiMap forwardedHeaders() {
            MultiMap incoming = request.headers();
            MultiMap headers = MultiMap.caseInsensitiveMultiMap();
            String connectionOptions = incoming.get(HttpHeaders.CONNECTION);
            for (var header : incoming) {
                String name = header.getKey().toLowerCase(Locale.ROOT);
                if (!HOP_BY_HOP.contains(name) && !listedIn(connectionOptions, name)) {
                    headers.add(header.getKey(), header.getValue());
                }
            }
            headers.set(RequestIds.HEADER, RequestIds.of(rc));
            String client = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
            if (client != null) {
                String chain = incoming.get("X-Forwarded-For");
                headers.set("X-Forwarded-For", chain == null ? client : chain + ", " + client);
            }
            headers.set("X-Forwarded-Proto", request.scheme());
            if (request.authority() != null) {
                headers.set("X-Forwarded-Host", request.authority().toString());
            }
            return headers;
        }

        private void send(HttpClientRequest upstream) {
            this.upstream = upstream;
            upstream.response().onComplete(ar -> {
                if (ar.failed()) {
                    failed(ar.cause());
                } else {
                    relay(ar.result());
                }
            });
            response.closeHandler(ignored -> {
                if (!finished) {
                    finished = true;
                    upstream.reset();
                }
            });
            if (declaredLength == 0) {
                endUpstream();
                request.resume();
                return;
            }
            if (declaredLength < 0) {
                upstream.setChunked(true);
            }
            request.handler(this::bodyChunk);
            request.endHandler(ignored -> {
                if (!finished) {
                    endUpstream();
                }
            });
            request.exceptionHandler(e -> {
                if (!finished) {
                    finished = true;
                    upstream.reset();
                }
            });
            request.resume();
        }

        private void endUpstream() {
            upstreamEnded = true;
            upstream.end();
        }

        private void bodyChunk(Buffer chunk) {
            if (finished) {
                return;
            }
            received += chunk.length();
            if (received > maxBodySize) {
                // only a chunked body gets here: a declared length was checked before connecting
                finished = true;
                upstream.reset();
                problems.send(rc, GatewayError.PAYLOAD_TOO_LARGE, String.valueOf(maxBodySize));
                return;
            }
            upstream.write(chunk);
            if (upstream.writeQueueFull()) {
                request.pause();
                upstream.drainHandler(ignored -> request.resume());
            }
        }

        private void relay(HttpClientResponse answer) {
            if (finished) {
                return;
            }
            response.setStatusCode(answer.statusCode());
            response.setStatusMessage(answer.statusMessage());
            MultiMap headers = response.headers();
            String connectionOptions = answer.headers().get(HttpHeaders.CONNECTION);
            for (var header : answer.headers()) {
                String name = header.getKey().toLowerCase(Locale.ROOT);
                // CORS is answered by the gateway alone; a second Access-Control-Allow-Origin makes browsers refuse
                if (!HOP_BY_HOP.contains(name) && !listedIn(connectionOptions, name)
                        && !name.startsWith("access-control-")) {
                    headers.add(header.getKey(), header.getValue());
                }
            }
            headers.set(RequestIds.HEADER, RequestIds.of(rc));
            if (mayHaveBody(answer.statusCode()) && !answer.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
                response.setChunked(true);
            }
            answer.pipeTo(response).onComplete(ar -> {
                finished = true;
                if (ar.failed()) {
                    LOG.debugf("relaying the answer of %s was cut: %s", route.name(), ar.cause());
                    upstream.reset();
                    response.reset();
                } else if (!upstreamEnded) {
                    // the service answered (a 4xx, typically) before the whole body reached it: the rest of the body
                    // is dropped, so this connection holds a half-sent request and is closed instead of pooled
                    upstream.reset();
                } else if (declaredLength != 0 && answer.statusCode() >= 400) {
                    // a request with a body refused by the service: the service may close this connection right
                    // after its answer (it did not want the body), and a pooled connection closed under the next
                    // request fails that request; closing it here costs one reconnect on a rare path
                    upstream.connection().close();
                }
            });
        }

        private boolean mayHaveBody(int status) {
            return request.method() != HttpMethod.HEAD && status != 204 && status != 304 && status >= 200;
        }

        private void failed(Throwable cause) {
            if (finished) {
                return;
            }
            finished = true;
            if (response.headWritten()) {
                response.reset();
                return;
            }
            if (mayRetry(cause)) {
                // a kept-alive connection the service closed just as it was reused: the request never reached it
                retried = true;
                finished = false;
                LOG.debugf("%s %s → %s: retried once after %s", request.method(), request.path(), route.name(), cause);
                // on the next turn of the event loop, once the pool has let go of the closed connection
                rc.vertx().runOnContext(ignored -> start());
                return;
            }
            LOG.warnf("%s %s → %s (%s) failed: %s", request.method(), request.path(), route.name(), route.baseUrl(),
                    cause.toString());
            problems.send(rc, errorOf(cause), route.name());
        }

        /**
         * Only a bodiless safe request, once, and only when the connection was closed under it: repeating it cannot
         * cause a second effect. Writes are never repeated here; their clients retry with the same Idempotency-Key.
         */
        private boolean mayRetry(Throwable cause) {
            return !retried && declaredLength == 0 && SAFE_METHODS.contains(request.method())
                    && (cause instanceof HttpClosedException || isReset(cause));
        }
    }

    /** Timeouts are 504; everything else that kept the backend from answering is a 503 worth retrying later. */
    static GatewayError errorOf(Throwable cause) {
        if (cause instanceof TimeoutException || cause instanceof ConnectTimeoutException) {
            return GatewayError.UPSTREAM_TIMEOUT;
        }
        if (cause instanceof ConnectionPoolTooBusyException) {
            return GatewayError.UPSTREAM_BUSY;
        }
        return GatewayError.UPSTREAM_UNAVAILABLE;
    }

    private static boolean isReset(Throwable cause) {
        return cause instanceof IOException && !(cause instanceof ConnectException) && cause.getMessage() != null
                && cause.getMessage().contains("reset");
    }

    private static boolean listedIn(String connectionOptions, String lowerCaseName) {
        if (connectionOptions == null) {
            return false;
        }
        for (String option : connectionOptions.split(",")) {
            if (option.trim().equalsIgnoreCase(lowerCaseName)) {
                return true;
            }
        }
        return false;
    }
}
