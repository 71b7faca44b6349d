package org.keji.ip.subsidy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.keji.ip.subsidy.Subsidies.get;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keji.commons.identifier.PatentType;
import org.keji.commons.material.MaterialReplica;
import org.keji.ip.patent.Patents;
import org.keji.ip.subsidy.Subsidies.PolicyTerms;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The conditions of a policy, each refused with its own code and all failed ones named together; who may apply for and
 * see an application (an applicant its own, an officer its region's, integration with the scope); bad input.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class SubsidyEligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Inject
    MutableClock clock;

    @Inject
    MaterialReplica replica;

    @BeforeEach
    void pinClock() {
        clock.travelTo(TODAY);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldRefuseAGrantRewardForAPatentNotGranted() {
        String holder = Usccs.aUscc();
        refused(Subsidies.aPolicy(PolicyTerms.grantReward()), Subsidies.aFiledPatent(holder), holder,
                List.of("PATENT_STATUS_NOT_ELIGIBLE"));
    }

    @Test
    void shouldTakeAFilingSubsidyForAPatentOnlyFiled() {
        String holder = Usccs.aUscc();
        UUID policy = Subsidies.aPolicy(PolicyTerms.grantReward().filingSubsidy());
        Subsidies.anApplication(policy, Subsidies.aFiledPatent(holder), holder, Subsidies.aReceipt(replica, holder));
    }

    @Test
    void shouldRefuseAnApplicantThatIsNotAHolder() {
        String holder = Usccs.aUscc();
        String other = Usccs.aUscc();
        refused(Subsidies.aPolicy(PolicyTerms.grantReward()), Subsidies.aGrantedPatent(holder), other,
                List.of("APPLICANT_NOT_HOLDER"));
    }

    @Test
    void shouldRefuseAPatentOutsideThePolicysRegion() {
        String holder = Usccs.aUscc();
        refused(Subsidies.aPolicy(PolicyTerms.grantReward().in("350200")), Subsidies.aGrantedPatent(holder), holder,
                List.of("PATENT_REGION_NOT_COVERED"));
    }

    @Test
    void shouldRefuseAPatentTypeThePolicyDoesNotSubsidize() {
        String holder = Usccs.aUscc();
        UUID design = Patents.aRegisteredPatent(Patents.aNumber(2023, PatentType.DESIGN), holder);
        Subsidies.grant(design);
        refused(Subsidies.aPolicy(PolicyTerms.grantReward()), design, holder, List.of("PATENT_TYPE_NOT_SUBSIDIZED"));
    }

    @Test
    void shouldRefuseOutsideTheApplicationWindow() {
        String holder = Usccs.aUscc();
        refused(Subsidies.aPolicy(PolicyTerms.grantReward().window("2026-06-16", "2026-11-30")),
                Subsidies.aGrantedPatent(holder), holder, List.of("OUTSIDE_APPLICATION_WINDOW"));
        refused(Subsidies.aPolicy(PolicyTerms.grantReward().window("2026-03-01", "2026-06-14")),
                Subsidies.aGrantedPatent(holder), holder, List.of("OUTSIDE_APPLICATION_WINDOW"));
    }

    @Test
    void shouldRefuseUnderAClosedPolicy() {
        String holder = Usccs.aUscc();
        UUID policy = Subsidies.aPolicy(PolicyTerms.grantReward());
        Subsidies.closePolicy(policy);
        refused(policy, Subsidies.aGrantedPatent(holder), holder, List.of("POLICY_NOT_OPEN"));
    }

    @Test
    void shouldNameEveryFailedConditionAtOnce() {
        String holder = Usccs.aUscc();
        UUID policy = Subsidies.aPolicy(PolicyTerms.grantReward().in("350200").window("2026-01-01", "2026-02-28"));
        Subsidies.closePolicy(policy);
        refused(policy, Subsidies.aFiledPatent(holder), Usccs.aUscc(), List.of("POLICY_NOT_OPEN",
                "OUTSIDE_APPLICATION_WINDOW", "APPLICANT_NOT_HOLDER", "PATENT_STATUS_NOT_ELIGIBLE",
                "PATENT_REGION_NOT_COVERED"));
    }

    @Test
    void shouldRefuseTheCountCapAndTheBudgetNamingWhatIsLeft() {
        String holder = Usccs.aUscc();
        UUID receipt = Subsidies.aReceipt(replica, holder);
        UUID counted = Subsidies.aPolicy(PolicyTerms.grantReward().caps(null, 1, null));
        Subsidies.anApplication(counted, Subsidies.aGrantedPatent(holder), holder, receipt);
        Subsidies.apply(Tokens.shared().applicant(holder),
                Subsidies.body(counted, Subsidies.aGrantedPatent(holder), holder, receipt)).then().statusCode(422)
                .body("code", equalTo("SUBSIDY_CAP_COUNT_EXCEEDED")).body("detail", containsString("0"));

        UUID budgeted = Subsidies.aPolicy(PolicyTerms.grantReward().caps(null, null, "7500.00"));
        Subsidies.anApplication(budgeted, Subsidies.aGrantedPatent(holder), holder, receipt);
        String other = Usccs.aUscc();
        Subsidies.apply(Tokens.shared().applicant(other),
                Subsidies.body(budgeted, Subsidies.aGrantedPatent(other), other, Subsidies.aReceipt(replica, other)))
                .then().statusCode(422).body("code", equalTo("SUBSIDY_BUDGET_EXHAUSTED"))
                .body("detail", containsString("2500.00"));

        UUID capped = Subsidies.aPolicy(PolicyTerms.grantReward().caps("9999.99", null, null));
        Subsidies.anApplication(capped, Subsidies.aGrantedPatent(holder), holder, receipt);
        Subsidies.apply(Tokens.shared().applicant(holder),
                Subsidies.body(capped, Subsidies.aGrantedPatent(holder), holder, receipt)).then().statusCode(422)
                .body("code", equalTo("SUBSIDY_CAP_AMOUNT_EXCEEDED")).body("detail", containsString("4999.99"));
    }

    @Test
    void shouldLetEachCallerReachOnlyWhatItMay() {
        String holder = Usccs.aUscc();
        UUID policy = Subsidies.aPolicy(PolicyTerms.grantReward());
        UUID patent = Subsidies.aGrantedPatent(holder);
        UUID receipt = Subsidies.aReceipt(replica, holder);
        String body = Subsidies.body(policy, patent, holder, receipt);

        // an applicant applies only for itself; an officer of another region does not reach the patent
        Subsidies.apply(Tokens.shared().applicant(Usccs.aUscc()), body).then().statusCode(404)
                .body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        Subsidies.apply(Tokens.shared().officer("350200"), body).then().statusCode(404)
                .body("code", equalTo("PATENT_NOT_FOUND"));
        Subsidies.apply(Tokens.shared().expert("expert-a"), body).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        Subsidies.apply(Tokens.shared().integration("province-platform", List.of("ip:read")), body).then()
                .statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        String id = Subsidies.apply(Tokens.shared().officer(), body).then().statusCode(201)
                .body("submittedBy", equalTo("officer-350100")).extract().path("id");

        get(Tokens.shared().applicant(holder), id).then().statusCode(200);
        get(Tokens.shared().applicant(Usccs.aUscc()), id).then().statusCode(404)
                .body("code", equalTo("PATENT_SUBSIDY_NOT_FOUND"));
        get(Tokens.shared().officer("350200"), id).then().statusCode(404)
                .body("code", equalTo("PATENT_SUBSIDY_NOT_FOUND"));
        Subsidies.act(Tokens.shared().officer("350200"), id, "approve", "{\"approvedAmount\":\"1.00\"}").then()
                .statusCode(404).body("code", equalTo("PATENT_SUBSIDY_NOT_FOUND"));
        get(Tokens.shared().expert("expert-a"), id).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        get(Tokens.shared().integration("province-platform", List.of("ip:read")), id).then().statusCode(200);
        // the applicant decides nothing
        Subsidies.act(Tokens.shared().applicant(holder), id, "approve", "{\"approvedAmount\":\"1.00\"}").then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));

        // lists: the applicant its own, an officer its region's
        given().auth().oauth2(Tokens.shared().applicant(holder))
                .get(Subsidies.PATH + "?policyId=" + policy).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
        given().auth().oauth2(Tokens.shared().applicant(Usccs.aUscc()))
                .get(Subsidies.PATH + "?policyId=" + policy).then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.shared().officer("350200"))
                .get(Subsidies.PATH + "?policyId=" + policy).then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.shared().officer())
                .get(Subsidies.PATH + "?policyId=" + policy + "&year=2026&regionPrefix=3501&status=SUBMITTED&patentId="
                        + patent + "&applicantUscc=" + holder)
                .then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(Tokens.shared().officer()).accept("text/csv")
                .get(Subsidies.PATH + "?policyId=" + policy).then().statusCode(200)
                .body(containsString("办件编号"));
    }

    @Test
    void shouldAnswerBadInputWithTheField() {
        String holder = Usccs.aUscc();
        UUID policy = Subsidies.aPolicy(PolicyTerms.grantReward());
        String applicant = Tokens.shared().applicant(holder);
        Subsidies.apply(applicant, "{\"policyId\":\"" + policy + "\",\"applicantUscc\":\"" + holder
                + "\",\"materials\":[{\"name\":\"收据\",\"materialId\":\"" + UUID.randomUUID() + "\"}]}").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem("patentId"));
        Subsidies.apply(applicant, "{\"policyId\":\"" + policy + "\",\"applicationNumber\":\"202310123456.5\","
                + "\"applicantUscc\":\"91350100-NOT-A-CODE\",\"materials\":[]}").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem("applicantUscc")).body("violations.field", hasItem("materials"))
                .body("violations.field", hasItem("applicationNumber"));
        // by application number, with a receipt that is not the applicant's
        UUID patent = Subsidies.aGrantedPatent(holder);
        String number = given().auth().oauth2(applicant).get("/api/v1/patents/" + patent)
                .then().statusCode(200).extract().path("applicationNumber");
        Subsidies.apply(applicant, "{\"policyId\":\"" + policy + "\",\"applicationNumber\":\"CN" + number
                + "\",\"applicantUscc\":\"" + holder + "\",\"materials\":[{\"name\":\"收据\",\"materialId\":\""
                + Subsidies.aReceipt(replica, Usccs.aUscc()) + "\"}]}").then().statusCode(422)
                .body("code", equalTo("MATERIAL_NOT_FOUND"));
        Subsidies.apply(applicant, "{\"policyId\":\"" + UUID.randomUUID() + "\",\"patentId\":\"" + patent
                + "\",\"applicantUscc\":\"" + holder + "\",\"materials\":[{\"name\":\"收据\",\"materialId\":\""
                + UUID.randomUUID() + "\"}]}").then().statusCode(404).body("code", equalTo("SUBSIDY_POLICY_NOT_FOUND"));
        Subsidies.apply(applicant, "{\"policyId\":\"" + policy + "\",\"patentId\":\"" + patent
                + "\",\"applicantUscc\":\"" + holder + "\",\"materials\":[{\"name\":\"收据\",\"materialId\":\""
                + Subsidies.aReceipt(replica, holder) + "\"}]}").then().statusCode(201)
                .body("applicationNumber", equalTo(number));
    }

    private void refused(UUID policy, UUID patent, String applicant, List<String> conditions) {
        Subsidies.apply(Tokens.shared().admin(), Subsidies.body(policy, patent, applicant,
                Subsidies.aReceipt(replica, applicant))).then().statusCode(422)
                .body("code", equalTo("SUBSIDY_NOT_ELIGIBLE"))
                .body("violations.message", containsInAnyOrder(conditions.toArray()))
                .body("detail", containsString(conditions.get(0)));
    }
}
