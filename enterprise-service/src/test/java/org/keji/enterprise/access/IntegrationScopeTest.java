package org.keji.enterprise.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keji.enterprise.figures.YearlyFiguresFixtures;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * DESIGN.md "Who may see what": an integration client calls only the operations its {@code scope} claim names —
 * {@code enterprise:read} to read, {@code enterprise:write} to write — and the document shows each operation's scope.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class IntegrationScopeTest {

    @Test
    void shouldLetAReadOnlyClientReadButNotWrite() {
        String uscc = Enterprises.aRegisteredEnterprise("只读接口有限公司");
        String reader = Tokens.shared().integration("credit-platform", List.of("enterprise:read"));

        given().auth().oauth2(reader).get("/api/v1/enterprises/" + uscc).then().statusCode(200);
        given().auth().oauth2(reader).get("/api/v1/enterprises/" + uscc + "/figures").then().statusCode(200);
        given().auth().oauth2(reader).contentType("application/json").body(YearlyFiguresFixtures.someFigures())
                .put("/api/v1/enterprises/" + uscc + "/figures/2024").then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE")).body("detail", containsString("enterprise:write"));
        given().auth().oauth2(reader).header("Accept-Language", "en").contentType("application/json")
                .body(Enterprises.aRegistration(Enterprises.aUscc(), "接口登记有限公司")).post("/api/v1/enterprises")
                .then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"))
                .body("detail", equalTo("This operation needs the scope enterprise:write, which the token of your "
                        + "client does not carry."));
    }

    @Test
    void shouldRefuseAClientWithoutScopesEveryOperation() {
        String uscc = Enterprises.aRegisteredEnterprise("无范围接口有限公司");
        String none = Tokens.shared().integration("unscoped", List.of());
        String writer = Tokens.shared().integration("tax", List.of("enterprise:write"));
        String foreign = Tokens.shared().integration("ip-only", List.of("ip:read", "ip:write"));

        for (String token : List.of(none, writer, foreign)) {
            given().auth().oauth2(token).get("/api/v1/enterprises/" + uscc).then().statusCode(403)
                    .body("code", equalTo("INSUFFICIENT_SCOPE")).body("detail", containsString("enterprise:read"));
            given().auth().oauth2(token).get("/api/v1/certification-types").then().statusCode(403)
                    .body("code", equalTo("INSUFFICIENT_SCOPE"));
        }
        given().auth().oauth2(writer).contentType("application/json").body(YearlyFiguresFixtures.someFigures())
                .put("/api/v1/enterprises/" + uscc + "/figures/2024").then().statusCode(201);
        // an operation the role may never do stays a role refusal
        given().auth().oauth2(Tokens.shared().integration("all")).post("/api/v1/monitoring/refresh").then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldAcceptTheScopeClaimAsAList() {
        String uscc = Enterprises.aRegisteredEnterprise("列表范围接口有限公司");
        String token = Tokens.shared().token("list-scopes", "integration",
                Map.of("scope", List.of("enterprise:read")));
        given().auth().oauth2(token).get("/api/v1/enterprises/" + uscc).then().statusCode(200);
    }

    @Test
    void shouldShowTheScopeOfEveryOperationAnIntegrationClientMayCall() {
        JsonPath document = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        int scoped = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                Map<String, Object> op = operation.getValue();
                if (!(op.get("security") instanceof List<?> security) || security.isEmpty()) {
                    continue;
                }
                boolean integration = security.toString().contains("integration");
                Object scope = op.get("x-keji-scope");
                String where = operation.getKey() + " " + path.getKey();
                if (!integration) {
                    assertNull(scope, where);
                    continue;
                }
                String expected = operation.getKey().equals("get") ? "enterprise:read" : "enterprise:write";
                assertEquals(expected, scope, where);
                assertTrue(String.valueOf(op.get("description")).contains("`" + expected + "`"), where);
                scoped++;
            }
        }
        assertTrue(scoped > 30, "operations with a scope: " + scoped);
    }
}
