package org.keji.enterprise.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document is what the frontend team builds from: every operation and error must be in it. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class OpenApiTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void shouldDocumentTheEnterprisePathsAndTheProblemSchema() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/enterprises'.post.responses.'201'", notNullValue())
                .body("paths.'/api/v1/enterprises/{uscc}'.get.responses.'404'", notNullValue())
                .body("components.schemas.Problem.properties.code", notNullValue())
                .body("components.securitySchemes.bearerAuth.scheme", equalTo("bearer"));
    }

    @Test
    void shouldDocumentEveryOperationWithASummaryAUniqueIdAndItsErrorsAsProblems() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().get("/q/openapi?format=json").asString());
        List<String> defects = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
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
                JsonNode responses = op.get("responses");
                if (path.getKey().startsWith("/api/v1") && !responses.has("401")) {
                    defects.add(where + ": 401 not documented");
                }
                for (Map.Entry<String, JsonNode> response : responses.properties()) {
                    boolean success = response.getKey().startsWith("2");
                    JsonNode content = response.getValue().get("content");
                    if (!success && (content == null || !content.has("application/problem+json"))) {
                        defects.add(where + " " + response.getKey() + ": not documented as a problem");
                    }
                    if (!success && !response.getValue().path("description").asText().matches(".*\\([A-Z_, ]+.*\\).*")) {
                        defects.add(where + " " + response.getKey() + ": description names no problem code");
                    }
                }
            }
        }
        assertTrue(operations > 40, "operations found: " + operations);
        assertEquals(List.of(), defects);
    }

    @Test
    void shouldDocumentTheEnumsOfTheCertificationRules() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.Metric.enum", notNullValue())
                .body("components.schemas.Outcome.enum", notNullValue())
                .body("components.schemas.Verdict.enum", notNullValue())
                .body("components.schemas.ApplicationStatus.enum", notNullValue())
                .body("components.schemas.RuleDefinition.discriminator.propertyName", equalTo("kind"));
    }

    @Test
    void shouldReportHealthy() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
