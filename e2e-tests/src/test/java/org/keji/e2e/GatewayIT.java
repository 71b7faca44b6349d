package org.keji.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keji.testkit.Usccs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** What the gateway adds in front of the services: authentication, request ids, the merged API document. */
@ExtendWith(KejiSuiteExtension.class)
class GatewayIT {

    private static Gateway gateway;

    @BeforeAll
    static void connect(Gateway suiteGateway) {
        gateway = suiteGateway;
    }

    @Test
    void shouldRefuseARequestWithoutTokenAsUnauthenticatedProblem() {
        gateway.anonymous().get("/api/v1/enterprises/{uscc}", Usccs.aUscc()).then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("UNAUTHENTICATED"));
        gateway.anonymous().body(Enterprises.aRegistration()).post("/api/v1/enterprises").then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void shouldReturnTheCallersRequestIdAndCreateOneWhenMissing() {
        String requestId = "e2e-" + UUID.randomUUID();
        String officer = gateway.tokens().officer();

        gateway.as(officer).header("X-Request-Id", requestId)
                .get("/api/v1/enterprises/{uscc}", Usccs.aUscc()).then()
                .statusCode(404)
                .header("X-Request-Id", requestId);
        gateway.as(officer).get("/api/v1/enterprises/{uscc}", Usccs.aUscc()).then()
                .header("X-Request-Id", not(emptyOrNullString()));
    }

    @Test
    void shouldServeAValidMergedOpenApiDocumentWithTheEnterprisePathsAndTheProblemSchema() {
        String json = gateway.anonymous().get("/openapi").then()
                .statusCode(200)
                .contentType(containsString("json"))
                .extract().asString();

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);

        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages(), "parser messages");
        OpenAPI api = result.getOpenAPI();
        assertNotNull(api, "parsed document");
        assertTrue(api.getOpenapi().startsWith("3."), "OpenAPI version " + api.getOpenapi());
        for (String path : List.of("/api/v1/enterprises", "/api/v1/enterprises/{uscc}",
                "/api/v1/enterprise-replicas/{uscc}")) {
            assertNotNull(api.getPaths().get(path), "path " + path + " in " + api.getPaths().keySet());
        }
        assertNotNull(api.getComponents().getSchemas().get("Problem"),
                "Problem schema in " + api.getComponents().getSchemas().keySet());
    }

    @Test
    void shouldServeSwaggerUi() {
        gateway.anonymous().accept("text/html").get("/q/swagger-ui/").then()
                .statusCode(200)
                .contentType(containsString("text/html"));
    }
}
