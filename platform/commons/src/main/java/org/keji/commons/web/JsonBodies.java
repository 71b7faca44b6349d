package org.keji.commons.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Reads a JSON request body completely on the event loop before the (blocking) resource method runs. Without it Quarkus
 * REST hands the body to the worker thread through a blocking stream: the worker waits on the connection's monitor and
 * the event loop notifies it chunk by chunk, which cost ≈ 13 % of a create's CPU in the profile (README, Benchmark).
 * With the body buffered, Quarkus REST reads it from memory. The body limit stays
 * {@code quarkus.http.limits.max-body-size} (checked first by Quarkus, then by this handler); no file is written.
 */
@ApplicationScoped
public class JsonBodies {

    /** Right after Quarkus's own body-size check, before every application route. */
    static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1;

    private final long limit;

    public JsonBodies(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).method(HttpMethod.POST).method(HttpMethod.PUT).method(HttpMethod.PATCH)
                .consumes("application/json")
                .handler(BodyHandler.create(false).setBodyLimit(limit).setDeleteUploadedFilesOnEnd(true));
    }
}
