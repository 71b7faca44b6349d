package org.keji.enterprise.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keji.enterprise.application.Applications;
import org.keji.enterprise.certification.Certifications;
import org.keji.enterprise.figures.YearlyFiguresFixtures;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * DESIGN.md "Who may see what": an expert reaches an enterprise's data only while assigned to an open case of it and
 * writes nothing outside its review; a bank reaches only enterprises that applied to it (none in this service).
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ExpertAndBankReachTest {

    /** Every enterprise-scoped read an expert's role admits, with the code of its 404. */
    static List<String[]> expertReads(String uscc, String certificationId) {
        String enterprise = "/api/v1/enterprises/" + uscc;
        return List.of(new String[] { enterprise, "ENTERPRISE_NOT_FOUND" },
                new String[] { enterprise + "/figures", "ENTERPRISE_NOT_FOUND" },
                new String[] { enterprise + "/figures/2025", "ENTERPRISE_NOT_FOUND" },
                new String[] { enterprise + "/violations", "ENTERPRISE_NOT_FOUND" },
                new String[] { enterprise + "/ip-holdings", "ENTERPRISE_NOT_FOUND" },
                new String[] { enterprise + "/ip-holdings/summary", "ENTERPRISE_NOT_FOUND" },
                new String[] { enterprise + "/eligibility-checks", "ENTERPRISE_NOT_FOUND" },
                new String[] { enterprise + "/certifications", "ENTERPRISE_NOT_FOUND" },
                new String[] { "/api/v1/certifications/" + certificationId, "CERTIFICATION_NOT_FOUND" });
    }

    @Test
    void shouldHideEveryEnterpriseScopedRecordFromAnUnassignedExpert() {
        String uscc = YearlyFiguresFixtures.anEnterpriseWithThreeYearsOfFigures("专家不可见有限公司");
        String certificationId = Certifications.record(uscc, "TECH_SME", LocalDate.now().minusMonths(1), null);
        String expert = Tokens.shared().expert("expert-unassigned");

        for (String[] read : expertReads(uscc, certificationId)) {
            given().auth().oauth2(expert).get(read[0]).then().statusCode(404).body("code", equalTo(read[1]));
            given().auth().oauth2(Tokens.shared().officer()).get(read[0]).then().statusCode(200);
        }
    }

    @Test
    void shouldRefuseAnExpertAnEligibilityCheckAsOutsideItsRole() {
        String uscc = YearlyFiguresFixtures.anEnterpriseWithThreeYearsOfFigures("专家不得检查有限公司");
        given().auth().oauth2(Tokens.shared().expert("expert-unassigned")).contentType("application/json")
                .body("{\"certificationType\":\"HNTE\",\"year\":2026}")
                .post("/api/v1/enterprises/" + uscc + "/eligibility-checks").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldLetAnAssignedExpertReadTheEnterpriseOnlyWhileTheCaseIsOpen() {
        String uscc = YearlyFiguresFixtures.anEnterpriseWithThreeYearsOfFigures("专家评审期间可见有限公司");
        String certificationId = Certifications.record(uscc, "TECH_SME", LocalDate.now().minusMonths(1), null);
        String officer = Tokens.shared().officer();
        String id = Applications.aSubmittedApplication(Tokens.shared().applicant(uscc), uscc, "HNTE", 2026);
        Applications.act(officer, id, "accept", null).then().statusCode(200);
        Applications.act(officer, id, "assign-experts", "{\"expertIds\":[\"expert-reach\"]}").then().statusCode(200);
        String expert = Tokens.shared().expert("expert-reach");

        for (String[] read : expertReads(uscc, certificationId)) {
            given().auth().oauth2(expert).get(read[0]).then().statusCode(200);
        }
        String other = YearlyFiguresFixtures.anEnterpriseWithThreeYearsOfFigures("未分配企业有限公司");
        given().auth().oauth2(expert).get("/api/v1/enterprises/" + other + "/figures").then().statusCode(404)
                .body("code", equalTo("ENTERPRISE_NOT_FOUND"));

        Applications.act(officer, id, "refuse", "{\"reason\":\"研发费用占比不符合要求\"}").then().statusCode(200);
        for (String[] read : expertReads(uscc, certificationId)) {
            given().auth().oauth2(expert).get(read[0]).then().statusCode(404).body("code", equalTo(read[1]));
        }
        // the case itself stays readable to the expert who was assigned to it
        Applications.get(expert, id).then().statusCode(200);
    }

    @Test
    void shouldHideEveryEnterpriseFromABankThatNoneAppliedTo() {
        String uscc = Enterprises.aRegisteredEnterprise("银行不可见有限公司");
        String certificationId = Certifications.record(uscc, "TECH_SME", LocalDate.now().minusMonths(1), null);
        String bank = Tokens.shared().bank("icbc-fz");

        given().auth().oauth2(bank).get("/api/v1/enterprises/" + uscc).then().statusCode(404)
                .body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        given().auth().oauth2(bank).get("/api/v1/enterprises/" + uscc + "/certifications").then().statusCode(404)
                .body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        given().auth().oauth2(bank).get("/api/v1/certifications/" + certificationId).then().statusCode(404)
                .body("code", equalTo("CERTIFICATION_NOT_FOUND"));
        given().auth().oauth2(bank).get("/api/v1/incubators").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }
}
