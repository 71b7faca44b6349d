package org.keji.enterprise.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.keji.enterprise.figures.YearlyFiguresFixtures;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** DESIGN.md "Who may see what": data entered by an officer or an integration source is never overwritten by an applicant. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class VerifiedFiguresTest {

    private static final String APPLICANT_FIGURES = YearlyFiguresFixtures.figures(10, 2, "1000000.00", "1000000.00",
            "600000.00", "100000.00", "100000.00", "800000.00", "2000000.00", "1000000.00");

    @Test
    void shouldRefuseAnApplicantReportOverOfficerEnteredFigures() {
        String uscc = Enterprises.aRegisteredEnterprise("核实数据有限公司");
        put(Tokens.shared().officer(), uscc, YearlyFiguresFixtures.someFigures()).then().statusCode(201);

        put(Tokens.shared().applicant(uscc), uscc, APPLICANT_FIGURES).then().statusCode(409)
                .body("code", equalTo("FIGURES_VERIFIED"));
        given().auth().oauth2(Tokens.shared().applicant(uscc)).get("/api/v1/enterprises/" + uscc + "/figures/2024")
                .then().statusCode(200).body("source", equalTo("OFFICER")).body("salesRevenue", equalTo("48000000.00"))
                .body("version", equalTo(0));
    }

    @Test
    void shouldRefuseAnApplicantReportOverIntegrationFiguresButLetTheBureauCorrectAnApplicants() {
        String uscc = Enterprises.aRegisteredEnterprise("部门共享数据有限公司");
        put(Tokens.shared().applicant(uscc), uscc, APPLICANT_FIGURES).then().statusCode(201)
                .body("source", equalTo("APPLICANT"));
        put(Tokens.shared().applicant(uscc), uscc, APPLICANT_FIGURES).then().statusCode(200);
        put(Tokens.shared().integration("tax"), uscc, YearlyFiguresFixtures.someFigures()).then().statusCode(200)
                .body("source", equalTo("INTEGRATION"));

        put(Tokens.shared().applicant(uscc), uscc, APPLICANT_FIGURES).then().statusCode(409)
                .body("code", equalTo("FIGURES_VERIFIED"));
        put(Tokens.shared().officer(), uscc, YearlyFiguresFixtures.someFigures()).then().statusCode(200)
                .body("source", equalTo("OFFICER"));
    }

    private static Response put(String token, String uscc, String figures) {
        return given().auth().oauth2(token).contentType("application/json").body(figures)
                .put("/api/v1/enterprises/" + uscc + "/figures/2024");
    }
}
