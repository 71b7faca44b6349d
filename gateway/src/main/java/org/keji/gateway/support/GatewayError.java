package org.keji.gateway.support;

import java.util.Locale;

/** The errors the gateway answers itself; title and detail texts are in {@code messages/problems_*.properties}. */
public enum GatewayError {

    TOKEN_MISSING(401, "UNAUTHENTICATED"),
    TOKEN_INVALID(401, "UNAUTHENTICATED"),
    ROUTE_NOT_FOUND(404, "ROUTE_NOT_FOUND"),
    PAYLOAD_TOO_LARGE(413, "PAYLOAD_TOO_LARGE"),
    /** Too many calls of one client to an operation that needs no token; {@code Retry-After} says when to go on. */
    RATE_LIMITED(429, "RATE_LIMITED"),
    /** Refused, reset or closed before it answered (a service restarting, killed): worth a retry after a pause. */
    UPSTREAM_UNAVAILABLE(503, "UPSTREAM_UNAVAILABLE"),
    /** The service's connections are all busy and its wait queue is full: shed at once instead of queueing. */
    UPSTREAM_BUSY(503, "UPSTREAM_BUSY"),
    UPSTREAM_TIMEOUT(504, "UPSTREAM_TIMEOUT");

    private final int status;
    private final String code;

    GatewayError(int status, String code) {
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** A 503 tells the client when to try again ({@code Retry-After}). */
    public boolean retryLater() {
        return status == 503;
    }

    public String type() {
        return "urn:keji:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
