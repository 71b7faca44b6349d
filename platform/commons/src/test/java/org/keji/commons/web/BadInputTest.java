package org.keji.commons.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Text PostgreSQL cannot store and amounts no column holds are refused as 400 naming the field, for any operation. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldRefuseANulInAQueryParameterNamingIt() {
        given().urlEncodingEnabled(false).get("/api/v1/widgets/named?name=a%00b").then().statusCode(400)
                .contentType(PROBLEM).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("name"))
                .body("violations[0].message", containsString("NUL"));
        given().get("/api/v1/widgets/named?name=星火").then().statusCode(200).body(equalTo("星火"));
    }

    @Test
    void shouldRefuseANulInAPathParameterNamingIt() {
        given().urlEncodingEnabled(false).auth().oauth2(Tokens.shared().officer()).get("/api/v1/widgets/w%00")
                .then().statusCode(400).contentType(PROBLEM).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("id"));
    }

    @Test
    void shouldRefuseANulInAQueryParameterTheOperationDoesNotRead() {
        given().urlEncodingEnabled(false).get("/api/v1/widgets/named?name=x&other=%00").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("other"));
    }

    @Test
    void shouldRefuseANulInABodyStringNamingItsJsonPath() {
        priced("{\"name\":\"a\\u0000\"}").then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("name"));
        priced("{\"name\":\"a\",\"tags\":[\"ok\",\"\\u0000\"]}").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("tags[1]"));
        priced("{\"part\":{\"label\":\"\\u0000\"}}").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("part.label"));
        priced("{\"sizes\":{\"L\\u0000\":1}}").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", containsString("sizes"));
        // an amount is read from its text by its own rules: a NUL is just not a number there
        priced("{\"price\":\"1\\u0000\"}").then().statusCode(400)
                .body("code", equalTo("MALFORMED_REQUEST")).body("violations[0].field", equalTo("price"));
    }

    @Test
    void shouldKeepOrdinaryTextAndAmounts() {
        priced("{\"name\":\"高新\\t企业\",\"price\":\"18472425.00\",\"tags\":[\"a\"],\"sizes\":{\"L\":1}}").then()
                .statusCode(200).body("name", equalTo("高新\t企业")).body("price", equalTo("18472425.00"))
                .body("sizes.L", equalTo(1));
    }

    @Test
    void shouldRefuseAnAmountOfAMillionDigitsBeforeParsingIt() {
        String digits = "9".repeat(1_900_000);
        priced("{\"name\":\"a\",\"price\":\"" + digits + ".00\"}").then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("MALFORMED_REQUEST")).body("violations[0].field", equalTo("price"));
    }

    @Test
    void shouldRefuseAmountsBeyondNumeric18Comma2NamingTheField() {
        for (String price : new String[] { "\"10000000000000000.00\"", "\"1.001\"", "1e999999999", "1e-999999999",
                "12345678901234567890" }) {
            priced("{\"price\":" + price + "}").then().statusCode(400)
                    .body("code", equalTo("MALFORMED_REQUEST"))
                    .body("violations[0].field", equalTo("price"));
        }
    }

    private static io.restassured.response.Response priced(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/widgets/priced");
    }
}
