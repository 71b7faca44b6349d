package org.keji.ip.pledge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.keji.ip.pledge.Pledges.act;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Who sees and acts on a pledge: the pledgor reads its own, the pledgee bank the pledges it takes, an officer those of
 * its region; others' records are not found (404), roles that may not act are forbidden (403).
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class PledgeAccessTest {

    private static final Tokens TOKENS = Tokens.shared();

    @Test
    void shouldShowAPledgeToItsPledgorItsBankAndItsRegionOnly() {
        String pledgor = Usccs.aUscc();
        String id = Pledges.aRequestedPledge(pledgor, List.of(Pledges.aGrantedPatent(pledgor)));

        Pledges.get(TOKENS.applicant(pledgor), id).then().statusCode(200).body("pledgorUscc", equalTo(pledgor));
        Pledges.get(TOKENS.bank(Pledges.BANK), id).then().statusCode(200);
        Pledges.get(TOKENS.integration("finance", List.of("ip:read")), id).then().statusCode(200);
        Pledges.get(TOKENS.applicant(Usccs.aUscc()), id).then().statusCode(404).body("code", equalTo("PLEDGE_NOT_FOUND"));
        Pledges.get(TOKENS.bank("cmb-fz"), id).then().statusCode(404).body("code", equalTo("PLEDGE_NOT_FOUND"));
        Pledges.get(TOKENS.officer("350200"), id).then().statusCode(404).body("code", equalTo("PLEDGE_NOT_FOUND"));
        Pledges.get(TOKENS.expert("expert-7"), id).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        act(TOKENS.officer("350200"), id, "register", null).then().statusCode(404)
                .body("code", equalTo("PLEDGE_NOT_FOUND"));

        // lists: each sees its own
        given().auth().oauth2(TOKENS.bank("cmb-fz")).queryParam("pledgorUscc", pledgor).get(Pledges.PATH).then()
                .statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TOKENS.bank(Pledges.BANK)).queryParam("pledgorUscc", pledgor).get(Pledges.PATH).then()
                .statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(TOKENS.applicant(pledgor)).get(Pledges.PATH).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(TOKENS.applicant(Usccs.aUscc())).queryParam("pledgorUscc", pledgor).get(Pledges.PATH)
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TOKENS.officer("350200")).queryParam("pledgorUscc", pledgor).get(Pledges.PATH).then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldLetOnlyBureauRolesAndWritingIntegrationsFileAndDecide() {
        String pledgor = Usccs.aUscc();
        String number = Pledges.aGrantedPatent(pledgor);
        Pledges.request(TOKENS.applicant(pledgor), Pledges.body(pledgor, List.of(number))).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        Pledges.request(TOKENS.bank(Pledges.BANK), Pledges.body(pledgor, List.of(number))).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        Pledges.request(TOKENS.expert("expert-7"), Pledges.body(pledgor, List.of(number))).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        Pledges.request(TOKENS.integration("finance", List.of("ip:read")), Pledges.body(pledgor, List.of(number)))
                .then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        Pledges.request(TOKENS.officer("350200"), Pledges.body(pledgor, List.of(number))).then().statusCode(403)
                .body("code", equalTo("REGION_OUT_OF_REACH"));

        String id = Pledges.request(TOKENS.integration("finance", List.of("ip:write")),
                Pledges.body(pledgor, List.of(number))).then().statusCode(201).extract().path("id");
        act(TOKENS.applicant(pledgor), id, "register", null).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        act(TOKENS.integration("finance", List.of("ip:read")), id, "register", null).then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        act(TOKENS.integration("finance", List.of("ip:write")), id, "register", null).then().statusCode(200);
    }
}
