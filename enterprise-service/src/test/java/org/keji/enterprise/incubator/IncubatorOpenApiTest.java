package org.keji.enterprise.incubator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class IncubatorOpenApiTest {

    @Test
    void shouldDocumentTheIncubatorOperationsWithTheirProblemCodes() {
        String tenant = "paths.'/api/v1/incubators/{incubatorId}/tenants/{tenantId}'";
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/incubators'.post.operationId", equalTo("registerIncubator"))
                .body("paths.'/api/v1/incubators'.get.operationId", equalTo("listIncubators"))
                .body("paths.'/api/v1/incubators/{id}'.put.responses.'409'.description",
                        containsString("VERSION_CONFLICT"))
                .body("paths.'/api/v1/incubators/{incubatorId}/tenants'.post.responses.'422'.description",
                        containsString("INCUBATOR_FULL"))
                .body("paths.'/api/v1/incubators/{incubatorId}/tenants'.post.responses.'409'.description",
                        containsString("TENANT_ALREADY_INCUBATING"))
                .body(tenant + ".get.operationId", equalTo("getTenant"))
                .body("paths.'/api/v1/incubators/{incubatorId}/tenants/{tenantId}/graduate'.post.responses.'409'"
                        + ".description", containsString("TENANT_ILLEGAL_TRANSITION"))
                .body("components.schemas.IncubatorLevel.enum", hasItems("NATIONAL", "PROVINCIAL", "MUNICIPAL", "COUNTY"))
                .body("components.schemas.AssessmentGrade.description", containsString("不合格"))
                .body("components.schemas.Tenant.properties.seedFundTotal.examples[0]", equalTo("200000.00"))
                .body("components.schemas.TenantPage.properties.items", notNullValue());
    }
}
