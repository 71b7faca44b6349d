package org.keji.enterprise.ipholding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The IP holdings operations appear in the service's OpenAPI document with their errors and enums. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class IpHoldingOpenApiTest {

    private static final String LIST = "paths.'/api/v1/enterprises/{uscc}/ip-holdings'.get";
    private static final String SUMMARY = "paths.'/api/v1/enterprises/{uscc}/ip-holdings/summary'.get";

    @Test
    void shouldDocumentTheOperationsWithTheirErrors() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(LIST + ".operationId", equalTo("listIpHoldings"))
                .body(SUMMARY + ".operationId", equalTo("summarizeIpHoldings"))
                .body(LIST + ".tags[0]", equalTo("IP holdings"))
                .body(LIST + ".responses.keySet()", containsInAnyOrder("200", "400", "401", "403", "404", "422"))
                .body(SUMMARY + ".responses.keySet()", containsInAnyOrder("200", "400", "401", "403", "404", "422"))
                .body(LIST + ".responses.'404'.content.'application/problem+json'", notNullValue())
                .body(LIST + ".parameters.find { it.name == 'status' }.schema.'$ref'",
                        equalTo("#/components/schemas/IpHoldingStatus"))
                .body(SUMMARY + ".parameters.find { it.name == 'asOf' }.schema.'$ref'",
                        equalTo("#/components/schemas/LocalDate"))
                .body("components.schemas.LocalDate.format", equalTo("date"));
    }

    @Test
    void shouldDocumentTheSchemasAndTheirEnums() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.IpHoldingStatus.enum", containsInAnyOrder("ACTIVE", "LAPSED"))
                .body("components.schemas.IpClass.enum", containsInAnyOrder("CLASS_I", "CLASS_II"))
                .body("components.schemas.LapseReason.enum",
                        containsInAnyOrder("TERM_EXPIRED", "ANNUITY_UNPAID", "ABANDONED", "INVALIDATED"))
                .body("components.schemas.IpHolding.properties.applicationNumber.examples[0]", equalTo("202310123456.6"))
                .body("components.schemas.IpHoldingSummary.properties.classI.description", notNullValue())
                .body("components.schemas.IpHoldingPage.properties.items", notNullValue())
                .body("components.schemas.IpHolding.properties.share.type", equalTo("string"))
                .body("components.schemas.IpHolding.properties.holders.items.'$ref'",
                        equalTo("#/components/schemas/IpHolderShare"))
                .body("components.schemas.IpHolding.properties.restoredOn.description", notNullValue())
                .body("components.schemas.IpHolderShare.properties.share.examples[0]", equalTo("50.00"));
    }
}
