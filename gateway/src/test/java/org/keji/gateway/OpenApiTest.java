package org.keji.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** The merged document at {@code /openapi}, built from the stub services' canned documents. */
@QuarkusTest
@WithTestResource(StubServices.class)
class OpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldServeAValidOpenApiDocumentWithoutToken() {
        String document = given().when().get("/openapi")
                .then().statusCode(200).contentType(containsString("application/json"))
                .extract().asString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        assertNotNull(result.getOpenAPI(), () -> "not parsed: " + result.getMessages());
        assertEquals(List.of(), result.getMessages());
        assertEquals("3.1.0", result.getOpenAPI().getOpenapi());
        assertEquals("Keji API", result.getOpenAPI().getInfo().getTitle());
    }

    @Test
    void shouldContainThePathsOfEveryRunningService() throws Exception {
        JsonNode paths = merged().get("paths");
        assertTrue(paths.has("/api/v1/enterprises/{uscc}"));
        assertTrue(paths.has("/api/v1/projects/{id}"));
        assertTrue(paths.has("/api/v1/enterprises/replicas/{uscc}"));
        // defined by both: the first route (by name) wins
        assertEquals("enterpriseStatus", paths.at("/~1api~1v1~1status/get/operationId").asText());
    }

    @Test
    void shouldRenameAClashingSchemaAndRewriteItsReferences() throws Exception {
        JsonNode document = merged();
        JsonNode schemas = document.at("/components/schemas");
        assertTrue(schemas.at("/EnterpriseView/properties").has("name"), "enterprise keeps its name");
        assertTrue(schemas.at("/ProjectEnterpriseView/properties").has("certifications"));
        assertEquals("#/components/schemas/ProjectEnterpriseView",
                schemas.at("/ProjectView/properties/enterprise/$ref").asText());
        assertEquals("#/components/schemas/ProjectEnterpriseView",
                document.at("/paths/~1api~1v1~1enterprises~1replicas~1{uscc}/get/responses/200/content"
                        + "/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/EnterpriseView",
                document.at("/paths/~1api~1v1~1enterprises~1{uscc}/get/responses/200/content"
                        + "/application~1json/schema/$ref").asText());
    }

    @Test
    void shouldKeepIdenticalComponentsOnce() throws Exception {
        JsonNode components = merged().get("components");
        List<String> schemaNames = new ArrayList<>();
        components.get("schemas").fieldNames().forEachRemaining(schemaNames::add);
        assertEquals(1, schemaNames.stream().filter(name -> name.endsWith("Problem")).count(), schemaNames::toString);
        assertTrue(components.get("responses").has("NotFound"));
        assertFalse(components.get("responses").has("ProjectNotFound"));
    }

    @Test
    void shouldUnionTagsAndApplyOneBearerSchemeEverywhere() throws Exception {
        JsonNode document = merged();
        List<String> tags = new ArrayList<>();
        document.get("tags").forEach(tag -> tags.add(tag.get("name").asText()));
        assertEquals(List.of("Enterprises", "Health", "Projects"), tags);
        JsonNode schemes = document.at("/components/securitySchemes");
        assertEquals(1, schemes.size());
        assertEquals("bearer", schemes.at("/bearerAuth/scheme").asText());
        assertTrue(document.at("/security/0").has("bearerAuth"));
        assertTrue(document.at("/paths/~1api~1v1~1projects~1{id}/get/security/0").has("bearerAuth"));
        assertEquals("officer",
                document.at("/paths/~1api~1v1~1enterprises~1{uscc}/get/security/0/bearerAuth/0").asText());
    }

    @Test
    void shouldListServicesThatAreDownInsteadOfFailing() throws Exception {
        JsonNode document = merged();
        List<String> unavailable = new ArrayList<>();
        document.get("x-keji-unavailable").forEach(name -> unavailable.add(name.asText()));
        assertEquals(List.of("finance", "ip"), unavailable);
        assertTrue(document.at("/info/description").asText().contains("finance, ip"));
        assertEquals("/", document.at("/servers/0/url").asText());
        assertNull(document.get("paths").get("/api/v1/patents"));
    }

    @Test
    void shouldServeYamlOnRequest() {
        given().when().get("/openapi?format=yaml")
                .then().statusCode(200)
                .contentType(containsString("yaml"))
                .body(containsString("title: \"Keji API\""));
    }

    @Test
    void shouldServeSwaggerUiShowingTheMergedDocument() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("url: '/openapi'"));
    }

    private static JsonNode merged() throws Exception {
        return JSON.readTree(given().when().get("/openapi").then().statusCode(200).extract().asString());
    }
}
