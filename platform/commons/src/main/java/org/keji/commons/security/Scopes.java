package org.keji.commons.security;

import java.util.Locale;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The scope an integration client needs for an operation: {@code <service>:read} to read ({@code GET}, {@code HEAD}),
 * {@code <service>:write} for anything else, where {@code <service>} is {@code keji.security.scope-service} (by
 * default the application name without {@code -service}: {@code enterprise}). An operation names another scope with
 * the OpenAPI extension {@value #EXTENSION} ({@code @Extension(name = "x-keji-scope", value = "enterprise:admin")}),
 * which both the check ({@link ScopeFilter}) and the document ({@link ScopesOpenApiFilter}) read.
 */
public final class Scopes {

    /** The OpenAPI extension of an operation that names its scope. */
    public static final String EXTENSION = "x-keji-scope";
    /** The configuration key of the service part of the default scopes. */
    public static final String SERVICE_KEY = "keji.security.scope-service";

    private Scopes() {
    }

    /** The scope of an operation with the HTTP method {@code method}, or {@code override} when one is named. */
    public static String required(String method, String override) {
        return required(service(), method, override);
    }

    /** The same, with the service part of the default scopes given (read once by a caller on the request path). */
    public static String required(String service, String method, String override) {
        if (override != null && !override.isBlank()) {
            return override;
        }
        String verb = method.toUpperCase(Locale.ROOT);
        boolean read = verb.equals("GET") || verb.equals("HEAD") || verb.equals("OPTIONS");
        return service + (read ? ":read" : ":write");
    }

    /** The service part of the default scopes, from the configuration. */
    public static String service() {
        Config config = ConfigProvider.getConfig();
        return config.getOptionalValue(SERVICE_KEY, String.class)
                .orElseGet(() -> config.getOptionalValue("quarkus.application.name", String.class).orElse("keji")
                        .replaceFirst("-service$", ""));
    }
}
