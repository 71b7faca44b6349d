package org.keji.enterprise.eligibility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.enterprise.compliance.Violations;
import org.keji.enterprise.figures.YearlyFiguresFixtures;
import org.keji.enterprise.ipholding.IpEvents;
import org.keji.enterprise.ipholding.IpHoldingProbe;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Eligibility checks over HTTP, on data the service holds: registry, figures, IP holdings, certificates. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class EligibilityResourceTest {

    @Inject
    IpHoldingProbe ipEvents;

    @Test
    void shouldCheckHnteOnTheFiguresTheBureauHoldsAndKeepTheCheck() {
        String uscc = YearlyFiguresFixtures.anEnterpriseWithThreeYearsOfFigures("星火高企候选有限公司");

        Response created = check(Tokens.shared().applicant(uscc), uscc, "HNTE", 2026);
        created.then().statusCode(201).header("Location", startsWith("/api/v1/enterprises/" + uscc
                + "/eligibility-checks/"))
                .body("verdict", equalTo("NEEDS_REVIEW"))
                .body("ruleSet.version", equalTo(1)).body("ruleSet.region", equalTo("000000"))
                .body("conditions", hasSize(9))
                .body("conditions.find { it.code == 'RD_STAFF_RATIO' }.outcome", equalTo("PASS"))
                .body("conditions.find { it.code == 'RD_STAFF_RATIO' }.actual", equalTo("0.1500"))
                .body("conditions.find { it.code == 'RD_STAFF_RATIO' }.threshold", equalTo("0.10"))
                .body("conditions.find { it.code == 'RD_STAFF_RATIO' }.clause", startsWith("第十一条（四）"))
                .body("conditions.find { it.code == 'CORE_IP' }.outcome", equalTo("MANUAL"))
                .body("facts.figures", hasSize(3));

        String location = created.header("Location");
        given().auth().oauth2(Tokens.shared().officer()).get(location).then().statusCode(200)
                .body("verdict", equalTo("NEEDS_REVIEW")).body("checkedBy", notNullValue());
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/enterprises/" + uscc + "/eligibility-checks")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].certificationType", equalTo("HNTE"));
    }

    @Test
    void shouldSayWhichFiguresAreMissing() {
        String uscc = Enterprises.aRegisteredEnterprise("缺数据公司");
        YearlyFiguresFixtures.report(uscc, 2025, YearlyFiguresFixtures.someFigures());

        check(Tokens.shared().officer(), uscc, "HNTE", 2026).then().statusCode(201)
                .body("verdict", equalTo("INCOMPLETE"))
                .body("conditions.find { it.code == 'RD_EXPENSE_RATIO' }.outcome", equalTo("MISSING_DATA"))
                .body("conditions.find { it.code == 'RD_EXPENSE_RATIO' }.note", startsWith("no figures for [2023, 2024]"));
    }

    @Test
    void shouldCountPatentsFromIpEventsAndCertificatesForTheLocalType() {
        String uscc = YearlyFiguresFixtures.anEnterpriseWithThreeYearsOfFigures("小巨人候选有限公司");
        ipEvents.awaitApplied(send(IpEvents.anInventionGranted(uscc, LocalDate.of(2024, 1, 10))));
        ipEvents.awaitApplied(send(IpEvents.anInventionGranted(uscc, LocalDate.of(2025, 2, 20))));
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("""
                        {"uscc":"%s","certificationType":"HNTE","certificateNumber":"GR2025%s",\
                        "validFrom":"2025-01-01"}""".formatted(uscc, uscc.substring(8, 16)))
                .post("/api/v1/certifications").then().statusCode(201);

        check(Tokens.shared().officer(), uscc, "TECH_GIANT", 2026).then().statusCode(201)
                .body("ruleSet.region", equalTo("350100"))
                .body("conditions.find { it.code == 'HOLDS_HNTE' }.outcome", equalTo("PASS"))
                .body("conditions.find { it.code == 'INVENTION_PATENTS' }.actual", equalTo("2"))
                .body("conditions.find { it.code == 'INVENTION_PATENTS' }.outcome", equalTo("PASS"))
                .body("facts.classIIp", equalTo(2)).body("facts.validCertifications[0]", equalTo("HNTE"));
        // TECH_SME's score is satisfied directly by the valid HNTE certificate
        check(Tokens.shared().officer(), uscc, "TECH_SME", 2026).then().statusCode(201)
                .body("conditions.find { it.code == 'EVALUATION_SCORE' }.satisfiedBy", equalTo("DIRECT_PASS_HNTE"));
    }

    @Test
    void shouldRefuseChecksTheRulesCannotServe() {
        String uscc = Enterprises.aRegisteredEnterprise("无规则公司");
        check(Tokens.shared().officer(), uscc, "NO_SUCH_TYPE", 2026).then().statusCode(422)
                .body("code", equalTo("CERTIFICATION_TYPE_UNKNOWN"));
        // TECH_GIANT has rules for Fuzhou from 2026 only
        check(Tokens.shared().officer(), uscc, "TECH_GIANT", 2025).then().statusCode(422)
                .body("code", equalTo("NO_RULE_SET_IN_FORCE"));
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"certificationType\":\"HNTE\",\"year\":2026,\"ruleSetId\":\""
                        + SeededRules.TECH_SME + "\"}")
                .post("/api/v1/enterprises/" + uscc + "/eligibility-checks").then().statusCode(422)
                .body("code", equalTo("RULE_SET_NOT_APPLICABLE"));
        check(Tokens.shared().officer(), uscc, "HNTE", 1999).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("year"));
    }

    @Test
    void shouldKeepOtherEnterprisesChecksFromAnApplicant() {
        String uscc = YearlyFiguresFixtures.anEnterpriseWithThreeYearsOfFigures("他人检查公司");
        String location = check(Tokens.shared().officer(), uscc, "HNTE", 2026).header("Location");
        String other = Enterprises.aUscc();

        check(Tokens.shared().applicant(other), uscc, "HNTE", 2026).then().statusCode(404)
                .body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().applicant(other)).get(location).then().statusCode(404)
                .body("code", equalTo("ELIGIBILITY_CHECK_NOT_FOUND"));
        check(Tokens.shared().bank("icbc-fz"), uscc, "HNTE", 2026).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        check(Tokens.shared().officer(), Enterprises.aUscc(), "HNTE", 2026).then().statusCode(404)
                .body("code", equalTo("ENTERPRISE_NOT_FOUND"));
    }

    private String send(String event) {
        ipEvents.send(event);
        return event;
    }

    @Test
    void shouldFailTechSmeForSeriousResearchDishonestyInThePreviousOrCurrentYear() {
        // 科技型中小企业评价办法 第六条（四）: no 科研严重失信 in the year before the evaluation year or in it
        for (String[] row : new String[][] { { "MAJOR", "2025-01-01", "FAIL" }, { "MAJOR", "2026-01-10", "FAIL" },
                { "MAJOR", "2024-12-31", "PASS" }, { "GENERAL", "2025-06-01", "PASS" } }) {
            String uscc = Enterprises.aRegisteredEnterprise("科研诚信" + row[1] + "有限公司");
            Violations.record(uscc, "RESEARCH_DISHONESTY", row[0], LocalDate.parse(row[1]));
            Response checked = check(Tokens.shared().officer(), uscc, "TECH_SME", 2026);
            checked.then().statusCode(201)
                    .body("conditions.find { it.code == 'NO_RESEARCH_DISHONESTY' }.outcome", equalTo(row[2]))
                    .body("conditions.find { it.code == 'NO_RESEARCH_DISHONESTY' }.clause", startsWith("第六条（四）"));
            if (row[2].equals("FAIL")) {
                checked.then().body("verdict", equalTo("NOT_ELIGIBLE"))
                        .body("conditions.find { it.code == 'NO_RESEARCH_DISHONESTY' }.actual", equalTo("1"));
            }
        }
    }

    static Response check(String token, String uscc, String type, int year) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"certificationType\":\"" + type + "\",\"year\":" + year + "}")
                .post("/api/v1/enterprises/" + uscc + "/eligibility-checks");
    }
}
