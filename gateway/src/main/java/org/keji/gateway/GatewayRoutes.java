package org.keji.gateway;

import java.util.Optional;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.keji.gateway.openapi.OpenApiAggregator;
import org.keji.gateway.routing.RouteTable;
import org.keji.gateway.routing.UpstreamProxy;
import org.keji.gateway.security.BearerTokenGuard;
import org.keji.gateway.security.PublicRateLimiter;
import org.keji.gateway.support.GatewayError;
import org.keji.gateway.support.Problems;
import org.keji.gateway.support.RequestIds;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** Puts the gateway's handlers on Quarkus's HTTP router. */
@ApplicationScoped
public class GatewayRoutes {

    /** Before Quarkus's filters, CORS among them, so that every answer carries the request id. */
    static final int REQUEST_ID_ORDER = -1_000;
    /**
     * Before Quarkus's own body-size check (order -2), which would answer 413 without a problem body; after CORS, so
     * that preflight requests are answered without a token.
     */
    static final int API_ORDER = -10;
    /** The request-context key Quarkus's Micrometer binder reads the {@code uri} tag from (Quarkus REST sets it too). */
    static final String URL_PATH_TEMPLATE = "UrlPathTemplate";
    /** The {@code uri} tag of API calls no route serves. */
    static final String UNROUTED = "/api/v1/*";
    /** The operations that need no token (certificate verification): rate-limited per client instead. */
    static final String PUBLIC = "/public/v1/*";

    private final RouteTable routes;
    private final BearerTokenGuard guard;
    private final UpstreamProxy proxy;
    private final Problems problems;
    private final OpenApiAggregator openApi;
    private final PublicRateLimiter limiter;
    private final Optional<String> clientHeader;

    public GatewayRoutes(RouteTable routes, BearerTokenGuard guard, UpstreamProxy proxy, Problems problems,
            OpenApiAggregator openApi, PublicRateLimiter limiter, GatewayConfig config) {
        this.routes = routes;
        this.guard = guard;
        this.limiter = limiter;
        this.clientHeader = config.publicRateLimit().clientHeader();
        this.proxy = proxy;
        this.problems = problems;
        this.openApi = openApi;
    }

    void register(@Observes Router router) {
        router.route().order(REQUEST_ID_ORDER).handler(RequestIds::assign);
        router.route("/api/v1/*").order(API_ORDER).handler(this::api);
        router.route(PUBLIC).order(API_ORDER).handler(this::publicApi);
        router.get("/openapi").handler(this::openApi);
    }

    private void api(RoutingContext rc) {
        Optional<RouteTable.Match> route = match(rc, UNROUTED);
        Optional<GatewayError> refused = guard.check(rc.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (refused.isPresent()) {
            rc.response().putHeader("WWW-Authenticate",
                    refused.get() == GatewayError.TOKEN_MISSING ? "Bearer" : "Bearer error=\"invalid_token\"");
            problems.send(rc, refused.get());
            return;
        }
        forward(rc, route);
    }

    /**
     * A call that needs no token: counted against its client's limit first (also when no route serves it, so nothing
     * can be probed for free), then proxied like any other; a token it carries is passed on and does no harm.
     */
    private void publicApi(RoutingContext rc) {
        Optional<RouteTable.Match> route = match(rc, PUBLIC);
        OptionalLong retryAfter = limiter.acquire(client(rc));
        if (retryAfter.isPresent()) {
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.getAsLong()));
            problems.send(rc, GatewayError.RATE_LIMITED);
            return;
        }
        forward(rc, route);
    }

    /** The route of the request, its template set as the metrics' {@code uri} tag ({@code unrouted} if none). */
    private Optional<RouteTable.Match> match(RoutingContext rc, String unrouted) {
        Optional<RouteTable.Match> route = routes.match(rc.normalizedPath());
        // the HTTP metrics tag the request with this template instead of its path, which holds record ids
        ((HttpServerRequestInternal) rc.request()).context().putLocal(URL_PATH_TEMPLATE,
                route.map(RouteTable.Match::template).orElse(unrouted));
        return route;
    }

    private void forward(RoutingContext rc, Optional<RouteTable.Match> route) {
        if (route.isEmpty()) {
            problems.send(rc, GatewayError.ROUTE_NOT_FOUND, rc.request().path());
            return;
        }
        proxy.forward(rc, route.get().route());
    }

    private String client(RoutingContext rc) {
        String named = clientHeader.map(rc.request()::getHeader).orElse(null);
        if (named != null && !named.isBlank()) {
            return named.strip();
        }
        return rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
    }

    private void openApi(RoutingContext rc) {
        boolean yaml = "yaml".equalsIgnoreCase(rc.queryParams().get("format"));
        Context caller = Vertx.currentContext();
        openApi.current().onComplete(ar -> caller.runOnContext(ignored -> {
            if (ar.failed()) {
                rc.fail(ar.cause());
            } else if (yaml) {
                rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/yaml;charset=UTF-8")
                        .end(openApi.toYaml(ar.result().document()));
            } else {
                rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8")
                        .end(ar.result().json());
            }
        }));
    }
}
