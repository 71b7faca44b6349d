package org.keji.ip.dispute;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.keji.ip.dispute.Disputes.act;
import static org.keji.ip.dispute.Disputes.bodyOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The flags the pledge check reads: an OWNERSHIP dispute accepted and not closed, and a court preservation order in
 * force on a day. Requests not yet accepted, closed cases and other kinds flag nothing.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class DisputeFlagsTest {

    @Inject
    DisputeFlags flags;

    @Test
    void shouldFlagPatentsOfOpenOwnershipDisputesOnly() {
        String officer = Tokens.shared().officer();
        String uscc = Usccs.aUscc();
        String requested = Disputes.aPatentNumber();
        String accepted = Disputes.aPatentNumber();
        String mediating = Disputes.aPatentNumber();
        String closed = Disputes.aPatentNumber();
        String infringement = Disputes.aPatentNumber();
        String untouched = Disputes.aPatentNumber();

        Disputes.aRequestedCase("OWNERSHIP", uscc, List.of(requested));
        String acceptedCase = Disputes.aRequestedCase("OWNERSHIP", uscc, List.of(accepted, mediating));
        act(officer, acceptedCase, "accept", null).then().statusCode(200);
        String mediatingCase = Disputes.aRequestedCase("OWNERSHIP", uscc, List.of(mediating));
        act(officer, mediatingCase, "accept", null).then().statusCode(200);
        act(officer, mediatingCase, "mediation-sessions", bodyOf("mediation-sessions")).then().statusCode(200);
        String closedCase = Disputes.aRequestedCase("OWNERSHIP", uscc, List.of(closed));
        act(officer, closedCase, "accept", null).then().statusCode(200);
        act(officer, closedCase, "withdraw", null).then().statusCode(200);
        String infringementCase = Disputes.aRequestedCase("INFRINGEMENT", uscc, List.of(infringement));
        act(officer, infringementCase, "accept", null).then().statusCode(200);

        Map<String, List<String>> open = flags.openOwnershipDisputes(
                List.of(requested, accepted, mediating, closed, infringement, untouched));
        assertEquals(Map.of(accepted, List.of(tracking(acceptedCase)), mediating,
                List.of(tracking(acceptedCase), tracking(mediatingCase)).stream().sorted().toList()), open);
        assertEquals(Map.of(), flags.openOwnershipDisputes(List.of()));
    }

    @Test
    void shouldFlagPatentsUnderAPreservationInForceOnTheDay() {
        String officer = Tokens.shared().officer();
        String held = Disputes.aPatentNumber();
        String other = Disputes.aPatentNumber();
        LocalDate from = LocalDate.of(2026, 3, 1);
        LocalDate until = LocalDate.of(2029, 2, 28);
        String orderNumber = "（2026）闽01财保" + System.nanoTime() + "号";
        String id = given().auth().oauth2(officer).contentType(ContentType.JSON).header("Idempotency-Key", orderNumber)
                .body("""
                        {"kind":"PROPERTY","court":"福州市中级人民法院","orderNumber":"%s","patents":["CN%s"],
                         "effectiveFrom":"%s","effectiveUntil":"%s","region":"350100"}
                        """.formatted(orderNumber, held, from, until))
                .post(Disputes.PATH + "/preservations").then().statusCode(201)
                .body("orderNumber", equalTo(orderNumber)).body("patents", equalTo(List.of(held)))
                .body("court", equalTo("福州市中级人民法院")).extract().path("id");

        assertEquals(Map.of(held, List.of(orderNumber)), flags.preservedOn(List.of(held, other), from));
        assertEquals(Map.of(held, List.of(orderNumber)), flags.preservedOn(List.of(held), until));
        assertEquals(Map.of(), flags.preservedOn(List.of(held), from.minusDays(1)));
        assertEquals(Map.of(), flags.preservedOn(List.of(held), until.plusDays(1)));

        given().auth().oauth2(officer).queryParam("applicationNumber", held).get(Disputes.PATH + "/preservations")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].orderNumber", equalTo(orderNumber));
        given().auth().oauth2(Tokens.shared().officer("350200")).queryParam("applicationNumber", held)
                .get(Disputes.PATH + "/preservations").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("Idempotency-Key", orderNumber + "-again")
                .body("""
                        {"kind":"PROPERTY","court":"福州市中级人民法院","orderNumber":"%s","patents":["%s"],
                         "effectiveFrom":"%s","effectiveUntil":"%s","region":"350100"}
                        """.formatted(orderNumber, other, from, until))
                .post(Disputes.PATH + "/preservations").then().statusCode(409)
                .body("code", equalTo("PRESERVATION_EXISTS"));
        given().auth().oauth2(Tokens.shared().officer("350200")).contentType(ContentType.JSON)
                .header("Idempotency-Key", orderNumber + "-xm").body("""
                        {"kind":"PRE_LITIGATION","court":"福州市中级人民法院","orderNumber":"x%s","patents":["%s"],
                         "effectiveFrom":"%s","effectiveUntil":"%s","region":"350100"}
                        """.formatted(orderNumber, other, from, until))
                .post(Disputes.PATH + "/preservations").then().statusCode(403)
                .body("code", equalTo("REGION_OUT_OF_REACH"));
        given().auth().oauth2(Tokens.shared().applicant(Usccs.aUscc())).get(Disputes.PATH + "/preservations").then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.shared().officer("350200")).get(Disputes.PATH + "/preservations/" + id).then()
                .statusCode(404).body("code", equalTo("PRESERVATION_NOT_FOUND"));

        // the court lifts it early: from that day the patent is free
        LocalDate lifted = LocalDate.of(2027, 6, 30);
        String lift = "{\"liftedOn\":\"" + lifted + "\",\"orderNumber\":\"" + orderNumber + "之一\"}";
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(lift)
                .post(Disputes.PATH + "/preservations/" + id + "/lift").then().statusCode(200)
                .body("liftedOn", equalTo(lifted.toString()));
        assertEquals(Map.of(held, List.of(orderNumber)), flags.preservedOn(List.of(held), lifted.minusDays(1)));
        assertEquals(Map.of(), flags.preservedOn(List.of(held), lifted));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(lift)
                .post(Disputes.PATH + "/preservations/" + id + "/lift").then().statusCode(422)
                .body("code", equalTo("PRESERVATION_NOT_IN_FORCE"));
        given().auth().oauth2(officer).get(Disputes.PATH + "/preservations/" + id).then().statusCode(200)
                .body("liftOrderNumber", equalTo(orderNumber + "之一"));
    }

    private static String tracking(String id) {
        return Disputes.get(Tokens.shared().officer(), id).then().extract().path("trackingNumber");
    }
}
