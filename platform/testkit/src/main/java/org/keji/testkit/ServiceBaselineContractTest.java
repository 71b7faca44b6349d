package org.keji.testkit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * What every service offers before any feature: it is ready against real PostgreSQL and Kafka, has migrated the
 * platform tables, exposes its metrics, and refuses every API operation without a token with a 401 problem. A service
 * runs it with a subclass annotated {@code @QuarkusTest @WithTestResource(KejiTestResource.class)}.
 */
public abstract class ServiceBaselineContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void shouldBeReadyWithDatabaseAndBroker() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem(containsString("Kafka")))
                .body("checks.name", hasItem("object-store"));
    }

    @Test
    void shouldMigrateThePlatformTables() throws Exception {
        Config config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_name IN "
                                + "('outbox_event', 'inbox_event', 'idempotency_record')")) {
            rs.next();
            assertEquals(3, rs.getInt(1));
        }
    }

    @Test
    void shouldExposeItsMetricsForPrometheus() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("keji_outbox_pending"));
    }

    @Test
    void shouldRefuseEveryApiOperationWithoutATokenWithAProblem() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().get("/q/openapi?format=json").asString());
        List<String> operations = new ArrayList<>();
        List<String> defects = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            // any value fits a path parameter here: the token is checked before the parameters are read
            String url = path.getKey().replaceAll("\\{[^}]+}", "1");
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey();
                if (!METHODS.contains(method)) {
                    continue;
                }
                operations.add(method + " " + url);
                RequestSpecification request = given();
                if (operation.getValue().has("requestBody")) {
                    request = request.contentType("application/json").body("{}");
                }
                Response response = request.request(method, url);
                if (response.statusCode() != 401 || !response.contentType().startsWith("application/problem+json")
                        || !"UNAUTHENTICATED".equals(response.jsonPath().getString("code"))) {
                    defects.add(method.toUpperCase() + " " + path.getKey() + " answered " + response.statusCode() + " "
                            + response.asString());
                }
            }
        }
        assumeFalse(operations.isEmpty(), "the service offers no API operation yet");
        assertEquals(List.of(), defects);
    }
}
