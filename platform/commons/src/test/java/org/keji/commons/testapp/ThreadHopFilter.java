package org.keji.commons.testapp;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Continues a request that asks for it ({@code X-Test-Thread-Hop}) on another worker thread, as a filter waiting for
 * something asynchronous does: what the request does afterwards must still happen in its own transaction.
 */
public class ThreadHopFilter {

    @ServerRequestFilter
    public Uni<Void> hop(ContainerRequestContext request) {
        if (request.getHeaderString("X-Test-Thread-Hop") == null) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().voidItem().emitOn(Infrastructure.getDefaultWorkerPool());
    }
}
