package org.keji.project.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.keji.project.application.Projects.act;
import static org.keji.project.application.Projects.get;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keji.project.application.Projects.CallTerms;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What a submission and a formal review must meet: the call's window (early, at its close, inside), eligibility from
 * the replica (at submission and again at acceptance), the required materials and what the call lets be missing (容缺),
 * one running application per enterprise and call; and who may reach an application or move it.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ProjectSubmissionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Inject
    MutableClock clock;

    @Inject
    Projects projects;

    final String officer = Tokens.shared().officer();

    @BeforeEach
    void pinClock() {
        clock.travelTo(TODAY);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldSubmitOnlyInsideTheCallsWindow() {
        String uscc = Usccs.aUscc();
        projects.enterprise(uscc, "350102");
        String applicant = Tokens.shared().applicant(uscc);
        // [noon of 16 June, noon of 18 June)
        UUID call = projects.aCall(CallTerms.around(TODAY).window(Projects.noon(TODAY.plusDays(1)),
                Projects.noon(TODAY.plusDays(3))));
        String id = Projects.aDraft(uscc, call, List.of());

        act(applicant, id, "submit", null).then().statusCode(422).body("code", equalTo("CALL_WINDOW_CLOSED"));
        clock.travelTo(TODAY.plusDays(3)); // just after noon: the close itself is outside
        act(applicant, id, "submit", null).then().statusCode(422).body("code", equalTo("CALL_WINDOW_CLOSED"));
        get(applicant, id).then().body("status", equalTo("DRAFT"));
        clock.travelTo(TODAY.plusDays(1)); // just after the opening
        act(applicant, id, "submit", null).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void shouldRefuseAnIneligibleEnterpriseNamingEveryConditionAtSubmissionAndAgainAtAcceptance() {
        String young = Usccs.aUscc("350200");
        projects.enterprises(List.of(young), "350203", TODAY.minusMonths(6));
        UUID call = projects.aCall(CallTerms.around(TODAY));
        String draft = Projects.aDraft(young, call, List.of());
        act(Tokens.shared().applicant(young), draft, "submit", null).then().statusCode(422)
                .body("code", equalTo("PROJECT_NOT_ELIGIBLE")).body("violations", hasSize(2))
                .body("violations.field", equalTo(List.of("REGION_NOT_ELIGIBLE", "REGISTERED_TOO_RECENTLY")));

        // what the replica learns after the submission refuses the acceptance; the officer then refuses it
        String uscc = Usccs.aUscc();
        projects.enterprise(uscc, "350102");
        String id = Projects.aDraft(uscc, call, List.of());
        act(Tokens.shared().applicant(uscc), id, "submit", null).then().statusCode(200);
        projects.moveEnterprise(uscc, "350203");
        act(Tokens.shared().officer("000000"), id, "accept", "{}").then().statusCode(422)
                .body("code", equalTo("PROJECT_NOT_ELIGIBLE"))
                .body("violations.field", equalTo(List.of("REGION_NOT_ELIGIBLE")));
        act(Tokens.shared().officer("000000"), id, "refuse", "{\"reason\":\"已迁出本市\"}").then().statusCode(200)
                .body("status", equalTo("INELIGIBLE"));
    }

    @Test
    void shouldRequireTheCallsMaterialsAndAcceptOnlyWhatMayBeMissing() {
        String uscc = Usccs.aUscc();
        projects.enterprise(uscc, "350102");
        String applicant = Tokens.shared().applicant(uscc);
        UUID call = projects.aCall(CallTerms.around(TODAY).materials("[{\"kind\":\"AUDIT_REPORT\","
                + "\"mayBeMissingAtAcceptance\":false},{\"kind\":\"TAX_CERTIFICATE\",\"mayBeMissingAtAcceptance\":true}]"));

        String none = Projects.aDraft(uscc, call, List.of());
        act(applicant, none, "submit", null).then().statusCode(422).body("code", equalTo("PROJECT_MATERIALS_MISSING"))
                .body("detail", org.hamcrest.Matchers.containsString("AUDIT_REPORT"));
        act(applicant, none, "withdraw", null).then().statusCode(200);

        String id = Projects.aDraft(uscc, call, List.of(projects.aMaterial(uscc, "AUDIT_REPORT")));
        act(applicant, id, "submit", null).then().statusCode(200);
        act(officer, id, "accept", "{}").then().statusCode(422).body("code", equalTo("PROJECT_MATERIALS_MISSING"));
        act(officer, id, "accept", "{\"acceptedMissing\":[\"TAX_CERTIFICATE\",\"AUDIT_REPORT\"]}").then()
                .statusCode(422).body("code", equalTo("PROJECT_MISSING_NOT_ALLOWED"));
        act(officer, id, "accept", "{\"acceptedMissing\":[\"TAX_CERTIFICATE\"]}").then().statusCode(200)
                .body("status", equalTo("EXPERT_REVIEW")).body("missingMaterials", equalTo(List.of("TAX_CERTIFICATE")));

        // another enterprise's material is refused like an unknown one
        String other = Usccs.aUscc();
        UUID foreign = projects.aMaterial(other, "AUDIT_REPORT");
        Projects.create(Tokens.shared().applicant(uscc), Projects.body(projects.aCall(CallTerms.around(TODAY)), null,
                Projects.plan("800000.00", List.of(foreign)))).then().statusCode(422)
                .body("code", equalTo("MATERIAL_NOT_FOUND"));
    }

    @Test
    void shouldKeepOneRunningApplicationPerEnterpriseAndCallAndCheckTheDraft() {
        String uscc = Usccs.aUscc();
        projects.enterprise(uscc, "350102");
        String applicant = Tokens.shared().applicant(uscc);
        UUID call = projects.aCall(CallTerms.around(TODAY));
        String first = Projects.aDraft(uscc, call, List.of());
        Projects.create(applicant, Projects.body(call, null, Projects.plan("800000.00", List.of()))).then()
                .statusCode(409).body("code", equalTo("PROJECT_APPLICATION_EXISTS"));
        act(applicant, first, "withdraw", null).then().statusCode(200);
        // a retry with the same Idempotency-Key answers the same draft, made once
        String key = UUID.randomUUID().toString();
        String body = Projects.body(call, null, Projects.plan("800000.00", List.of()));
        String again = given().auth().oauth2(applicant).contentType("application/json").header("Idempotency-Key", key)
                .body(body).post(Projects.PATH).then().statusCode(201).extract().path("id");
        given().auth().oauth2(applicant).contentType("application/json").header("Idempotency-Key", key).body(body)
                .post(Projects.PATH).then().statusCode(201).body("id", equalTo(again));
        given().auth().oauth2(applicant).queryParam("callId", call.toString()).get(Projects.PATH).then()
                .body("total", equalTo(2)).body("items.status", equalTo(List.of("DRAFT", "WITHDRAWN")));

        Projects.create(applicant, Projects.body(projects.aCall(CallTerms.around(TODAY)), null,
                Projects.plan("1000000.01", List.of()))).then().statusCode(422)
                .body("code", equalTo("PROJECT_REQUESTED_ABOVE_MAX_GRANT"));
        Projects.create(applicant, Projects.body(UUID.randomUUID(), null, Projects.plan("800000.00", List.of())))
                .then().statusCode(404).body("code", equalTo("PROJECT_APPLICATION_CALL_NOT_FOUND"));
        String unknown = Usccs.aUscc();
        Projects.create(Tokens.shared().applicant(unknown), Projects.body(call, null,
                Projects.plan("800000.00", List.of()))).then().statusCode(422)
                .body("code", equalTo("PROJECT_APPLICANT_NOT_REPLICATED"));
        // on behalf: an officer or integration client names the enterprise
        String behalf = Usccs.aUscc();
        projects.enterprise(behalf, "350102");
        Projects.create(officer, Projects.body(call, null, Projects.plan("800000.00", List.of()))).then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        Projects.create(Tokens.shared().officer("330100"), Projects.body(call, behalf,
                Projects.plan("800000.00", List.of()))).then().statusCode(404)
                .body("code", equalTo("ENTERPRISE_REPLICA_NOT_FOUND"));
        Projects.create(Tokens.shared().integration("zwfw"), Projects.body(call, behalf,
                Projects.plan("800000.00", List.of()))).then().statusCode(201).body("uscc", equalTo(behalf))
                .body("createdBy", equalTo("zwfw"));
        Projects.create(applicant, Projects.body(call, behalf, Projects.plan("800000.00", List.of()))).then()
                .statusCode(404).body("code", equalTo("ENTERPRISE_REPLICA_NOT_FOUND"));
    }

    @Test
    void shouldRefuseADateBeyondAFourDigitYearAsBadInputNotAsAServerError() {
        String uscc = Usccs.aUscc();
        projects.enterprise(uscc, "350102");
        String applicant = Tokens.shared().applicant(uscc);
        UUID call = projects.aCall(CallTerms.around(TODAY));
        String plan = Projects.plan("800000.00", List.of());
        // ISO-8601 reads these, PostgreSQL's date cannot hold them: the insert answered 500
        Projects.create(applicant, Projects.body(call, null, plan.replace("2028-12-31", "+999999999-12-31"))).then()
                .statusCode(400).body("code", equalTo("MALFORMED_REQUEST"))
                .body("violations[0].field", equalTo("plan.plannedEnd"));
        Projects.create(applicant, Projects.body(call, null, plan.replace("2027-01-01", "-999999999-01-01"))).then()
                .statusCode(400).body("code", equalTo("MALFORMED_REQUEST"))
                .body("violations[0].field", equalTo("plan.plannedStart"));
        Projects.create(applicant, Projects.body(call, null, plan.replace("2028-12-31", "9999-12-31"))).then()
                .statusCode(201).body("plannedEnd", equalTo("9999-12-31"));
    }

    @Test
    void shouldLetEachRoleReachOnlyWhatItMay() {
        String uscc = Usccs.aUscc();
        projects.enterprise(uscc, "350102");
        String applicant = Tokens.shared().applicant(uscc);
        UUID call = projects.aCall(CallTerms.around(TODAY));
        String id = Projects.aDraft(uscc, call, List.of());
        String tracking = get(applicant, id).then().statusCode(200).extract().path("trackingNumber");

        String stranger = Tokens.shared().applicant(Usccs.aUscc());
        String elsewhere = Tokens.shared().officer("330100");
        get(stranger, id).then().statusCode(404).body("code", equalTo("PROJECT_APPLICATION_NOT_FOUND"));
        act(stranger, id, "submit", null).then().statusCode(404).body("code", equalTo("PROJECT_APPLICATION_NOT_FOUND"));
        get(elsewhere, id).then().statusCode(404).body("code", equalTo("PROJECT_APPLICATION_NOT_FOUND"));
        get(Tokens.shared().expert("expert-1"), id).then().statusCode(403);
        get(Tokens.shared().bank("bank-1"), id).then().statusCode(403);
        get(Tokens.shared().integration("zwfw", List.of("enterprise:read")), id).then().statusCode(403);
        get(Tokens.shared().integration("zwfw", List.of("project:read")), id).then().statusCode(200);
        act(Tokens.shared().integration("zwfw", List.of("project:read")), id, "submit", null).then()
                .statusCode(403);
        // an officer may not submit for the applicant, an applicant may not review
        act(officer, id, "submit", null).then().statusCode(403);
        act(applicant, id, "submit", null).then().statusCode(200);
        act(applicant, id, "accept", "{}").then().statusCode(403);
        act(elsewhere, id, "accept", "{}").then().statusCode(404).body("code", equalTo("PROJECT_APPLICATION_NOT_FOUND"));
        act(Tokens.shared().expert("expert-1"), id, "accept", "{}").then().statusCode(403);
        act(Tokens.shared().bank("bank-1"), id, "withdraw", null).then().statusCode(403);

        // lists: the applicant its own, an officer its region, by tracking number
        given().auth().oauth2(applicant).queryParam("trackingNumber", tracking).get(Projects.PATH).then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(stranger).queryParam("trackingNumber", tracking).get(Projects.PATH).then()
                .statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(elsewhere).queryParam("callId", call.toString()).get(Projects.PATH).then()
                .statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(officer).queryParam("callId", call.toString()).queryParam("year", 2026)
                .queryParam("status", "SUBMITTED").get(Projects.PATH).then().statusCode(200)
                .body("total", equalTo(1));
        given().auth().oauth2(officer).queryParam("callId", call.toString()).queryParam("year", 2025)
                .get(Projects.PATH).then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(officer).queryParam("callId", call.toString()).accept("text/csv").get(Projects.PATH)
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString(tracking));
        given().auth().oauth2(officer).queryParam("callId", call.toString())
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").get(Projects.PATH).then()
                .statusCode(200);
        given().auth().oauth2(Tokens.shared().expert("expert-1")).get(Projects.PATH).then().statusCode(403);
        given().auth().oauth2(Tokens.shared().bank("bank-1")).get(Projects.PATH).then().statusCode(403);
        Projects.create(Tokens.shared().integration("zwfw", List.of("project:read")),
                Projects.body(call, Usccs.aUscc(), Projects.plan("800000.00", List.of()))).then().statusCode(403);
        Projects.create(Tokens.shared().expert("expert-1"), Projects.body(call, uscc,
                Projects.plan("800000.00", List.of()))).then().statusCode(403);
    }
}
