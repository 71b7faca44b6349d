package org.keji.gateway.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Merges the services' OpenAPI documents into one, in the order given (the first one wins a clash of paths):
 * identical components are kept once, different components with the same name are renamed
 * {@code <RouteName><Name>} together with every reference to them, and every bearer scheme becomes the one global
 * {@code bearerAuth}. A document that cannot be merged is left out and listed, never failing the whole.
 */
public final class OpenApiMerger {

    private static final Logger LOG = Logger.getLogger(OpenApiMerger.class);

    static final String BEARER = "bearerAuth";
    static final String UNAVAILABLE = "x-keji-unavailable";
    private static final String DEFAULT_VERSION = "3.1.0";
    private static final List<String> SECTIONS = List.of("schemas", "responses", "parameters", "examples",
            "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems");
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    /** What the merged document says about itself. */
    public record Info(String title, String version, String description, String serverUrl) {
    }

    private final JsonNodeFactory json = JsonNodeFactory.instance;

    public ObjectNode merge(List<ServiceDocument> services, Info info) {
        ObjectNode components = json.objectNode();
        components.putObject("securitySchemes").set(BEARER, bearerScheme());
        ObjectNode paths = json.objectNode();
        ObjectNode webhooks = json.objectNode();
        ArrayNode tags = json.arrayNode();
        Map<String, String> pathOwners = new HashMap<>();
        Set<String> operationIds = new HashSet<>();
        List<String> merged = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        ArrayNode sources = json.arrayNode();
        String version = null;
        String dialect = null;

        for (ServiceDocument service : services) {
            if (!service.available()) {
                unavailable.add(service.routeName());
                continue;
            }
            ObjectNode document = (ObjectNode) service.document().deepCopy();
            try {
                prepare(service.routeName(), document, components);
            } catch (RuntimeException e) {
                LOG.warnf(e, "OpenAPI document of %s cannot be merged; it is left out", service.routeName());
                unavailable.add(service.routeName());
                continue;
            }
            if (version == null && document.path("openapi").isTextual()) {
                version = document.get("openapi").asText();
            } else if (version != null && !version.equals(document.path("openapi").asText(version))) {
                LOG.warnf("%s documents OpenAPI %s, the merged document keeps %s", service.routeName(),
                        document.get("openapi").asText(), version);
            }
            if (dialect == null && document.path("jsonSchemaDialect").isTextual()) {
                dialect = document.get("jsonSchemaDialect").asText();
            }
            uniqueOperationIds(service.routeName(), document.path("paths"), operationIds);
            addAll(service.routeName(), document.path("paths"), paths, pathOwners, "path");
            addAll(service.routeName(), document.path("webhooks"), webhooks, pathOwners, "webhook");
            addTags(document.path("tags"), tags);
            addComponents(document.path("components"), components);
            merged.add(service.routeName());
            sources.addObject()
                    .put("route", service.routeName())
                    .put("title", document.path("info").path("title").asText(service.routeName()))
                    .put("version", document.path("info").path("version").asText(""));
        }

        ObjectNode root = json.objectNode();
        root.put("openapi", version != null ? version : DEFAULT_VERSION);
        if (dialect != null) {
            root.put("jsonSchemaDialect", dialect);
        }
        ObjectNode infoNode = root.putObject("info");
        infoNode.put("title", info.title());
        infoNode.put("version", info.version());
        infoNode.put("description", description(info.description(), unavailable));
        root.putArray("servers").addObject().put("url", info.serverUrl()).put("description", "Keji gateway");
        root.putArray("security").addObject().putArray(BEARER);
        if (!tags.isEmpty()) {
            root.set("tags", tags);
        }
        root.set("paths", paths);
        if (!webhooks.isEmpty()) {
            root.set("webhooks", webhooks);
        }
        root.set("components", components);
        root.set("x-keji-services", sources);
        ArrayNode missing = root.putArray(UNAVAILABLE);
        unavailable.forEach(missing::add);
        return root;
    }

    private ObjectNode bearerScheme() {
        ObjectNode scheme = json.objectNode();
        scheme.put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "RS256 access token of the Keji identity provider");
        return scheme;
    }

    private static String description(String text, List<String> unavailable) {
        if (unavailable.isEmpty()) {
            return text;
        }
        return text + "\n\n**暂不可用的服务（其接口未列出） / Services unavailable, their paths are missing:** "
                + String.join(", ", unavailable);
    }

    /**
     * Renames this document's clashing components and rewrites its references and security requirements, in place,
     * before anything of it enters the merged document.
     */
    private void prepare(String routeName, ObjectNode document, ObjectNode merged) {
        JsonNode components = document.path("components");
        Map<String, String> refRenames = new HashMap<>();
        Map<String, String> schemeRenames = new HashMap<>();
        // components equal to one already merged, by section; dropped unless they refer to something renamed
        Map<String, Set<String>> sameAsMerged = new LinkedHashMap<>();
        if (components.isObject()) {
            for (String section : SECTIONS) {
                JsonNode entries = components.path(section);
                if (!entries.isObject()) {
                    continue;
                }
                Set<String> same = new HashSet<>();
                for (Iterator<String> names = entries.fieldNames(); names.hasNext();) {
                    String name = names.next();
                    JsonNode value = entries.get(name);
                    if (section.equals("securitySchemes") && isBearer(value)) {
                        schemeRenames.put(name, BEARER);
                        same.add(name);
                        continue;
                    }
                    JsonNode existing = merged.path(section).get(name);
                    if (existing == null) {
                        continue;
                    }
                    if (existing.equals(value)) {
                        same.add(name);
                    } else {
                        rename(routeName, section, name, entries, merged, refRenames, schemeRenames);
                    }
                }
                sameAsMerged.put(section, same);
            }
            // equal text is not equal meaning when it refers to a component that had to be renamed here
            boolean changed = true;
            while (changed) {
                changed = false;
                for (var entry : sameAsMerged.entrySet()) {
                    String section = entry.getKey();
                    for (Iterator<String> it = entry.getValue().iterator(); it.hasNext();) {
                        String name = it.next();
                        if (section.equals("securitySchemes") && BEARER.equals(schemeRenames.get(name))) {
                            continue;
                        }
                        if (refersToAny(components.path(section).get(name), refRenames)) {
                            it.remove();
                            rename(routeName, section, name, (ObjectNode) components.path(section), merged,
                                    refRenames, schemeRenames);
                            changed = true;
                        }
                    }
                }
            }
        }
        if (!refRenames.isEmpty()) {
            rewriteRefs(document, refRenames);
        }
        renameComponentKeys(document, refRenames);
        rewriteSecurity(document.path("paths"), schemeRenames);
        rewriteSecurity(document.path("webhooks"), schemeRenames);
        document.remove("security");
        // what stays marked is dropped: the merged document already has it
        if (components.isObject()) {
            sameAsMerged.forEach((section, names) -> {
                JsonNode entries = components.path(section);
                if (entries.isObject()) {
                    names.forEach(((ObjectNode) entries)::remove);
                }
            });
        }
    }

    private static void rename(String routeName, String section, String name, JsonNode ownEntries, ObjectNode merged,
            Map<String, String> refRenames, Map<String, String> schemeRenames) {
        String base = pascal(routeName) + name;
        String candidate = base;
        for (int n = 2; merged.path(section).has(candidate) || ownEntries.has(candidate)
                || refRenames.containsValue(componentRef(section, candidate)); n++) {
            candidate = base + n;
        }
        refRenames.put(componentRef(section, name), componentRef(section, candidate));
        if (section.equals("securitySchemes")) {
            schemeRenames.put(name, candidate);
        }
    }

    private static String componentRef(String section, String name) {
        return "#/components/" + section + "/" + name;
    }

    private static String pascal(String routeName) {
        StringBuilder out = new StringBuilder();
        for (String part : routeName.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return out.toString();
    }

    private static boolean isBearer(JsonNode scheme) {
        return "http".equalsIgnoreCase(scheme.path("type").asText())
                && "bearer".equalsIgnoreCase(scheme.path("scheme").asText());
    }

    private static boolean refersToAny(JsonNode node, Map<String, String> refRenames) {
        if (node == null) {
            return false;
        }
        if (node.isObject()) {
            for (var field : node.properties()) {
                if (field.getKey().equals("$ref") && field.getValue().isTextual()
                        && renamed(field.getValue().asText(), refRenames) != null) {
                    return true;
                }
                if (refersToAny(field.getValue(), refRenames)) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                if (refersToAny(item, refRenames)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The new reference for {@code ref}, or null when it does not point into a renamed component. */
    private static String renamed(String ref, Map<String, String> refRenames) {
        String exact = refRenames.get(ref);
        if (exact != null) {
            return exact;
        }
        int cut = ref.indexOf('/', "#/components/".length());
        cut = cut < 0 ? -1 : ref.indexOf('/', cut + 1);
        if (cut > 0) {
            String target = refRenames.get(ref.substring(0, cut));
            if (target != null) {
                return target + ref.substring(cut);
            }
        }
        return null;
    }

    /** Rewrites {@code $ref} values and discriminator mappings anywhere in the document. */
    private static void rewriteRefs(JsonNode node, Map<String, String> refRenames) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (var field : object.properties()) {
                JsonNode value = field.getValue();
                if (field.getKey().equals("$ref") && value.isTextual()) {
                    String target = renamed(value.asText(), refRenames);
                    if (target != null) {
                        field.setValue(TextNode.valueOf(target));
                    }
                } else if (field.getKey().equals("discriminator") && value.path("mapping").isObject()) {
                    for (var mapping : value.get("mapping").properties()) {
                        String target = mapping.getValue().isTextual()
                                ? renamed(mapping.getValue().asText(), refRenames)
                                : null;
                        if (target != null) {
                            mapping.setValue(TextNode.valueOf(target));
                        }
                    }
                    rewriteRefs(value, refRenames);
                } else {
                    rewriteRefs(value, refRenames);
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> rewriteRefs(item, refRenames));
        }
    }

    private static void renameComponentKeys(ObjectNode document, Map<String, String> refRenames) {
        JsonNode components = document.path("components");
        for (var rename : refRenames.entrySet()) {
            String[] from = rename.getKey().split("/");
            String[] to = rename.getValue().split("/");
            JsonNode entries = components.path(from[2]);
            if (entries.isObject() && entries.has(from[3])) {
                ObjectNode section = (ObjectNode) entries;
                section.set(to[3], section.remove(from[3]));
            }
        }
    }

    private static void rewriteSecurity(JsonNode pathItems, Map<String, String> schemeRenames) {
        if (schemeRenames.isEmpty() || !pathItems.isObject()) {
            return;
        }
        for (JsonNode pathItem : pathItems) {
            for (var operation : pathItem.properties()) {
                JsonNode requirements = operation.getValue().path("security");
                if (!OPERATIONS.contains(operation.getKey()) || !requirements.isArray()) {
                    continue;
                }
                for (JsonNode requirement : requirements) {
                    if (!requirement.isObject()) {
                        continue;
                    }
                    ObjectNode renamed = JsonNodeFactory.instance.objectNode();
                    requirement.properties().forEach(
                            r -> renamed.set(schemeRenames.getOrDefault(r.getKey(), r.getKey()), r.getValue()));
                    ((ObjectNode) requirement).removeAll().setAll(renamed);
                }
            }
        }
    }

    /**
     * Operation ids must be unique in one document, and client generators name their methods after them: a service
     * that repeats another's id gets its own prefixed with the route name ({@code get} → {@code projectGet}).
     */
    private static void uniqueOperationIds(String routeName, JsonNode pathItems, Set<String> taken) {
        if (!pathItems.isObject()) {
            return;
        }
        for (var pathItem : pathItems.properties()) {
            for (var operation : pathItem.getValue().properties()) {
                if (!OPERATIONS.contains(operation.getKey()) || !operation.getValue().path("operationId").isTextual()) {
                    continue;
                }
                String id = operation.getValue().get("operationId").asText();
                if (!taken.add(id)) {
                    String unique = routeName.replaceAll("[^A-Za-z0-9]", "") + pascal(id);
                    LOG.warnf("operationId %s of %s %s is taken; it becomes %s", id, operation.getKey(),
                            pathItem.getKey(), unique);
                    ((ObjectNode) operation.getValue()).put("operationId", unique);
                    taken.add(unique);
                }
            }
        }
    }

    private static void addAll(String routeName, JsonNode from, ObjectNode into, Map<String, String> owners,
            String kind) {
        if (!from.isObject()) {
            return;
        }
        for (var entry : from.properties()) {
            String key = kind + " " + entry.getKey();
            if (into.has(entry.getKey())) {
                LOG.warnf("%s %s is documented by %s and %s; the merged document keeps the one of %s", kind,
                        entry.getKey(), owners.get(key), routeName, owners.get(key));
                continue;
            }
            into.set(entry.getKey(), entry.getValue());
            owners.put(key, routeName);
        }
    }

    private static void addTags(JsonNode from, ArrayNode into) {
        if (!from.isArray()) {
            return;
        }
        Set<String> known = new HashSet<>();
        into.forEach(tag -> known.add(tag.path("name").asText()));
        for (JsonNode tag : from) {
            if (tag.path("name").isTextual() && known.add(tag.get("name").asText())) {
                into.add(tag);
            }
        }
    }

    private static void addComponents(JsonNode from, ObjectNode into) {
        if (!from.isObject()) {
            return;
        }
        for (var section : from.properties()) {
            if (!section.getValue().isObject()) {
                continue;
            }
            ObjectNode target = into.has(section.getKey()) ? (ObjectNode) into.get(section.getKey())
                    : into.putObject(section.getKey());
            section.getValue().properties().forEach(entry -> target.set(entry.getKey(), entry.getValue()));
        }
    }
}
