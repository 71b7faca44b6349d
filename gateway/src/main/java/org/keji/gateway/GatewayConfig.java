package org.keji.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** Everything the gateway can be told; the values live in {@code application.properties}. */
@ConfigMapping(prefix = "keji.gateway")
public interface GatewayConfig {

    /** Backend services by route name; a request goes to the route with the longest matching prefix. */
    Map<String, Route> routes();

    Upstream upstream();

    Security security();

    OpenApi openapi();

    /** The limit on calls to the operations that need no token ({@code /public/v1}). */
    PublicRateLimit publicRateLimit();

    interface Route {
        /** Base URL of the service, e.g. {@code http://localhost:8081}. */
        URI url();

        /** Path prefixes served by the service, e.g. {@code /api/v1/enterprises}. */
        List<String> prefixes();
    }

    interface Upstream {
        Duration connectTimeout();

        /** How long a backend may stay silent (no response bytes) before the gateway answers 504. */
        Duration responseTimeout();

        /** Kept-alive connections per backend. */
        int maxConnections();

        /**
         * Requests that may wait for one of a backend's connections; beyond that the gateway answers {@code 503
         * UPSTREAM_BUSY} at once, so that an overloaded service sheds load instead of piling up latency.
         */
        int maxWaitQueue();

        /** The {@code Retry-After} of every {@code 503} the gateway answers (whole seconds). */
        Duration retryAfter();
    }

    interface Security {
        /** Verified bearer tokens remembered until they expire, so a client's next call skips the RSA check. */
        int verifiedTokenCacheSize();
    }

    interface PublicRateLimit {
        /** Calls one client may make per period; more are answered {@code 429 RATE_LIMITED}. */
        int requests();

        Duration period();

        /** Clients counted at once; beyond that the counts start over (bounded memory). */
        int maxClients();

        /**
         * A header naming the client, set by a trusted load balancer in front of the gateway (e.g. {@code X-Real-IP});
         * without it the client is the connection's remote address.
         */
        java.util.Optional<String> clientHeader();
    }

    interface OpenApi {
        /** How long the merged document is served before the services are asked again. */
        Duration cacheTtl();

        Duration fetchTimeout();

        /** Path of each service's own document, appended to the route URL. */
        String servicePath();

        /** The {@code servers} entry of the merged document; relative means "where this document came from". */
        String serverUrl();

        String title();

        String description();
    }
}
