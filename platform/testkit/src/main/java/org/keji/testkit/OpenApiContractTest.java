package org.keji.testkit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The contract of every service's OpenAPI document, which the frontend team builds from: every operation has a
 * summary, a tag and a unique id; every error response is a problem and names its codes; the platform's own responses
 * are there. A service runs it with a subclass annotated {@code @QuarkusTest @WithTestResource(KejiTestResource.class)}
 * that names the service; assertions about its own operations stay in the service's feature tests.
 */
public abstract class OpenApiContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String PROBLEM = "application/problem+json";

    /** The service's module name, e.g. {@code enterprise-service}; the document is titled after it. */
    protected abstract String service();

    /** The fewest operations the service offers, so that a document that lost its resources fails. */
    protected abstract int minimumOperations();

    @Test
    void shouldBeTitledAfterTheServiceAndDeclareTheBearerScheme() throws Exception {
        JsonNode document = document();
        assertEquals("Keji " + service(), document.path("info").path("title").asText());
        assertEquals("bearer", document.at("/components/securitySchemes/bearerAuth/scheme").asText());
    }

    @Test
    void shouldDocumentEveryOperationWithASummaryATagAUniqueIdAndItsErrorsAsProblems() throws Exception {
        JsonNode document = document();
        List<String> defects = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                operations++;
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = operation.getValue();
                if (!op.hasNonNull("summary")) {
                    defects.add(where + ": no summary");
                }
                if (!op.hasNonNull("tags")) {
                    defects.add(where + ": no tag");
                }
                if (!op.hasNonNull("operationId") || !operationIds.add(op.get("operationId").asText())) {
                    defects.add(where + ": missing or duplicate operationId");
                }
                defects.addAll(errorDefects(where, op.path("responses")));
                defects.addAll(platformDefects(where, path.getKey(), op));
            }
        }
        assertTrue(operations >= minimumOperations(), "operations found: " + operations);
        if (operations > 0) {
            assertTrue(document.at("/components/schemas/Problem/properties/code").isObject(),
                    "the Problem schema with its code");
        }
        assertEquals(List.of(), defects);
    }

    private static List<String> errorDefects(String where, JsonNode responses) {
        List<String> defects = new ArrayList<>();
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
            if (response.getKey().startsWith("2") || response.getKey().startsWith("3")) {
                continue;
            }
            String status = where + " " + response.getKey();
            if (!response.getValue().path("content").has(PROBLEM)) {
                defects.add(status + ": not documented as a problem");
            }
            if (!response.getValue().path("description").asText().matches("(?s).*\\([A-Z][A-Z_]+.*\\).*")) {
                defects.add(status + ": description names no problem code");
            }
        }
        return defects;
    }

    /** The responses the platform gives by itself, which the shared OpenAPI filter documents. */
    private static List<String> platformDefects(String where, String path, JsonNode op) {
        List<String> defects = new ArrayList<>();
        JsonNode responses = op.path("responses");
        if (path.startsWith("/api/") && !(responses.has("401") && responses.has("403"))) {
            defects.add(where + ": 401 or 403 not documented");
        }
        for (JsonNode parameter : op.path("parameters")) {
            String name = parameter.path("name").asText();
            if (!responses.has("400")) {
                defects.add(where + ": takes " + name + " but documents no 400");
            }
            if (name.equals("Idempotency-Key") && !(responses.path("422").path("description").asText()
                    .contains("IDEMPOTENCY_KEY_REUSED"))) {
                defects.add(where + ": takes an Idempotency-Key but documents no 422 IDEMPOTENCY_KEY_REUSED");
            }
            if (name.equals("If-Match") && !responses.path("412").path("description").asText()
                    .contains("PRECONDITION_FAILED")) {
                defects.add(where + ": takes If-Match but documents no 412 PRECONDITION_FAILED");
            }
        }
        return defects;
    }

    private static JsonNode document() throws Exception {
        return new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract()
                .asString());
    }
}
