package org.keji.enterprise.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The statistics and the certificate search appear in the service's OpenAPI document with their errors and enums. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class CertificationStatisticsOpenApiTest {

    private static final String CERTIFIED = "paths.'/api/v1/certification-statistics/certified'.get";
    private static final String NEW = "paths.'/api/v1/certification-statistics/new'.get";
    private static final String EXPIRING = "paths.'/api/v1/certification-statistics/expiring'.get";
    private static final String SEARCH = "paths.'/api/v1/certifications'.get";

    @Test
    void shouldDocumentTheOperationsWithTheirErrors() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(CERTIFIED + ".operationId", equalTo("countCertifiedEnterprises"))
                .body(NEW + ".operationId", equalTo("countNewCertifications"))
                .body(EXPIRING + ".operationId", equalTo("countExpiringCertifications"))
                .body(SEARCH + ".operationId", equalTo("searchCertifications"))
                .body(CERTIFIED + ".tags[0]", equalTo("Certification statistics"))
                .body(CERTIFIED + ".responses.keySet()", containsInAnyOrder("200", "400", "401", "403", "422"))
                .body(NEW + ".responses.keySet()", containsInAnyOrder("200", "400", "401", "403", "422"))
                .body(EXPIRING + ".responses.keySet()", containsInAnyOrder("200", "400", "401", "403", "422"))
                .body(SEARCH + ".responses.keySet()", containsInAnyOrder("200", "400", "401", "403", "422"))
                .body(EXPIRING + ".responses.'400'.content.'application/problem+json'", notNullValue())
                .body(EXPIRING + ".parameters.find { it.name == 'withinDays' }.schema.maximum", equalTo(3650))
                .body(CERTIFIED + ".parameters.find { it.name == 'asOf' }.schema.'$ref'",
                        equalTo("#/components/schemas/LocalDate"))
                .body(CERTIFIED + ".parameters.find { it.name == 'groupBy' }.schema.items.'$ref'",
                        equalTo("#/components/schemas/StatisticsDimension"));
    }

    @Test
    void shouldDocumentTheSchemasAndTheirEnums() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.StatisticsDimension.enum",
                        containsInAnyOrder("type", "level", "region", "year"))
                .body("components.schemas.CertificationLevel.enum",
                        containsInAnyOrder("NATIONAL", "PROVINCIAL", "MUNICIPAL", "COUNTY"))
                .body("components.schemas.CertifiedEnterprises.properties.total.description", notNullValue())
                .body("components.schemas.CertifiedEnterprisesRow.properties.count.description", notNullValue())
                .body("components.schemas.NewCertificationsRow.properties.imported.description", notNullValue())
                .body("components.schemas.ExpiringCertifications.properties.until.description", notNullValue())
                .body("components.schemas.CertificationPage.properties.items", notNullValue());
    }
}
