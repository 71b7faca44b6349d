package org.keji.ip.annuity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Quotes over the seeded official schedule: due date, grace month, surcharge, lapse, and bad input with fields. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class AnnuityQuoteResourceTest {

    @Test
    void shouldQuoteASurchargeFromTheApplicationNumbersKind() {
        // 202010123456.2: an invention filed in 2020; year 7 (2000.00) due 2026-03-31, +2 months = 31 May, so
        // 1 June is month 3: 10 %
        asApplicant().queryParam("applicationNumber", "CN 202010123456.2").queryParam("filingDate", "2020-03-31")
                .queryParam("termYear", 7).queryParam("paymentDate", "2026-06-01").get("/api/v1/patent-annuity-quotes")
                .then().statusCode(200).body("patentType", equalTo("INVENTION"))
                .body("dueOn", equalTo("2026-03-31")).body("graceEndsOn", equalTo("2026-09-30"))
                .body("monthOfGrace", equalTo(3)).body("surchargeRate", equalTo("0.10"))
                .body("fee", equalTo("2000.00")).body("surcharge", equalTo("200.00")).body("total", equalTo("2200.00"))
                .body("payable", equalTo(true)).body("lapseEffectiveOn", nullValue())
                .body("scheduleEffectiveFrom", equalTo("2021-06-01"));
    }

    @Test
    void shouldQuoteEachKindsOwnFeeAndTerm() {
        quote("DESIGN", "2022-02-28", 15, "2036-02-28").then().statusCode(200).body("fee", equalTo("3000.00"))
                .body("monthOfGrace", equalTo(0)).body("surcharge", equalTo("0.00"));
        quote("UTILITY_MODEL", "2021-08-31", 5, "2026-02-28").then().statusCode(200).body("fee", equalTo("900.00"))
                .body("dueOn", equalTo("2025-08-31")).body("monthOfGrace", equalTo(6))
                .body("surcharge", equalTo("225.00")).body("total", equalTo("1125.00"));
        quote("PCT_UTILITY_MODEL", "2021-08-31", 10, "2030-08-31").then().statusCode(200)
                .body("fee", equalTo("2000.00")).body("patentType", equalTo("PCT_UTILITY_MODEL"))
                .body("scheduleKind", equalTo("UTILITY_MODEL"));
    }

    @Test
    void shouldAnswerNotPayableAfterTheGraceWithTheLapseAtTheDueDate() {
        quote("UTILITY_MODEL", "2021-08-31", 5, "2026-03-01").then().statusCode(200).body("payable", equalTo(false))
                .body("lapseEffectiveOn", equalTo("2025-08-31")).body("graceEndsOn", equalTo("2026-02-28"))
                .body("monthOfGrace", nullValue()).body("surcharge", nullValue()).body("total", nullValue())
                .body("fee", equalTo("900.00"));
    }

    @Test
    void shouldRefuseBadInputNamingEachField() {
        // year 21 of an invention, paid before filing
        quote("INVENTION", "2024-05-01", 21, "2024-04-30").then().statusCode(400)
                .body("code", equalTo("ANNUITY_QUOTE_INVALID"))
                .body("violations.field", containsInAnyOrder("termYear", "paymentDate"));
        quote("DESIGN", "2024-05-01", 16, "2025-04-30").then().statusCode(400)
                .body("violations.field", equalTo(List.of("termYear")));
        // the number says utility model filed in 2020; the request says invention filed in 2021
        asApplicant().queryParam("applicationNumber", "202020123456.8").queryParam("patentType", "INVENTION")
                .queryParam("filingDate", "2021-01-05").queryParam("termYear", 2).queryParam("paymentDate", "2022-01-05")
                .get("/api/v1/patent-annuity-quotes").then().statusCode(400).body("code", equalTo("ANNUITY_QUOTE_INVALID"))
                .body("violations.field", containsInAnyOrder("patentType", "filingDate"));
        // neither kind nor number
        asApplicant().queryParam("filingDate", "2021-01-05").queryParam("termYear", 2)
                .queryParam("paymentDate", "2022-01-05").get("/api/v1/patent-annuity-quotes").then().statusCode(400)
                .body("code", equalTo("ANNUITY_QUOTE_INVALID")).body("violations[0].field", equalTo("patentType"));
        // a wrong check character, a year 0, a missing date, an unknown kind
        asApplicant().queryParam("applicationNumber", "202010123456.3").queryParam("filingDate", "2020-01-05")
                .queryParam("termYear", 2).queryParam("paymentDate", "2022-01-05").get("/api/v1/patent-annuity-quotes")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("applicationNumber"));
        quote("INVENTION", "2024-05-01", 0, "2025-04-30").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("termYear"));
        asApplicant().queryParam("patentType", "INVENTION").queryParam("termYear", 2).get("/api/v1/patent-annuity-quotes")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", containsInAnyOrder("filingDate", "paymentDate"));
        quote("TRADEMARK", "2024-05-01", 1, "2025-04-30").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void shouldRefuseAPaymentBeforeAnySchedule() {
        quote("INVENTION", "2010-05-01", 10, "2019-05-01").then().statusCode(422)
                .body("code", equalTo("ANNUITY_SCHEDULE_NOT_IN_FORCE"));
    }

    @Test
    void shouldLetEveryRoleQuoteWithoutAnIdempotencyKey() {
        for (String token : List.of(Tokens.shared().officer("440300"), Tokens.shared().expert("e-1"),
                Tokens.shared().integration("bank-system", List.of("ip:read")))) {
            given().auth().oauth2(token).queryParam("patentType", "INVENTION").queryParam("filingDate", "2024-05-01")
                    .queryParam("termYear", 2).queryParam("paymentDate", "2025-05-01")
                    .get("/api/v1/patent-annuity-quotes").then().statusCode(200).body("fee", equalTo("900.00"));
        }
        given().auth().oauth2(Tokens.shared().integration("other", List.of("enterprise:read")))
                .queryParam("patentType", "INVENTION").queryParam("filingDate", "2024-05-01").queryParam("termYear", 2)
                .queryParam("paymentDate", "2025-05-01").get("/api/v1/patent-annuity-quotes").then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
    }

    private static RequestSpecification asApplicant() {
        return given().auth().oauth2(Tokens.shared().applicant("91350100M000100Y43"));
    }

    private static io.restassured.response.Response quote(String patentType, String filingDate, int termYear,
            String paymentDate) {
        return AnnuityFeeResourceTest.quote(patentType, filingDate, termYear, paymentDate);
    }
}
