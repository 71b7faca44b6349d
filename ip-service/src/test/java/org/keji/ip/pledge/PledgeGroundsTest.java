package org.keji.ip.pledge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.keji.ip.pledge.Pledges.act;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.keji.commons.identifier.PatentType;
import org.keji.ip.patent.Patents;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Every refusal ground alone (the request's preview lists exactly it; a clean patent lists none), then one request
 * meeting several grounds on several patents: the preview, the 422 of the registration and the refusal list them all.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class PledgeGroundsTest {

    private static final Tokens TOKENS = Tokens.shared();

    @Test
    void shouldFindNoGroundForAGrantedPatentOfThePledgorAlone() {
        String pledgor = Usccs.aUscc();
        assertEquals(List.of(), grounds(Pledges.body(pledgor, List.of(Pledges.aGrantedPatent(pledgor)))));
    }

    @Test
    void shouldRefuseAPatentNotInTheRegister() {
        String pledgor = Usccs.aUscc();
        String unknown = Patents.anInventionNumber();
        assertEquals(List.of("PATENT_UNKNOWN " + unknown), grounds(Pledges.body(pledgor, List.of(unknown))));
    }

    @Test
    void shouldRefuseWhenThePledgorDoesNotHoldThePatent() {
        String number = Pledges.aGrantedPatent(Usccs.aUscc());
        assertEquals(List.of("PLEDGOR_NOT_HOLDER " + number), grounds(Pledges.body(Usccs.aUscc(), List.of(number))));
    }

    @Test
    void shouldRefuseAPatentNotGranted() {
        String pledgor = Usccs.aUscc();
        String number = Patents.anInventionNumber();
        Patents.aRegisteredPatent(number, pledgor);
        assertEquals(List.of("NOT_GRANTED " + number), grounds(Pledges.body(pledgor, List.of(number))));
    }

    @Test
    void shouldRefuseARightEnded() {
        String pledgor = Usccs.aUscc();
        String number = Pledges.aGrantedPatent(pledgor);
        Pledges.appendEvent(Pledges.patentId(number), Patents.event("ABANDONED", "2025-05-01", null));
        assertEquals(List.of("RIGHT_ENDED " + number), grounds(Pledges.body(pledgor, List.of(number))));
    }

    @Test
    void shouldRefuseARightPastItsTermEnd() {
        String pledgor = Usccs.aUscc();
        // a utility model filed on 2015-03-15 ended on its 10th anniversary, with no entry in the log; any debt of
        // today's request outlasts it as well
        String number = Patents.aNumber(2015, PatentType.UTILITY_MODEL);
        Patents.register(TOKENS.admin(), Patents.body(number, pledgor)).then().statusCode(201);
        Pledges.appendEvent(Pledges.patentId(number), Patents.event("GRANTED", "2016-01-10", null));
        JsonPath preview = Pledges.request(TOKENS.officer(), Pledges.body(pledgor, List.of(number))).then()
                .statusCode(201).extract().jsonPath();
        // no annuity after the grant year's was ever recorded: year 2's, due on 2016-03-15, is overdue as well
        assertEquals(List.of("RIGHT_ENDED " + number, "ANNUITY_OVERDUE " + number,
                "DEBT_TERM_BEYOND_PATENT_TERM " + number), grounds(preview));
        assertEquals("该专利权已于2025-03-15终止（TERM_EXPIRED）", preview.getString("grounds[0].detail"));
    }

    @Test
    void shouldRefuseAPatentWithAnOverdueAnnuity() {
        String pledgor = Usccs.aUscc();
        String number = Pledges.anOverduePatent(pledgor);
        assertEquals(List.of("ANNUITY_OVERDUE " + number), grounds(Pledges.body(pledgor, List.of(number))));
    }

    @Test
    void shouldRefuseAPatentInAnOpenOwnershipDispute() {
        String pledgor = Usccs.aUscc();
        String number = Pledges.aGrantedPatent(pledgor);
        openOwnershipDispute(Usccs.aUscc(), number);
        JsonPath preview = Pledges.request(TOKENS.officer(), Pledges.body(pledgor, List.of(number))).then()
                .statusCode(201).extract().jsonPath();
        assertEquals(List.of("OWNERSHIP_DISPUTE " + number), grounds(preview));
        assertEquals(true, preview.getString("grounds[0].detail").startsWith("该专利存在尚未结案的权属纠纷：IP-"));
    }

    @Test
    void shouldRefuseAPatentUnderACourtPreservation() {
        String pledgor = Usccs.aUscc();
        String number = Pledges.aGrantedPatent(pledgor);
        preserve(number);
        assertEquals(List.of("PRESERVATION " + number), grounds(Pledges.body(pledgor, List.of(number))));
    }

    @Test
    void shouldRefuseADebtTermEndingAfterThePatentTerm() {
        String pledgor = Usccs.aUscc();
        // filed 2023-03-15: a utility model is in force until 2033-03-14
        String number = Patents.aNumber(2023, PatentType.UTILITY_MODEL);
        UUID id = Patents.aRegisteredPatent(number, pledgor);
        Pledges.grant(id);
        Pledges.payDueAnnuities(id, number, LocalDate.of(2023, 3, 15));
        UUID contract = Pledges.aMaterialOf(pledgor, "专利权质押合同");
        assertEquals(List.of(), grounds(Pledges.body(pledgor, List.of(number), "2033-03-14", "[]", contract)));
        assertEquals(List.of("DEBT_TERM_BEYOND_PATENT_TERM " + number),
                grounds(Pledges.body(pledgor, List.of(number), "2033-03-15", "[]", contract)));
    }

    @Test
    void shouldRefuseACoOwnedPatentWithoutEachCoHolderConsentFromItsOwnWallet() {
        String pledgor = Usccs.aUscc();
        String coHolder = Usccs.aUscc();
        String number = Patents.anInventionNumber();
        UUID id = UUID.fromString(Patents.register(TOKENS.admin(), Patents.body(number, "2023-03-15",
                List.of(Patents.holder(pledgor, "福州市星火科技有限公司", "60.00"),
                        Patents.holder(coHolder, "福州市共有科技有限公司", "40.00")),
                Patents.anIdNumber(2))).then().statusCode(201).extract().path("id"));
        Pledges.grant(id);
        Pledges.payDueAnnuities(id, number, LocalDate.of(2023, 3, 15));
        UUID contract = Pledges.aMaterialOf(pledgor, "专利权质押合同");

        assertEquals(List.of("CO_HOLDER_CONSENT_MISSING " + number),
                grounds(Pledges.body(pledgor, List.of(number), "2029-11-30", "[]", contract)));
        // a consent kept in the pledgor's wallet is not the co-holder's
        UUID inPledgorsWallet = Pledges.aMaterialOf(pledgor, "共有人同意书");
        assertEquals(List.of("CO_HOLDER_CONSENT_MISSING " + number), grounds(Pledges.body(pledgor, List.of(number),
                "2029-11-30", consent(coHolder, inPledgorsWallet), contract)));
        UUID consent = Pledges.aMaterialOf(coHolder, "共有人同意书");
        assertEquals(List.of(), grounds(Pledges.body(pledgor, List.of(number), "2029-11-30",
                consent(coHolder, consent), contract)));
    }

    @Test
    void shouldRefuseAPatentAlreadyPledgedUntilItsPledgeIsReleased() {
        String pledgor = Usccs.aUscc();
        String number = Pledges.aGrantedPatent(pledgor);
        String first = Pledges.aRequestedPledge(pledgor, List.of(number));
        String registration = act(TOKENS.officer(), first, "register", null).then().statusCode(200).extract()
                .path("registrationNumber");

        JsonPath second = Pledges.request(TOKENS.officer(), Pledges.body(pledgor, List.of(number))).then()
                .statusCode(201).extract().jsonPath();
        assertEquals(List.of("ALREADY_PLEDGED " + number), grounds(second));
        assertEquals("该专利已出质且未注销，质押登记号" + registration, second.getString("grounds[0].detail"));

        act(TOKENS.officer(), first, "release", "{\"reason\":\"SETTLED\"}").then().statusCode(200);
        act(TOKENS.officer(), second.getString("id"), "register", null).then().statusCode(200)
                .body("status", equalTo("REGISTERED"));
    }

    @Test
    void shouldRefuseAPatentWhoseInvalidationIsPending() {
        String pledgor = Usccs.aUscc();
        String number = Pledges.aGrantedPatent(pledgor);
        Pledges.appendEvent(Pledges.patentId(number), Patents.event("INVALIDATION_REQUESTED", "2025-08-01", null));
        assertEquals(List.of("INVALIDATION_PENDING " + number), grounds(Pledges.body(pledgor, List.of(number))));
    }

    @Test
    void shouldListEveryGroundOfEveryPatentInThePreviewTheRegistrationAndTheRefusal() {
        String pledgor = Usccs.aUscc();
        String unknown = Patents.anInventionNumber();
        String othersFiled = Patents.anInventionNumber();
        Patents.aRegisteredPatent(othersFiled, Usccs.aUscc());
        String troubled = Pledges.anOverduePatent(pledgor);
        UUID troubledId = Pledges.patentId(troubled);
        Pledges.appendEvent(troubledId, Patents.event("INVALIDATION_REQUESTED", "2025-08-01", null));
        preserve(troubled);
        List<String> expected = List.of("PATENT_UNKNOWN " + unknown, "PLEDGOR_NOT_HOLDER " + othersFiled,
                "NOT_GRANTED " + othersFiled, "ANNUITY_OVERDUE " + troubled, "PRESERVATION " + troubled,
                "INVALIDATION_PENDING " + troubled);

        JsonPath preview = Pledges.request(TOKENS.officer(),
                Pledges.body(pledgor, List.of(unknown, othersFiled, troubled))).then().statusCode(201)
                .body("status", equalTo("REQUESTED")).extract().jsonPath();
        assertEquals(expected, grounds(preview));
        String id = preview.getString("id");

        JsonPath refusal = act(TOKENS.officer(), id, "register", null).then().statusCode(422)
                .body("code", equalTo("PLEDGE_REFUSAL_GROUNDS")).extract().jsonPath();
        List<String> fields = refusal.getList("violations.field");
        List<String> numbers = refusal.getList("violations.rejectedValue");
        assertEquals(expected, IntStream.range(0, fields.size())
                .mapToObj(i -> fields.get(i) + " " + numbers.get(i)).toList());
        Pledges.get(TOKENS.officer(), id).then().statusCode(200).body("status", equalTo("REQUESTED"))
                .body("grounds.size()", equalTo(expected.size()));

        JsonPath refused = act(TOKENS.officer(), id, "refuse", "{\"reasons\":[\"质押合同未载明被担保债权数额\"]}").then()
                .statusCode(200).body("status", equalTo("REFUSED"))
                .body("refusalReasons", equalTo(List.of("质押合同未载明被担保债权数额")))
                .body("allowedActions", equalTo(List.of())).extract().jsonPath();
        assertEquals(expected, grounds(refused));
    }

    /** The grounds of a new request's preview as "GROUND number". */
    private static List<String> grounds(String body) {
        return grounds(Pledges.request(TOKENS.officer(), body).then().statusCode(201).extract().jsonPath());
    }

    private static List<String> grounds(JsonPath pledge) {
        List<String> grounds = pledge.getList("grounds.ground");
        List<String> numbers = pledge.getList("grounds.applicationNumber");
        return IntStream.range(0, grounds.size()).mapToObj(i -> grounds.get(i) + " " + numbers.get(i))
                .toList();
    }

    private static String consent(String uscc, UUID material) {
        return "[{\"uscc\":\"%s\",\"consentMaterialId\":\"%s\"}]".formatted(uscc, material);
    }

    /** An OWNERSHIP dispute over the patent, requested by {@code claimant} and accepted by an officer. */
    static void openOwnershipDispute(String claimant, String number) {
        String id = given().auth().oauth2(TOKENS.applicant(claimant)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body("""
                        {"category":"MEDIATION","kind":"OWNERSHIP",
                         "requester":{"type":"ENTERPRISE","uscc":"%s","name":"福州市闽科电子有限公司"},
                         "respondents":[{"name":"福州市星火科技有限公司","region":"350100","contact":"13805912345"}],
                         "patents":["%s"],"claimSummary":"请求确认本专利权归请求人所有。","evidence":[]}
                        """.formatted(claimant, number))
                .post("/api/v1/ip-disputes").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TOKENS.officer()).post("/api/v1/ip-disputes/" + id + "/accept").then().statusCode(200);
    }

    /** A court preservation order over the patent in force from 2026-01-01 to 2029-12-31. */
    static void preserve(String number) {
        String orderNumber = "（2026）闽01财保" + System.nanoTime() + "号";
        given().auth().oauth2(TOKENS.officer()).contentType(ContentType.JSON).header("Idempotency-Key", orderNumber)
                .body("""
                        {"kind":"PROPERTY","court":"福州市中级人民法院","orderNumber":"%s","patents":["%s"],
                         "effectiveFrom":"2026-01-01","effectiveUntil":"2029-12-31","region":"350100"}
                        """.formatted(orderNumber, number))
                .post("/api/v1/ip-disputes/preservations").then().statusCode(201);
    }
}
