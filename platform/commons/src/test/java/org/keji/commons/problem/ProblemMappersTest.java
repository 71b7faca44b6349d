package org.keji.commons.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.keji.commons.testapp.WidgetState;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ProblemMappersTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldListEachInvalidFieldWith400() {
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"name\":\"\",\"colour\":\"far too long\"}").post("/api/v1/widgets")
                .then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("type", equalTo("urn:keji:problem:validation-failed"))
                .body("title", equalTo("请求参数不合法"))
                .body("violations.field", contains("colour", "name"))
                .body("violations[0].rejectedValue", equalTo("far too long"));
    }

    @Test
    void shouldNameAnInvalidQueryParameter() {
        given().header("Accept-Language", "en").get("/api/v1/widgets/search?size=500")
                .then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("size"));
    }

    @Test
    void shouldNameAQueryParameterOfTheWrongTypeInsteadOfAnswering404() {
        given().get("/api/v1/widgets/search?since=2026-11-23&state=" + WidgetState.values()[0].name()
                + "&owner=5b0e8f0e-6f9a-4d3c-9a51-0d4c7a3a2b11").then().statusCode(200)
                .body("size()", equalTo(3));
        given().get("/api/v1/widgets/search?since=yesterday").then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("since"))
                .body("violations[0].rejectedValue", equalTo("yesterday"));
        given().get("/api/v1/widgets/search?state=MELTED").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("state"));
        given().get("/api/v1/widgets/search?owner=42").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("owner"));
    }

    @Test
    void shouldAnswerARaceOnAUniqueValueWith409NotAServerError() {
        String id = java.util.UUID.randomUUID().toString();
        given().post("/api/v1/widgets/with-id/" + id).then().statusCode(200);
        given().post("/api/v1/widgets/with-id/" + id).then().statusCode(409).contentType(PROBLEM)
                .body("code", equalTo("ALREADY_EXISTS")).body("title", equalTo("记录已存在"));
    }

    @Test
    void shouldAnswerAUniqueValueMetOnlyAtTheCommitWith409NotAServerError() {
        // the request's transaction commits after the operation returned (the audit trail's filter commits it)
        String label = "label-" + java.util.UUID.randomUUID();
        given().post("/api/v1/widgets/labels/" + label).then().statusCode(200);
        given().post("/api/v1/widgets/labels/" + label).then().statusCode(409).contentType(PROBLEM)
                .body("code", equalTo("ALREADY_EXISTS"));
    }

    @Test
    void shouldAnswerMalformedJsonWith400NotAServerError() {
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json").body("{\"name\": ")
                .post("/api/v1/widgets").then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("MALFORMED_REQUEST"));
        // a value of the wrong type is named like any other invalid field
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"name\": {\"nested\": 1}}").post("/api/v1/widgets").then().statusCode(400)
                .contentType(PROBLEM).body("violations[0].field", equalTo("name"));
    }

    @Test
    void shouldExplainNotFoundInChineseByDefaultAndInEnglishOnRequest() {
        given().auth().oauth2(Tokens.shared().officer()).header("X-Request-Id", "req-404")
                .get("/api/v1/widgets/w-1").then().statusCode(404).contentType(PROBLEM)
                .header("X-Request-Id", "req-404")
                .body("code", equalTo("WIDGET_NOT_FOUND")).body("title", equalTo("部件不存在"))
                .body("detail", equalTo("没有编号为 w-1 的部件。")).body("instance", equalTo("/api/v1/widgets/w-1"))
                .body("requestId", equalTo("req-404"));
        given().auth().oauth2(Tokens.shared().officer()).header("Accept-Language", "en-GB,en;q=0.9")
                .get("/api/v1/widgets/w-1").then().statusCode(404)
                .body("title", equalTo("Widget not found")).body("detail", equalTo("No widget has the id w-1."));
    }

    @Test
    void shouldNameTheCurrentStateAndAllowedActionsOnAnIllegalTransition() {
        given().auth().oauth2(Tokens.shared().officer()).post("/api/v1/widgets/w-1/ship").then().statusCode(409)
                .contentType(PROBLEM).body("code", equalTo("WIDGET_NOT_SHIPPABLE"))
                .body("currentState", equalTo("SHIPPED")).body("allowedActions", contains("archive"));
    }

    @Test
    void shouldRefuseMissingAndForgedTokensWith401() {
        given().get("/api/v1/widgets/w-1").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer").body("code", equalTo("UNAUTHENTICATED"));
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").get("/api/v1/widgets/w-1")
                .then().statusCode(401).contentType(PROBLEM).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void shouldRefuseAWrongRoleWith403() {
        given().auth().oauth2(Tokens.shared().applicant("91350100M000100Y43")).get("/api/v1/widgets/w-1")
                .then().statusCode(403).contentType(PROBLEM).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldHideAnotherEnterprisesRecordBehindA404() {
        String own = "91350100M000100Y43";
        given().auth().oauth2(Tokens.shared().applicant(own)).get("/api/v1/widgets/owned/" + own).then()
                .statusCode(200);
        given().auth().oauth2(Tokens.shared().applicant(own)).get("/api/v1/widgets/owned/911100001000000001")
                .then().statusCode(404).body("code", equalTo("WIDGET_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().officer("000000")).get("/api/v1/widgets/owned/911100001000000001")
                .then().statusCode(200);
        // a regional officer reaches only enterprises in its region; this code places it in Beijing (110000)
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/widgets/owned/911100001000000001").then()
                .statusCode(404).body("code", equalTo("WIDGET_NOT_FOUND"));
    }

    @Test
    void shouldAnswerAnUnexpectedFailureWithoutInternals() {
        given().get("/api/v1/widgets/boom").then().statusCode(500).contentType(PROBLEM)
                .body("code", equalTo("INTERNAL_ERROR")).body("requestId", notNullValue())
                .body(not(containsString("secret"))).body(not(containsString("IllegalStateException")));
    }
}
