package org.keji.testkit;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Walks every operation of a running service's own OpenAPI document ({@code /q/openapi?format=json}) with bad input:
 * a NUL character (U+0000, text PostgreSQL cannot store) in each string path and query parameter, and in each top-level
 * string property of a JSON request body. Every such request must be refused as {@code 400} naming the field; none may
 * end as a server error.
 * <p>
 * Each operation is called with a token of a role it allows (from its security requirement), so the request gets past
 * the role check to the input. A service runs the walk through {@link BadInputContract}.
 */
public final class OpenApiWalker {

    /** The bad character: a NUL. */
    public static final String NUL = "\u0000";

    private static final Set<String> WITH_BODY = Set.of("post", "put", "patch");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** Who calls an operation: admin where it is allowed, else the first role allowed, in this order. */
    private static final List<String> ROLES = List.of("admin", "officer", "integration", "applicant", "expert", "bank");
    private static final String APPLICANTS_USCC = "91350100M000100Y43";

    private final URI base;
    /** The token of every request; null: one of a role the operation allows. */
    private final String token;
    /** Values of path parameters by name that replace the documented samples, e.g. a registered enterprise's code. */
    private final Map<String, String> pathValues;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private JsonObject document;

    private OpenApiWalker(URI base, String token, Map<String, String> pathValues) {
        this.base = base;
        this.token = token;
        this.pathValues = Map.copyOf(pathValues);
    }

    /**
     * A walker of the service at {@code base} (e.g. {@code http://localhost:8081}), calling each operation with a token
     * of a role it allows (an admin's where admins may call it), so the request gets past the role check.
     */
    public static OpenApiWalker at(URI base) {
        return new OpenApiWalker(base, null, Map.of());
    }

    /** The same walker calling with {@code bearerToken} instead. */
    public OpenApiWalker as(String bearerToken) {
        return new OpenApiWalker(base, bearerToken, pathValues);
    }

    /**
     * The same walker using {@code values} for the path parameters of those names instead of their samples, so that
     * {@link #everyStateChangingOperation()} reaches records that exist.
     */
    public OpenApiWalker withPathValues(Map<String, String> values) {
        return new OpenApiWalker(base, token, values);
    }

    /** One request of the walk and what it answered. */
    public record Probe(String method, String path, String field, String where, int status, String body) {

        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path + " with NUL in " + where + " " + field + " → "
                    + status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    /** The walk: every request sent, and those that were not refused as 400 naming their field. */
    public record Report(int operations, List<Probe> probes, List<Probe> failures) {

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder().append(operations).append(" operations, ").append(probes.size())
                    .append(" requests, ").append(failures.size()).append(" not refused as 400 naming the field");
            failures.forEach(failure -> text.append("\n  ").append(failure));
            return text.toString();
        }
    }

    /** Sends a NUL in each string path and query parameter and each top-level string property of a JSON body. */
    public Report withNulInEveryString() {
        JsonObject paths = document().getJsonObject("paths");
        List<Probe> probes = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            JsonObject item = path.getValue().asJsonObject();
            for (Map.Entry<String, JsonValue> entry : item.entrySet()) {
                String method = entry.getKey();
                if (!METHODS.contains(method)) {
                    continue;
                }
                operations++;
                JsonObject operation = entry.getValue().asJsonObject();
                List<JsonObject> parameters = parameters(item, operation);
                String bearer = token != null ? token : tokenFor(operation);
                String body = WITH_BODY.contains(method) && jsonBodySchema(operation) != null ? "{}" : null;
                for (JsonObject parameter : parameters) {
                    String in = parameter.getString("in", "");
                    if ((in.equals("path") || in.equals("query")) && isText(parameter.get("schema"))) {
                        String name = parameter.getString("name");
                        String value = sample(parameter) + NUL;
                        probes.add(send(bearer, method, path.getKey(), parameters, name, in, value, body));
                    }
                }
                JsonObject schema = jsonBodySchema(operation);
                if (schema != null) {
                    for (Map.Entry<String, JsonValue> property : properties(schema).entrySet()) {
                        JsonValue propertySchema = resolve(property.getValue());
                        String json = bodyWithNul(property.getKey(), propertySchema);
                        if (json != null) {
                            probes.add(send(bearer, method, path.getKey(), parameters, property.getKey(), "body", null,
                                    json));
                        }
                    }
                }
            }
        }
        List<Probe> failures = probes.stream().filter(probe -> !refusedNamingTheField(probe)).toList();
        return new Report(operations, List.copyOf(probes), failures);
    }

    /** One call of {@link #everyStateChangingOperation()}: the operation, the request's id and the answer. */
    public record Call(String method, String template, String requestId, int status, String location, String body) {

        /** {@code METHOD /template}, e.g. {@code POST /api/v1/enterprises/{uscc}/violations}. */
        public String operation() {
            return method.toUpperCase(Locale.ROOT) + " " + template;
        }

        @Override
        public String toString() {
            return operation() + " [" + requestId + "] → " + status + " "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    /**
     * Calls every POST, PUT, PATCH and DELETE operation of the document once, with the documented sample of each path
     * parameter and, where the operation takes JSON, a body built from the schema's examples (its example, first enum
     * value or a plain value of its type), each request with an {@code X-Request-Id} of its own. Operations added later
     * are called too: the list comes from the running service's document.
     */
    public List<Call> everyStateChangingOperation() {
        return operations(method -> !method.equals("get"));
    }

    /**
     * Calls every {@code /api/v1} operation of the document once, reads included, as {@link
     * #everyStateChangingOperation()} calls the writes: with the walker's token ({@link #as}) it shows what a role or a
     * scope may reach, e.g. that a bank is refused everything (DESIGN.md "Who may see what").
     */
    public List<Call> everyOperation() {
        return operations(method -> true).stream().filter(call -> call.template().startsWith("/api/v1/")).toList();
    }

    private List<Call> operations(Predicate<String> methods) {
        List<Call> calls = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document().getJsonObject("paths").entrySet()) {
            JsonObject item = path.getValue().asJsonObject();
            for (Map.Entry<String, JsonValue> entry : item.entrySet()) {
                String method = entry.getKey();
                if (!METHODS.contains(method) || !methods.test(method)) {
                    continue;
                }
                JsonObject operation = entry.getValue().asJsonObject();
                JsonObject schema = jsonBodySchema(operation);
                String body = WITH_BODY.contains(method) && schema != null ? example(schema, 0).toString() : null;
                calls.add(call(token != null ? token : tokenFor(operation), method, path.getKey(),
                        parameters(item, operation), body));
            }
        }
        return List.copyOf(calls);
    }

    private Call call(String bearer, String method, String template, List<JsonObject> parameters, String body) {
        String path = template;
        for (JsonObject parameter : parameters) {
            if (parameter.getString("in", "").equals("path")) {
                String name = parameter.getString("name");
                path = path.replace("{" + name + "}",
                        encode(pathValues.getOrDefault(name, sample(parameter))).replace("+", "%20"));
            }
        }
        String requestId = "walk-" + System.nanoTime();
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + bearer).header("Accept", "application/json")
                .header("Accept-Language", "en").header("X-Request-Id", requestId);
        if (body != null) {
            request.header("Content-Type", "application/json").header("Idempotency-Key", requestId)
                    .method(method.toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method.toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Call(method, template, requestId, response.statusCode(),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A value the schema documents: its example, first enum value, or a plain value of its type. */
    private JsonValue example(JsonValue value, int depth) {
        JsonValue resolved = resolve(value);
        if (resolved == null || resolved.getValueType() != JsonValue.ValueType.OBJECT || depth > 5) {
            return JsonValue.NULL;
        }
        JsonObject schema = resolved.asJsonObject();
        if (schema.containsKey("example")) {
            return schema.get("example");
        }
        JsonArray values = schema.getJsonArray("enum");
        if (values != null && !values.isEmpty()) {
            return values.get(0);
        }
        String type = type(schema);
        if ("object".equals(type) || schema.containsKey("properties") || schema.containsKey("allOf")) {
            var object = Json.createObjectBuilder();
            properties(schema).forEach((name, property) -> object.add(name, example(property, depth + 1)));
            return object.build();
        }
        if ("array".equals(type)) {
            return Json.createArrayBuilder().add(example(schema.get("items"), depth + 1)).build();
        }
        if ("integer".equals(type) || "number".equals(type)) {
            return Json.createValue(1);
        }
        if ("boolean".equals(type)) {
            return JsonValue.FALSE;
        }
        if ("string".equals(type)) {
            return Json.createValue(switch (schema.getString("format", "")) {
                case "date" -> "2024-06-30";
                case "date-time" -> "2024-06-30T10:00:00+08:00";
                case "uuid" -> "0b6f7c2e-1d3a-4f5b-9c8d-7e6f5a4b3c2d";
                default -> "示例";
            });
        }
        return JsonValue.NULL;
    }

    /** 400 with a violation for the field (or an element or member of it). */
    private static boolean refusedNamingTheField(Probe probe) {
        if (probe.status() != 400) {
            return false;
        }
        try (JsonReader reader = Json.createReader(new StringReader(probe.body()))) {
            JsonValue violations = reader.readObject().get("violations");
            if (violations == null || violations.getValueType() != JsonValue.ValueType.ARRAY) {
                return false;
            }
            for (JsonValue violation : violations.asJsonArray()) {
                String field = violation.asJsonObject().getString("field", "");
                if (field.equals(probe.field()) || field.startsWith(probe.field() + "[")
                        || field.startsWith(probe.field() + ".")) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A token of the first role of {@link #ROLES} the operation's security requirement lists; admin if none. */
    private static String tokenFor(JsonObject operation) {
        List<String> allowed = new ArrayList<>();
        JsonArray security = operation.getJsonArray("security");
        if (security != null) {
            for (JsonValue requirement : security) {
                requirement.asJsonObject().values().forEach(scopes -> scopes.asJsonArray()
                        .forEach(scope -> allowed.add(((JsonString) scope).getString())));
            }
        }
        String role = ROLES.stream().filter(allowed::contains).findFirst().orElse("admin");
        Tokens tokens = Tokens.shared();
        return switch (role) {
            case "officer" -> tokens.officer();
            case "integration" -> tokens.integration("openapi-walker");
            case "applicant" -> tokens.applicant(APPLICANTS_USCC);
            case "expert" -> tokens.expert("openapi-walker");
            case "bank" -> tokens.bank("openapi-walker");
            default -> tokens.admin();
        };
    }

    private Probe send(String bearer, String method, String template, List<JsonObject> parameters, String field, String in,
            String badValue, String body) {
        String path = template;
        StringBuilder query = new StringBuilder();
        for (JsonObject parameter : parameters) {
            String name = parameter.getString("name");
            String where = parameter.getString("in", "");
            boolean bad = name.equals(field) && where.equals(in);
            String value = bad ? badValue : sample(parameter);
            if (where.equals("path")) {
                path = path.replace("{" + name + "}", encode(value).replace("+", "%20"));
            } else if (where.equals("query") && (bad || parameter.getBoolean("required", false))) {
                query.append(query.isEmpty() ? "?" : "&").append(encode(name)).append('=').append(encode(value));
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path + query))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json").header("Accept-Language", "en");
        if (body != null) {
            request.header("Content-Type", "application/json").header("Idempotency-Key", "walk-" + System.nanoTime())
                    .method(method.toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method.toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Probe(method, template, field, in, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonObject document() {
        if (document == null) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/q/openapi?format=json"))
                    .timeout(Duration.ofSeconds(30)).build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("no OpenAPI document at " + request.uri() + ": "
                            + response.statusCode());
                }
                try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                    document = reader.readObject();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return document;
    }

    /** The operation's parameters and its path's, references resolved. */
    private List<JsonObject> parameters(JsonObject item, JsonObject operation) {
        Map<String, JsonObject> byKey = new LinkedHashMap<>();
        for (JsonObject owner : List.of(item, operation)) {
            JsonArray list = owner.getJsonArray("parameters");
            if (list != null) {
                for (JsonValue value : list) {
                    JsonObject parameter = resolve(value).asJsonObject();
                    byKey.put(parameter.getString("in", "") + ":" + parameter.getString("name"), parameter);
                }
            }
        }
        return List.copyOf(byKey.values());
    }

    private JsonObject jsonBodySchema(JsonObject operation) {
        JsonObject body = operation.getJsonObject("requestBody");
        if (body == null) {
            return null;
        }
        JsonObject content = resolve(body).asJsonObject().getJsonObject("content");
        JsonObject json = content == null ? null : content.getJsonObject("application/json");
        return json == null || !json.containsKey("schema") ? null : resolve(json.get("schema")).asJsonObject();
    }

    /** The properties of an object schema, including those of {@code allOf} parts. */
    private Map<String, JsonValue> properties(JsonObject schema) {
        Map<String, JsonValue> properties = new LinkedHashMap<>();
        JsonArray allOf = schema.getJsonArray("allOf");
        if (allOf != null) {
            allOf.forEach(part -> properties.putAll(properties(resolve(part).asJsonObject())));
        }
        JsonObject own = schema.getJsonObject("properties");
        if (own != null) {
            properties.putAll(own);
        }
        return properties;
    }

    /** A body whose only member is {@code name} carrying a NUL, or null if the property is not text. */
    private String bodyWithNul(String name, JsonValue schema) {
        String key = Json.createValue(name).toString();
        if (isText(schema)) {
            return "{" + key + ":" + Json.createValue("a" + NUL) + "}";
        }
        if (schema.getValueType() == JsonValue.ValueType.OBJECT && "array".equals(type(schema.asJsonObject()))
                && isText(resolve(schema.asJsonObject().get("items")))) {
            return "{" + key + ":[" + Json.createValue("a" + NUL) + "]}";
        }
        return null;
    }

    /** A string, or an array of strings (a repeated query parameter). */
    private boolean isText(JsonValue schema) {
        if (schema == null || schema.getValueType() != JsonValue.ValueType.OBJECT) {
            return false;
        }
        JsonObject resolved = resolve(schema).asJsonObject();
        String type = type(resolved);
        if ("array".equals(type)) {
            JsonValue items = resolved.get("items");
            return items != null && "string".equals(type(resolve(items).asJsonObject()));
        }
        return "string".equals(type);
    }

    /** {@code type} as a string, also when OpenAPI 3.1 writes it as a list such as {@code ["string", "null"]}. */
    private static String type(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type instanceof JsonString text) {
            return text.getString();
        }
        if (type != null && type.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue value : type.asJsonArray()) {
                if (value instanceof JsonString text && !text.getString().equals("null")) {
                    return text.getString();
                }
            }
        }
        return null;
    }

    /** A value the parameter documents (its example or first enum value), else a plain word. */
    private String sample(JsonObject parameter) {
        JsonValue example = parameter.get("example");
        JsonObject schema = parameter.containsKey("schema") ? resolve(parameter.get("schema")).asJsonObject() : null;
        if (example == null && schema != null) {
            example = schema.get("example");
            JsonArray values = schema.getJsonArray("enum");
            if (example == null && values != null && !values.isEmpty()) {
                example = values.get(0);
            }
            if (example == null && "integer".equals(type(schema))) {
                return "1";
            }
        }
        if (example instanceof JsonString text) {
            return text.getString();
        }
        return example == null || example.getValueType() == JsonValue.ValueType.NULL ? "x" : example.toString();
    }

    /** Follows a {@code $ref} to {@code #/components/…}. */
    private JsonValue resolve(JsonValue value) {
        JsonValue current = value;
        for (int depth = 0; depth < 10 && current != null && current.getValueType() == JsonValue.ValueType.OBJECT
                && current.asJsonObject().containsKey("$ref"); depth++) {
            String ref = current.asJsonObject().getString("$ref");
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("only local references are followed: " + ref);
            }
            JsonValue target = document();
            for (String part : ref.substring(2).split("/")) {
                target = target.asJsonObject().get(part.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
