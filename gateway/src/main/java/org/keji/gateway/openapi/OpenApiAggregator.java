package org.keji.gateway.openapi;

import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keji.gateway.GatewayConfig;
import org.keji.gateway.routing.Route;
import org.keji.gateway.routing.RouteTable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * The merged OpenAPI document, rebuilt from the services' own documents at most once per TTL so that a service that
 * starts after the gateway shows up soon. Fetching is non-blocking; merging runs on a worker thread.
 */
@ApplicationScoped
public class OpenApiAggregator {

    private static final Logger LOG = Logger.getLogger(OpenApiAggregator.class);

    /** The merged document, serialized once per refresh. */
    public record Snapshot(Buffer json, JsonNode document, long expiresAtNanos) {
    }

    private final Vertx vertx;
    private final HttpClient client;
    private final RouteTable routes;
    private final ObjectMapper mapper;
    private final OpenApiMerger merger = new OpenApiMerger();
    private final YAMLMapper yaml = new YAMLMapper();
    private final GatewayConfig.OpenApi config;
    private final OpenApiMerger.Info info;
    private volatile Snapshot snapshot;
    private Future<Snapshot> refreshing;

    public OpenApiAggregator(Vertx vertx, RouteTable routes, ObjectMapper mapper, GatewayConfig config,
            @ConfigProperty(name = "quarkus.application.version") String version) {
        this.vertx = vertx;
        this.routes = routes;
        this.mapper = mapper;
        this.config = config.openapi();
        this.info = new OpenApiMerger.Info(this.config.title(), version, this.config.description(),
                this.config.serverUrl());
        int timeout = (int) this.config.fetchTimeout().toMillis();
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(timeout).setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(2));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** The cached document while it is fresh; otherwise one refresh shared by everyone who asks meanwhile. */
    public synchronized Future<Snapshot> current() {
        Snapshot cached = snapshot;
        if (cached != null && System.nanoTime() < cached.expiresAtNanos()) {
            return Future.succeededFuture(cached);
        }
        if (refreshing != null) {
            return refreshing;
        }
        Future<Snapshot> next = refresh();
        refreshing = next;
        next.onComplete(ar -> {
            synchronized (this) {
                if (refreshing == next) {
                    refreshing = null;
                }
                if (ar.succeeded()) {
                    snapshot = ar.result();
                }
            }
        });
        return next;
    }

    public String toYaml(JsonNode document) {
        try {
            return yaml.writeValueAsString(document);
        } catch (Exception e) {
            throw new IllegalStateException("the merged OpenAPI document cannot be written as YAML", e);
        }
    }

    private Future<Snapshot> refresh() {
        List<Future<ServiceDocument>> fetches = routes.routes().stream().map(this::fetch).toList();
        return Future.join(fetches).transform(ignored -> vertx.executeBlocking(() -> {
            List<ServiceDocument> documents = fetches.stream().map(Future::result).toList();
            ObjectNode merged = merger.merge(documents, info);
            return new Snapshot(Buffer.buffer(mapper.writeValueAsBytes(merged)), merged,
                    System.nanoTime() + config.cacheTtl().toNanos());
        }, false));
    }

    private Future<ServiceDocument> fetch(Route route) {
        long timeout = config.fetchTimeout().toMillis();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(route.host())
                .setPort(route.port())
                .setSsl(route.ssl())
                .setURI(config.servicePath())
                .putHeader(HttpHeaders.ACCEPT, "application/json")
                .setConnectTimeout(timeout)
                .setIdleTimeout(timeout);
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200
                        ? response.body()
                        : Future.failedFuture("HTTP " + response.statusCode()))
                .map(body -> {
                    try {
                        return new ServiceDocument(route.name(), mapper.readTree(body.getBytes()));
                    } catch (Exception e) {
                        throw new IllegalStateException("not JSON: " + e.getMessage(), e);
                    }
                })
                .otherwise(e -> {
                    LOG.warnf("OpenAPI document of %s (%s%s) unavailable: %s", route.name(), route.baseUrl(),
                            config.servicePath(), e.getMessage());
                    return ServiceDocument.unavailable(route.name());
                });
    }
}
