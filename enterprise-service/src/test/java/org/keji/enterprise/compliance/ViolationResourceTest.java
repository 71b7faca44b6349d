package org.keji.enterprise.compliance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ViolationResourceTest {

    @Test
    void shouldRecordViolationsAndListThemLatestFirst() {
        String uscc = Enterprises.aRegisteredEnterprise("违法记录公司");
        String id = record(Tokens.shared().integration("ecology"), uscc,
                violation("ENVIRONMENT", "MAJOR", "2025-06-30", null)).then().statusCode(201)
                .body("authority", equalTo("福州市生态环境局")).body("kind", equalTo("ENVIRONMENT")).extract()
                .path("id");
        record(Tokens.shared().officer(), uscc, violation("DISHONESTY", "MAJOR", "2025-08-01", "2027-07-31")).then()
                .statusCode(201).body("listedUntil", equalTo("2027-07-31"));

        given().auth().oauth2(Tokens.shared().applicant(uscc)).get("/api/v1/enterprises/" + uscc + "/violations")
                .then().statusCode(200).body("kind", equalTo(List.of("DISHONESTY", "ENVIRONMENT")));
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/enterprises/" + uscc + "/violations/" + id)
                .then().statusCode(200).body("severity", equalTo("MAJOR"));
    }

    @Test
    void shouldRefuseAListingEndOnAnythingButADishonestyListing() {
        String uscc = Enterprises.aRegisteredEnterprise("校验公司");
        record(Tokens.shared().officer(), uscc, violation("SAFETY", "MAJOR", "2025-06-30", "2026-06-30")).then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("listedUntil"));
        record(Tokens.shared().officer(), uscc, violation("DISHONESTY", "MAJOR", "2025-06-30", "2025-06-29")).then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        record(Tokens.shared().officer(), uscc, violation("FRAUD", "MAJOR", "2025-06-30", null)).then()
                .statusCode(400).body("code", equalTo("MALFORMED_REQUEST")).body("violations[0].field", equalTo("kind"));
    }

    @Test
    void shouldKeepRecordsFromOtherApplicantsAndLetNoApplicantRecord() {
        String uscc = Enterprises.aRegisteredEnterprise("他人记录公司");
        record(Tokens.shared().applicant(uscc), uscc, violation("SAFETY", "GENERAL", "2025-06-30", null)).then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.shared().applicant(Enterprises.aUscc()))
                .get("/api/v1/enterprises/" + uscc + "/violations").then().statusCode(404)
                .body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        record(Tokens.shared().officer(), Enterprises.aUscc(), violation("SAFETY", "MAJOR", "2025-06-30", null))
                .then().statusCode(404).body("code", equalTo("ENTERPRISE_NOT_FOUND"));
    }

    private static String violation(String kind, String severity, String occurredOn, String listedUntil) {
        return """
                {"kind":"%s","severity":"%s","occurredOn":"%s","authority":"福州市生态环境局",\
                "description":"超标排放","listedUntil":%s}"""
                .formatted(kind, severity, occurredOn, listedUntil == null ? "null" : "\"" + listedUntil + "\"");
    }

    private static Response record(String token, String uscc, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/enterprises/" + uscc + "/violations");
    }
}
