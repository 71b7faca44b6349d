package org.keji.enterprise.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.OpenApiContractTest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document is what the frontend team builds from: the platform's contract, and the registry's paths. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class OpenApiTest extends OpenApiContractTest {

    @Override
    protected String service() {
        return "enterprise-service";
    }

    @Override
    protected int minimumOperations() {
        return 60;
    }

    @Test
    void shouldDocumentTheEnterprisePaths() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/enterprises'.post.responses.'201'", notNullValue())
                .body("paths.'/api/v1/enterprises'.post.responses.'403'.description", containsString("ENTERPRISE_NOT_OWN"))
                .body("paths.'/api/v1/enterprises/{uscc}'.get.responses.'404'", notNullValue());
    }

    @Test
    void shouldDocumentTheAuditTrailUnderTheServicesOwnName() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/audit/enterprise/records'.get.tags", hasItem("Audit trail"))
                .body("paths.'/api/v1/audit/enterprise/records'.get.responses.'403'", notNullValue())
                .body("paths.'/api/v1/audit/enterprise/records'.get.responses.'404'.description",
                        containsString("AUDIT_RECORD_NOT_FOUND"))
                .body("paths.'/api/v1/audit/enterprise/verification'.get.responses.'200'", notNullValue())
                .body("paths.'/api/v1/audit/{service}/records'", nullValue());
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
}
