package org.keji.ip.techcontract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.keji.ip.techcontract.TechnologyContracts.act;
import static org.keji.ip.techcontract.TechnologyContracts.get;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.commons.material.MaterialReplica;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Who may file, see and decide a registration: the seller its own, an officer its region's, an integration client with
 * its scopes; a record out of reach is not found, an operation outside the role forbidden.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class TechnologyContractAccessTest {

    private static final String XIAMEN = "350200";

    @Inject
    MaterialReplica replica;

    @Test
    void shouldRefuseAnotherEnterprisesMaterial() {
        String seller = Usccs.aUscc();
        UUID foreign = TechnologyContracts.aMaterial(replica, Usccs.aUscc());
        TechnologyContracts.submit(Tokens.shared().applicant(seller),
                TechnologyContracts.body(seller, "TRANSFER", "300000.00", foreign)).then().statusCode(422)
                .body("code", equalTo("MATERIAL_NOT_FOUND"));

        String id = TechnologyContracts.aSubmittedContract(Tokens.shared().applicant(seller), seller, "TRANSFER",
                "300000.00", TechnologyContracts.aMaterial(replica, seller));
        act(Tokens.shared().officer(), id, "request-correction", "{\"missingMaterials\":[\"专利证书\"]}").then()
                .statusCode(200);
        act(Tokens.shared().applicant(seller), id, "resubmit",
                "{\"materials\":[{\"name\":\"专利证书\",\"materialId\":\"" + foreign + "\"}]}").then().statusCode(422)
                .body("code", equalTo("MATERIAL_NOT_FOUND"));
        get(Tokens.shared().applicant(seller), id).then().body("status", equalTo("CORRECTION_REQUESTED"));
    }

    @Test
    void shouldKeepEachContractWithinItsSellerAndRegion() {
        String seller = Usccs.aUscc();
        String id = TechnologyContracts.aSubmittedContract(Tokens.shared().applicant(seller), seller, "LICENCE",
                "600000.00", TechnologyContracts.aMaterial(replica, seller));

        get(Tokens.shared().applicant(Usccs.aUscc()), id).then().statusCode(404)
                .body("code", equalTo("TECHNOLOGY_CONTRACT_NOT_FOUND"));
        get(Tokens.shared().officer(XIAMEN), id).then().statusCode(404)
                .body("code", equalTo("TECHNOLOGY_CONTRACT_NOT_FOUND"));
        act(Tokens.shared().officer(XIAMEN), id, "register", "{\"registeredAmount\":\"1.00\"}").then().statusCode(404)
                .body("code", equalTo("TECHNOLOGY_CONTRACT_NOT_FOUND"));
        get(Tokens.shared().officer("350000"), id).then().statusCode(200);
        get(Tokens.shared().admin(), id).then().statusCode(200);
        get(Tokens.shared().integration("province-platform", List.of("ip:read")), id).then().statusCode(200);

        // the seller decides nothing; an expert has no part in registrations
        act(Tokens.shared().applicant(seller), id, "register", "{\"registeredAmount\":\"1.00\"}").then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        get(Tokens.shared().expert("expert-a"), id).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        // an integration client without the scope
        TechnologyContracts.submit(Tokens.shared().integration("province-platform", List.of("ip:read")),
                TechnologyContracts.body(seller, "LICENCE", "600000.00", UUID.randomUUID())).then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        get(Tokens.shared().integration("province-platform", List.of("enterprise:read")), id).then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
    }

    @Test
    void shouldLetTheSellerFileOnlyForItselfAndOfficersOnlyInTheirRegion() {
        String seller = Usccs.aUscc();
        UUID material = TechnologyContracts.aMaterial(replica, seller);
        TechnologyContracts.submit(Tokens.shared().applicant(Usccs.aUscc()),
                TechnologyContracts.body(seller, "SERVICE", "10000.00", material)).then().statusCode(404)
                .body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        TechnologyContracts.submit(Tokens.shared().officer(XIAMEN),
                TechnologyContracts.body(seller, "SERVICE", "10000.00", material)).then().statusCode(403)
                .body("code", equalTo("REGION_OUT_OF_REACH"));
        // an officer of Xiamen files a Fuzhou-registered seller's contract in Xiamen, where it is registered
        String body = TechnologyContracts.body(seller, "SERVICE", "10000.00", material).replace("\"signedOn\"",
                "\"region\":\"350203\",\"signedOn\"");
        TechnologyContracts.submit(Tokens.shared().officer(XIAMEN), body).then().statusCode(201)
                .body("region", equalTo("350203")).body("submittedBy", equalTo("officer-" + XIAMEN));
        TechnologyContracts.submit(Tokens.shared().integration("gov-portal", List.of("ip:write")),
                TechnologyContracts.body(seller, "SERVICE", "10000.00", material)).then().statusCode(201)
                .body("region", equalTo("350100"));
    }

    @Test
    void shouldRefuseInconsistentSubmissionsNamingTheField() {
        String seller = Usccs.aUscc();
        String applicant = Tokens.shared().applicant(seller);
        UUID material = TechnologyContracts.aMaterial(replica, seller);
        String body = TechnologyContracts.body(seller, "CONSULTING", "10000.00", material);
        TechnologyContracts.submit(applicant, body.replace("\"10000.00\"", "\"0.00\"")).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("contractAmount"));
        TechnologyContracts.submit(applicant, body.replace("\"termTo\":\"2027-10-31\"", "\"termTo\":\"2026-10-31\""))
                .then().statusCode(400).body("violations[0].field", equalTo("termTo"));
        TechnologyContracts.submit(applicant, body.replace("\"signedOn\"",
                "\"declaredTransactionAmount\":\"10000.01\",\"signedOn\"")).then().statusCode(400)
                .body("violations[0].field", equalTo("declaredTransactionAmount"));
        TechnologyContracts.submit(applicant, body.replace("\"signedOn\"", "\"developmentKind\":\"COMMISSIONED\",\"signedOn\""))
                .then().statusCode(400).body("violations[0].field", equalTo("developmentKind"));
        TechnologyContracts.submit(applicant, body.replace("91330106MA2KX0AB3E", "91330106MA2KX0AB3I")).then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void shouldListOnlyWhatTheCallerReachesWithFilters() {
        String seller = Usccs.aUscc();
        String other = Usccs.aUscc();
        String mine = TechnologyContracts.aSubmittedContract(Tokens.shared().applicant(seller), seller, "TRANSFER",
                "70000.00", TechnologyContracts.aMaterial(replica, seller));
        TechnologyContracts.aSubmittedContract(Tokens.shared().applicant(other), other, "TRANSFER", "70000.00",
                TechnologyContracts.aMaterial(replica, other));

        given().auth().oauth2(Tokens.shared().applicant(seller)).get(TechnologyContracts.PATH).then().statusCode(200)
                .body("items.sellerUscc", everyItem(equalTo(seller))).body("total", equalTo(1))
                .body("items[0].id", equalTo(mine));
        given().auth().oauth2(Tokens.shared().applicant(seller)).queryParam("sellerUscc", other)
                .get(TechnologyContracts.PATH).then().statusCode(200).body("total", equalTo(0));
        int total = given().auth().oauth2(Tokens.shared().officer()).queryParam("sellerUscc", other)
                .queryParam("type", "TRANSFER").queryParam("status", "SUBMITTED").queryParam("regionPrefix", "3501")
                .queryParam("year", 2026).get(TechnologyContracts.PATH).then().statusCode(200).extract()
                .path("total");
        assertEquals(1, total);
        given().auth().oauth2(Tokens.shared().officer()).queryParam("regionPrefix", "35010")
                .get(TechnologyContracts.PATH).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(Tokens.shared().officer(XIAMEN)).queryParam("sellerUscc", other)
                .get(TechnologyContracts.PATH).then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.shared().officer()).queryParam("sellerUscc", other).accept("text/csv")
                .get(TechnologyContracts.PATH).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("办件编号"))
                .body(org.hamcrest.Matchers.containsString(other));
    }

    @Test
    void shouldReplayARetriedSubmissionInsteadOfOpeningASecondCase() {
        String seller = Usccs.aUscc();
        String body = TechnologyContracts.body(seller, "DEVELOPMENT", "20000.00",
                TechnologyContracts.aMaterial(replica, seller));
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(Tokens.shared().applicant(seller)).contentType("application/json")
                .header("Idempotency-Key", key).body(body).post(TechnologyContracts.PATH).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Tokens.shared().applicant(seller)).contentType("application/json")
                .header("Idempotency-Key", key).body(body).post(TechnologyContracts.PATH).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().auth().oauth2(Tokens.shared().applicant(seller)).contentType("application/json")
                .header("Idempotency-Key", key).body(body.replace("20000.00", "30000.00"))
                .post(TechnologyContracts.PATH).then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        given().auth().oauth2(Tokens.shared().applicant(seller)).queryParam("sellerUscc", seller)
                .get(TechnologyContracts.PATH).then().body("total", equalTo(1));
    }
}
