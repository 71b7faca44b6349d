package org.keji.commons.audit;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The record a request acted on, read from its route: the collection of the deepest path parameter is the record type,
 * the path parameters up to it, joined by {@code /}, the record id. {@code PUT /api/v1/enterprises/{uscc}} acts on
 * {@code enterprises} {@code 91350100M000100Y43}; {@code POST /api/v1/certification-applications/{id}/submit} on
 * {@code certification-applications} {@code <id>}; {@code PUT /api/v1/enterprises/{uscc}/figures/{year}} on
 * {@code figures} {@code 91350100M000100Y43/2024}. A create answered with a {@code Location} acts on the record that
 * names; without one, on the body's {@code id} in the created collection; a refused create on the parent it was sent to.
 *
 * @param type the collection, e.g. {@code violations}; null when the route names none
 * @param id the path parameters, null when the route has none
 */
public record AuditedRecord(String type, String id) {

    static final String BASE = "/api/v1/";

    /**
     * @param template the route template's path, e.g. {@code /api/v1/enterprises/{uscc}/violations}
     * @param pathParameter the value of a path parameter by name
     */
    static AuditedRecord ofRoute(String template, Function<String, String> pathParameter) {
        List<String[]> pairs = pairs(template, segment -> parameterValue(segment, pathParameter));
        return deepestNamed(pairs, null);
    }

    /** The record a create made, from its {@code Location} (a path below {@code /api/v1/}), if it names one. */
    static AuditedRecord ofLocation(String location) {
        if (location == null) {
            return null;
        }
        String path = URI.create(location).getRawPath();
        if (path == null || !path.startsWith(BASE)) {
            return null;
        }
        String[] segments = path.substring(BASE.length()).split("/");
        if (segments.length < 2 || segments.length % 2 != 0) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 1; i < segments.length; i += 2) {
            ids.add(java.net.URLDecoder.decode(segments[i].replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8));
        }
        return new AuditedRecord(segments[segments.length - 2], String.join("/", ids));
    }

    /** The record a create made, from the id of its body, in the collection the route ends with. */
    static AuditedRecord ofCreated(String template, Function<String, String> pathParameter, String bodyId) {
        List<String[]> pairs = pairs(template, segment -> parameterValue(segment, pathParameter));
        if (pairs.isEmpty() || pairs.get(pairs.size() - 1)[1] != null) {
            return null;
        }
        pairs.get(pairs.size() - 1)[1] = bodyId;
        return deepestNamed(pairs, null);
    }

    /** {collection, value-or-null} pairs of the path after /api/v1/. */
    private static List<String[]> pairs(String path, Function<String, String> value) {
        List<String[]> pairs = new ArrayList<>();
        if (!path.startsWith(BASE)) {
            return pairs;
        }
        String[] segments = path.substring(BASE.length()).split("/");
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].isEmpty()) {
                continue;
            }
            if (isParameter(segments[i])) {
                if (!pairs.isEmpty() && pairs.get(pairs.size() - 1)[1] == null) {
                    pairs.get(pairs.size() - 1)[1] = value.apply(segments[i]);
                } else {
                    pairs.add(new String[] { null, value.apply(segments[i]) });
                }
            } else {
                pairs.add(new String[] { segments[i], null });
            }
        }
        return pairs;
    }

    private static AuditedRecord deepestNamed(List<String[]> pairs, String fallback) {
        int deepest = -1;
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i)[1] != null) {
                deepest = i;
            }
        }
        if (deepest < 0) {
            return new AuditedRecord(pairs.isEmpty() ? fallback : pairs.get(0)[0], null);
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i <= deepest; i++) {
            if (pairs.get(i)[1] != null) {
                ids.add(pairs.get(i)[1]);
            }
        }
        return new AuditedRecord(pairs.get(deepest)[0], String.join("/", ids));
    }

    /** The value of the template segment {@code {name}} or {@code {name: regex}}; null for a literal segment. */
    private static String parameterValue(String segment, Function<String, String> pathParameter) {
        return isParameter(segment)
                ? pathParameter.apply(segment.substring(1, segment.length() - 1).split(":")[0].trim())
                : null;
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}
