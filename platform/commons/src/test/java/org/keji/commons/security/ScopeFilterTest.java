package org.keji.commons.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** An integration client needs the scope each operation names; the document shows it. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ScopeFilterTest {

    @Test
    void shouldNeedTheServicesReadScopeToReadAndItsWriteScopeToWrite() {
        String reader = Tokens.shared().integration("reader", List.of("commons-test:read"));
        given().auth().oauth2(reader).get("/api/v1/scoped").then().statusCode(200);
        given().auth().oauth2(reader).post("/api/v1/scoped").then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE")).body("detail", containsString("commons-test:write"));
        given().auth().oauth2(Tokens.shared().integration("writer", List.of("commons-test:write")))
                .post("/api/v1/scoped").then().statusCode(200);
        // other roles are not bound to scopes
        given().auth().oauth2(Tokens.shared().officer()).post("/api/v1/scoped").then().statusCode(200);
    }

    @Test
    void shouldNeedTheScopeAnOperationNamesInsteadOfTheDefault() {
        given().auth().oauth2(Tokens.shared().integration("writer", List.of("commons-test:write")))
                .post("/api/v1/scoped/publish").then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"))
                .body("detail", containsString("widget:publish"));
        given().auth().oauth2(Tokens.shared().integration("publisher", List.of("widget:publish")))
                .post("/api/v1/scoped/publish").then().statusCode(200);
    }

    @Test
    void shouldLeaveAnOperationTheRoleMayNeverDoToTheRoleCheck() {
        given().auth().oauth2(Tokens.shared().integration("reader", List.of("commons-test:read")))
                .get("/api/v1/scoped/officers").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().get("/api/v1/scoped").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void shouldShowEachOperationsScopeInTheDocument() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/scoped'.get.x-keji-scope", equalTo("commons-test:read"))
                .body("paths.'/api/v1/scoped'.post.x-keji-scope", equalTo("commons-test:write"))
                .body("paths.'/api/v1/scoped/publish'.post.x-keji-scope", equalTo("widget:publish"))
                .body("paths.'/api/v1/scoped/publish'.post.description",
                        containsString("Integration clients need the scope `widget:publish`"))
                .body("paths.'/api/v1/scoped/officers'.get.x-keji-scope", nullValue());
    }
}
