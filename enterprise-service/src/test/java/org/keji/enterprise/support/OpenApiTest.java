package org.keji.enterprise.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class OpenApiTest {

    @Test
    void shouldDocumentTheEnterprisePathsAndTheProblemSchema() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/enterprises'.post.responses.'201'", notNullValue())
                .body("paths.'/api/v1/enterprises/{uscc}'.get.responses.'404'", notNullValue())
                .body("components.schemas.Problem.properties.code", notNullValue())
                .body("components.securitySchemes.bearerAuth.scheme", equalTo("bearer"));
    }

    @Test
    void shouldReportHealthy() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
