package org.keji.gateway.support;

import java.util.Locale;

/** The errors the gateway answers itself; title and detail texts are in {@code messages/problems_*.properties}. */
public enum GatewayError {

    TOKEN_MISSING(401, "UNAUTHENTICATED"),
    TOKEN_INVALID(401, "UNAUTHENTICATED"),
    ROUTE_NOT_FOUND(404, "ROUTE_NOT_FOUND"),
    PAYLOAD_TOO_LARGE(413, "PAYLOAD_TOO_LARGE"),
    UPSTREAM_UNAVAILABLE(502, "UPSTREAM_UNAVAILABLE"),
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

    public String type() {
        return "urn:keji:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
