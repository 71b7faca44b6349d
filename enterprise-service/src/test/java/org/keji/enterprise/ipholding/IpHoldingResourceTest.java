package org.keji.enterprise.ipholding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.commons.event.ip.LapseReason;
import org.keji.commons.identifier.PatentType;
import org.keji.commons.time.ClockProducer;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.Await;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The read API of the replica: paging, filters, ownership and roles. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class IpHoldingResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    IpHoldingProbe probe;

    @Test
    void shouldListHoldingsPagedAndFilteredNewestGrantFirst() {
        String holder = Enterprises.aUscc();
        String invention = IpEvents.anApplicationNumber(PatentType.INVENTION);
        String design = IpEvents.anApplicationNumber(PatentType.DESIGN);
        String utility = IpEvents.anApplicationNumber(PatentType.UTILITY_MODEL);
        String lapsedInvention = IpEvents.anApplicationNumber(PatentType.INVENTION);
        String lapse = IpEvents.lapsed(lapsedInvention, holder, LocalDate.of(2024, 3, 1), LapseReason.INVALIDATED);
        probe.send(IpEvents.granted(invention, PatentType.INVENTION, holder, LocalDate.of(2021, 5, 1)),
                IpEvents.granted(design, PatentType.DESIGN, holder, LocalDate.of(2022, 5, 1)),
                IpEvents.granted(utility, PatentType.UTILITY_MODEL, holder, LocalDate.of(2023, 5, 1)),
                IpEvents.granted(lapsedInvention, PatentType.INVENTION, holder, LocalDate.of(2020, 5, 1)), lapse);
        probe.awaitApplied(lapse);
        Await.until("four holdings of " + holder, () -> total(holder, "") == 4);

        given().auth().oauth2(Tokens.shared().officer()).get(path(holder) + "?size=3").then().statusCode(200)
                .body("total", equalTo(4)).body("page", equalTo(0)).body("size", equalTo(3))
                .body("items.applicationNumber", contains(utility, design, invention))
                .body("items[0].grantNumber", equalTo("ZL" + utility)).body("items[0].ipClass", equalTo("CLASS_II"))
                .body("items[0].status", equalTo("ACTIVE")).body("items[0].heldSince", equalTo("2023-05-01"));
        given().auth().oauth2(Tokens.shared().officer()).get(path(holder) + "?size=3&page=1").then()
                .statusCode(200).body("items.applicationNumber", contains(lapsedInvention))
                .body("items[0].status", equalTo("LAPSED")).body("items[0].lapsedOn", equalTo("2024-03-01"))
                .body("items[0].lapseReason", equalTo("INVALIDATED"));
        given().auth().oauth2(Tokens.shared().officer()).get(path(holder) + "?sort=grantedOn,asc").then()
                .statusCode(200).body("items.applicationNumber", contains(lapsedInvention, invention, design, utility));
        given().auth().oauth2(Tokens.shared().officer()).get(path(holder) + "?sort=applicationNumber,desc").then()
                .statusCode(200).body("items.applicationNumber", equalTo(Stream.of(invention, design, utility,
                        lapsedInvention).sorted(Comparator.reverseOrder()).toList()));

        given().auth().oauth2(Tokens.shared().officer()).get(path(holder) + "?status=LAPSED").then()
                .statusCode(200).body("total", equalTo(1)).body("items.applicationNumber", contains(lapsedInvention));
        given().auth().oauth2(Tokens.shared().officer()).get(path(holder) + "?ipClass=CLASS_I").then()
                .statusCode(200).body("total", equalTo(2))
                .body("items.applicationNumber", contains(invention, lapsedInvention));
        given().auth().oauth2(Tokens.shared().officer()).get(path(holder) + "?status=ACTIVE&ipClass=CLASS_II")
                .then().statusCode(200).body("items.applicationNumber", contains(utility, design));
    }

    @Test
    void shouldAnswerAnEmptyPageAndZeroCountsForAnEnterpriseWithoutHoldings() {
        String holder = Enterprises.aUscc();
        given().auth().oauth2(Tokens.shared().officer()).get(path(holder)).then().statusCode(200)
                .body("total", equalTo(0)).body("items.size()", equalTo(0));
        given().auth().oauth2(Tokens.shared().officer()).get(path(holder) + "/summary?asOf=2026-03-31").then()
                .statusCode(200).body("uscc", equalTo(holder)).body("asOf", equalTo("2026-03-31"))
                .body("classI", equalTo(0)).body("classII", equalTo(0));
    }

    @Test
    void shouldSummarizeAsOfTodayInTheBureausZoneByDefault() {
        String holder = Enterprises.aUscc();
        String grant = IpEvents.anInventionGranted(holder, LocalDate.of(2020, 1, 2));
        probe.send(grant);
        probe.awaitApplied(grant);

        given().auth().oauth2(Tokens.shared().integration("province-platform")).get(path(holder) + "/summary").then()
                .statusCode(200).body("asOf", equalTo(LocalDate.now(ClockProducer.ZONE).toString()))
                .body("classI", equalTo(1)).body("classII", equalTo(0));
    }

    @Test
    void shouldRefuseBadFiltersPagingSortAndDates() {
        String holder = Enterprises.aUscc();
        String token = Tokens.shared().officer();
        given().auth().oauth2(token).get(path(holder) + "?status=EXPIRED").then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("status"));
        given().auth().oauth2(token).get(path(holder) + "?ipClass=CLASS_III").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("ipClass"));
        given().auth().oauth2(token).get(path(holder) + "?sort=title").then().statusCode(400)
                .body("code", equalTo("INVALID_SORT"));
        given().auth().oauth2(token).get(path(holder) + "?page=-1").then().statusCode(400)
                .body("code", equalTo("INVALID_PAGE"));
        given().auth().oauth2(token).get(path(holder) + "/summary?asOf=2026-02-30").then().statusCode(400)
                .contentType(PROBLEM).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("asOf"));
        given().auth().oauth2(token).get(path("NOT-A-USCC")).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("uscc"));
        given().auth().oauth2(token).get(path("NOT-A-USCC") + "/summary").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("uscc"));
    }

    @Test
    void shouldShowAnApplicantOnlyItsOwnHoldings() {
        String own = Enterprises.aUscc();
        String other = Enterprises.aUscc();
        String grant = IpEvents.anInventionGranted(other, LocalDate.of(2022, 8, 8));
        probe.send(grant);
        probe.awaitApplied(grant);

        given().auth().oauth2(Tokens.shared().applicant(own)).get(path(other)).then().statusCode(404)
                .contentType(PROBLEM).body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().applicant(own)).get(path(other) + "/summary").then().statusCode(404)
                .contentType(PROBLEM).body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().applicant(other)).get(path(other)).then().statusCode(200)
                .body("total", equalTo(1));
        given().auth().oauth2(Tokens.shared().applicant(other)).get(path(other) + "/summary").then()
                .statusCode(200).body("classI", equalTo(1));
    }

    @Test
    void shouldRequireATokenAndABureauRole() {
        String holder = Enterprises.aUscc();
        given().get(path(holder)).then().statusCode(401).contentType(PROBLEM).body("code", equalTo("UNAUTHENTICATED"));
        given().get(path(holder) + "/summary").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().auth().oauth2(Tokens.shared().bank("icbc-fz")).get(path(holder)).then().statusCode(403)
                .contentType(PROBLEM).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.shared().bank("icbc-fz")).get(path(holder) + "/summary").then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        for (String token : List.of(Tokens.shared().officer(), Tokens.shared().admin(),
                Tokens.shared().integration("tax"))) {
            given().auth().oauth2(token).get(path(holder)).then().statusCode(200);
            given().auth().oauth2(token).get(path(holder) + "/summary").then().statusCode(200);
        }
        // an expert not assigned to a case of the holder does not learn it exists
        given().auth().oauth2(Tokens.shared().expert("expert-7")).get(path(holder)).then().statusCode(404)
                .body("code", equalTo("ENTERPRISE_NOT_FOUND"));
    }

    private static String path(String uscc) {
        return "/api/v1/enterprises/" + uscc + "/ip-holdings";
    }

    private static int total(String holder, String query) {
        return given().auth().oauth2(Tokens.shared().officer()).get(path(holder) + query).then().statusCode(200)
                .extract().path("total");
    }
}
