package org.keji.gateway.support;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

import io.vertx.ext.web.RoutingContext;

/**
 * The request id that follows a call through the gateway, the service and the events it causes: the caller's
 * {@code X-Request-Id} when it is sane, a new UUID otherwise.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private RequestIds() {
    }

    /** Route handler for every request; runs before CORS so that even preflight answers carry the id. */
    public static void assign(RoutingContext rc) {
        String id = rc.request().getHeader(HEADER);
        if (id == null || !SANE.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
        }
        rc.put(MDC_KEY, id);
        rc.response().headers().set(HEADER, id);
        // Quarkus keeps the MDC in the request's duplicated Vert.x context, so it cannot leak into another request
        MDC.put(MDC_KEY, id);
        rc.next();
    }

    public static String of(RoutingContext rc) {
        String id = rc.get(MDC_KEY);
        return id != null ? id : "";
    }
}
