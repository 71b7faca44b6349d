package org.keji.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;

/** A service's own OpenAPI document as fetched, or {@code null} when the service could not be reached. */
public record ServiceDocument(String routeName, JsonNode document) {

    public static ServiceDocument unavailable(String routeName) {
        return new ServiceDocument(routeName, null);
    }

    public boolean available() {
        return document != null && document.isObject();
    }
}
