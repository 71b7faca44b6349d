package org.keji.ip.dispute;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.keji.ip.dispute.Disputes.act;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Who may request, read and move a dispute case, bad input, and the parties' personal data masked except to the
 * officer or admin handling the case.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class DisputeAccessTest {

    private static final Tokens TOKENS = Tokens.shared();

    @Test
    void shouldRefuseEvidenceThatIsAnotherEnterprisesMaterial() {
        String uscc = Usccs.aUscc();
        UUID foreign = Disputes.aMaterialOf(Usccs.aUscc(), "他人的公证书");
        Disputes.request(TOKENS.applicant(uscc), Disputes.enterpriseRequest("MEDIATION", "INFRINGEMENT", uscc,
                List.of(Disputes.aPatentNumber()), List.of(foreign))).then().statusCode(422)
                .body("code", equalTo("MATERIAL_NOT_FOUND"));
    }

    @Test
    void shouldRefuseAnAgreementThatIsAnotherEnterprisesMaterialAndASessionBeforeTheAcceptance() {
        String officer = TOKENS.officer();
        String id = Disputes.aRequestedCase("INFRINGEMENT", Usccs.aUscc(), List.of(Disputes.aPatentNumber()));
        act(officer, id, "accept", null).then().statusCode(200);
        act(officer, id, "mediation-sessions", Disputes.session(java.time.LocalDate.now().minusYears(1).toString()))
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem("heldOn"));
        Disputes.get(officer, id).then().body("status", equalTo("ACCEPTED")).body("sessions.size()", equalTo(0));
        act(officer, id, "mediation-sessions", Disputes.bodyOf("mediation-sessions")).then().statusCode(200);
        UUID foreign = Disputes.aMaterialOf(Usccs.aUscc(), "他人的协议");
        act(officer, id, "agreement", "{\"materialId\":\"" + foreign + "\",\"terms\":\"赔偿十万元\"}").then()
                .statusCode(422).body("code", equalTo("MATERIAL_NOT_FOUND"));
        Disputes.get(officer, id).then().body("status", equalTo("MEDIATING"));
    }

    @Test
    void shouldRefuseAnApplicantRequestingForAnotherEnterpriseOrAPerson() {
        String uscc = Usccs.aUscc();
        Disputes.request(TOKENS.applicant(uscc), Disputes.enterpriseRequest("MEDIATION", "INFRINGEMENT",
                Usccs.aUscc(), List.of(Disputes.aPatentNumber()), List.of())).then().statusCode(404)
                .body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        Disputes.request(TOKENS.applicant(uscc), Disputes.personRequest("OTHER", Disputes.aResidentIdNumber(),
                "350100", List.of(Disputes.aPatentNumber()))).then().statusCode(403)
                .body("code", equalTo("DISPUTE_REQUESTER_NOT_OWN"));
    }

    @Test
    void shouldHideACaseFromAnotherEnterpriseAndAnotherRegionsOfficer() {
        String uscc = Usccs.aUscc();
        String id = Disputes.aRequestedCase("INFRINGEMENT", uscc, List.of(Disputes.aPatentNumber()));
        Disputes.get(TOKENS.applicant(Usccs.aUscc()), id).then().statusCode(404)
                .body("code", equalTo("DISPUTE_NOT_FOUND"));
        act(TOKENS.applicant(Usccs.aUscc()), id, "withdraw", null).then().statusCode(404)
                .body("code", equalTo("DISPUTE_NOT_FOUND"));
        String xiamen = TOKENS.officer("350200");
        Disputes.get(xiamen, id).then().statusCode(404).body("code", equalTo("DISPUTE_NOT_FOUND"));
        act(xiamen, id, "accept", null).then().statusCode(404).body("code", equalTo("DISPUTE_NOT_FOUND"));
        given().auth().oauth2(xiamen).queryParam("requesterUscc", uscc).get(Disputes.PATH).then().statusCode(200)
                .body("total", equalTo(0));
        // the province reaches the city's cases
        Disputes.get(TOKENS.officer("350000"), id).then().statusCode(200);
        given().auth().oauth2(TOKENS.applicant(uscc)).get(Disputes.PATH).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void shouldRefuseAnOfficerFilingOutsideItsRegion() {
        Disputes.request(TOKENS.officer("350200"), Disputes.personRequest("OWNERSHIP", Disputes.aResidentIdNumber(),
                "350100", List.of(Disputes.aPatentNumber()))).then().statusCode(403)
                .body("code", equalTo("REGION_OUT_OF_REACH"));
    }

    @Test
    void shouldRefuseRolesAndScopesThatMayNotAct() {
        String uscc = Usccs.aUscc();
        String id = Disputes.aRequestedCase("INFRINGEMENT", uscc, List.of(Disputes.aPatentNumber()));
        Disputes.get(TOKENS.expert("expert-a"), id).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        // the requester may withdraw, not decide
        act(TOKENS.applicant(uscc), id, "accept", null).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        Disputes.get(TOKENS.integration("province", List.of()), id).then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        Disputes.request(TOKENS.integration("province", List.of("ip:read")), Disputes.enterpriseRequest("MEDIATION",
                "OTHER", uscc, List.of(Disputes.aPatentNumber()), List.of())).then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        Disputes.get(TOKENS.integration("province", List.of("ip:read")), id).then().statusCode(200);
    }

    @Test
    void shouldRefuseABadApplicationNumberNamingTheField() {
        String uscc = Usccs.aUscc();
        String good = Disputes.aPatentNumber();
        String wrongCheck = good.substring(0, 13) + (good.charAt(13) == '1' ? '2' : '1');
        Disputes.request(TOKENS.applicant(uscc), Disputes.enterpriseRequest("MEDIATION", "INFRINGEMENT", uscc,
                List.of(good, wrongCheck), List.of())).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                // the platform names a list element "patents.<list element>[1]"
                .body("violations.field", hasItem(allOf(startsWith("patents"), endsWith("[1]"))));
        Disputes.request(TOKENS.officer(), Disputes.personRequest("OTHER", "350102199003071230".substring(0, 17) + "0",
                "350100", List.of(good))).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem("requester.idNumber"));
        Disputes.request(TOKENS.officer(), Disputes.personRequest("OTHER", Disputes.aResidentIdNumber(), "",
                List.of(good)).replace(",\"region\":\"\"", "")).then().statusCode(400)
                .body("violations.field", hasItem("region"));
    }

    @Test
    void shouldMaskPersonalDataExceptToTheBureauReadingTheCase() {
        String idNumber = Disputes.aResidentIdNumber();
        String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
        String officer = TOKENS.officer();
        String id = Disputes.request(officer, Disputes.personRequest("OTHER", idNumber, "350102",
                List.of(Disputes.aPatentNumber()))).then().statusCode(201)
                .body("requesterName", equalTo("张发明")).body("region", equalTo("350102"))
                .body("requesterIdNumber", equalTo(idNumber))
                .body("respondents[0].contact", equalTo("13905918888")).extract().path("id");
        Disputes.get(TOKENS.integration("province"), id).then().statusCode(200)
                .body("requesterIdNumber", equalTo(masked))
                .body("respondents[0].contact", equalTo("139****8888"));
        given().auth().oauth2(officer).queryParam("requesterUscc", (Object) null).queryParam("region", "350102")
                .queryParam("kind", "OTHER").get(Disputes.PATH).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.requesterIdNumber", equalTo(masked));
        // a person has no wallet: any evidence is unknown
        String body = Disputes.personRequest("OTHER", idNumber, "350102", List.of(Disputes.aPatentNumber()))
                .replace("\"region\"", "\"evidence\":[\"" + Disputes.aMaterialOf(Usccs.aUscc(), "证据") + "\"],\"region\"");
        Disputes.request(officer, body).then().statusCode(422).body("code", equalTo("MATERIAL_NOT_FOUND"));
    }

    @Test
    void shouldFilterTheListAndExportIt() {
        String uscc = Usccs.aUscc();
        String patent = Disputes.aPatentNumber();
        String id = Disputes.aRequestedCase("OWNERSHIP", uscc, List.of(patent));
        Disputes.aRequestedCase("INFRINGEMENT", uscc, List.of(Disputes.aPatentNumber()));
        String officer = TOKENS.officer();
        given().auth().oauth2(officer).queryParam("applicationNumber", "CN" + patent).get(Disputes.PATH).then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id))
                .body("items[0].patents", equalTo(List.of(patent)));
        given().auth().oauth2(officer).queryParam("requesterUscc", uscc).queryParam("kind", "OWNERSHIP")
                .queryParam("status", "REQUESTED").queryParam("category", "MEDIATION")
                .queryParam("year", java.time.LocalDate.now().getYear()).queryParam("region", "35")
                .get(Disputes.PATH).then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(officer).queryParam("requesterUscc", uscc).queryParam("region", "44")
                .get(Disputes.PATH).then().statusCode(200).body("total", equalTo(0));
        String csv = given().auth().oauth2(officer).accept("text/csv").queryParam("requesterUscc", uscc)
                .get(Disputes.PATH).then().statusCode(200).extract().asString();
        String trackingNumber = Disputes.get(officer, id).then().extract().path("trackingNumber");
        // Chinese headers, one row per case
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("办件编号") && csv.contains("纠纷类型")
                && csv.contains(trackingNumber) && csv.lines().count() == 3, csv);
    }
}
