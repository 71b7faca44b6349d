package org.keji.ip.patent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.keji.ip.patent.Patents.append;
import static org.keji.ip.patent.Patents.event;
import static org.keji.ip.patent.Patents.holder;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.keji.commons.identifier.PatentType;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class PatentLegalStatusTest {

    private static final Tokens TOKENS = Tokens.shared();

    @Test
    void shouldDeriveTheStatusThroughGrantAnnuityLapseRestorationAndTransfer() {
        String uscc = Usccs.aUscc();
        UUID id = Patents.aRegisteredPatent(uscc);
        String number = given().auth().oauth2(TOKENS.admin()).get("/api/v1/patents/" + id).path("applicationNumber");

        append(TOKENS.integration("cnipa"), id, event("GRANTED", "2024-06-01", null)).then().statusCode(201)
                .body("sequence", equalTo(2)).body("nationalCode", equalTo("GR01")).body("st27Category", equalTo("F"))
                .body("details.grantNumber", equalTo("ZL" + number));
        view(id).body("status", equalTo("GRANTED")).body("grantNumber", equalTo("ZL" + number))
                .body("grantedOn", equalTo("2024-06-01")).body("version", equalTo(1));

        append(TOKENS.officer(), id, event("ANNUITY_LAPSED", "2025-07-16", """
                {"noticeDate":"2025-09-10","reason":"未缴第3年年费"}""")).then().statusCode(201)
                .body("st27Category", equalTo("H"));
        view(id).body("status", equalTo("LAPSED")).body("lapseReason", equalTo("ANNUITY_UNPAID"))
                .body("lapsedOn", equalTo("2025-07-16")).body("restored", equalTo(false));

        // the last day of the window: two months from the notice
        append(TOKENS.officer(), id, event("RESTORED", "2025-11-10", null)).then().statusCode(201)
                .body("st27Category", equalTo("Q"));
        view(id).body("status", equalTo("GRANTED")).body("lapseReason", equalTo(null))
                .body("restored", equalTo(true)).body("lapsedOn", equalTo(null));

        String buyer = Usccs.aUscc("350105");
        append(TOKENS.officer(), id, event("TRANSFERRED", "2025-12-01", """
                {"newHolders":[%s,%s]}""".formatted(holder(uscc, "福州市星火科技有限公司", "30.00"),
                holder(buyer, "受让方科技有限公司", "70.00")))).then().statusCode(201);
        view(id).body("status", equalTo("GRANTED")).body("transferred", equalTo(true))
                .body("holders.uscc", equalTo(List.of(uscc, buyer))).body("holders.share", equalTo(List.of("30.00", "70.00")))
                .body("version", equalTo(4));
        given().auth().oauth2(TOKENS.applicant(buyer)).get("/api/v1/patents/" + id).then().statusCode(200);

        List<String> kinds = given().auth().oauth2(TOKENS.applicant(uscc)).get("/api/v1/patents/" + id + "/legal-events")
                .then().statusCode(200).body("sequence", equalTo(List.of(1, 2, 3, 4, 5)))
                .body("[0].details.newHolders[0].uscc", equalTo(uscc))
                .body("[4].details.newHolders[1].uscc", equalTo(buyer)).extract().path("kind");
        assertEquals(List.of("FILED", "GRANTED", "ANNUITY_LAPSED", "RESTORED", "TRANSFERRED"), kinds);
    }

    @Test
    void shouldRefuseAnEventTheCurrentStatusDoesNotAllowNamingTheAllowedKinds() {
        UUID id = Patents.aRegisteredPatent(Usccs.aUscc());
        append(TOKENS.officer(), id, event("ANNUITY_LAPSED", "2024-06-01", """
                {"noticeDate":"2024-06-01"}""")).then().statusCode(409)
                .body("code", equalTo("PATENT_EVENT_NOT_ALLOWED")).body("currentState", equalTo("FILED"))
                .body("allowedActions", equalTo(List.of("GRANTED", "ABANDONED", "TRANSFERRED")));
        append(TOKENS.officer(), id, event("FILED", "2024-06-01", null)).then().statusCode(409)
                .body("code", equalTo("PATENT_EVENT_NOT_ALLOWED"));
        append(TOKENS.officer(), id, event("GRANTED", "2024-06-01", """
                {"grantNumber":"ZL200710308494.X"}""")).then().statusCode(400)
                .body("violations[0].field", equalTo("details.grantNumber"));
        append(TOKENS.officer(), id, event("GRANTED", "2022-06-01", null)).then().statusCode(400)
                .body("violations[0].field", equalTo("effectiveDate"));
        append(TOKENS.officer(), id, event("ABANDONED", "2024-06-01", null)).then().statusCode(201);
        append(TOKENS.officer(), id, event("RESTORED", "2024-06-02", null)).then().statusCode(409)
                .body("code", equalTo("PATENT_EVENT_NOT_ALLOWED")).body("currentState", equalTo("LAPSED"))
                .body("allowedActions", equalTo(List.of()));
    }

    @Test
    void shouldRestoreOnlyWithinTwoMonthsOfTheLapseNotice() {
        UUID id = Patents.aRegisteredPatent(Usccs.aUscc());
        append(TOKENS.officer(), id, event("GRANTED", "2024-06-01", null)).then().statusCode(201);
        append(TOKENS.officer(), id, event("ANNUITY_LAPSED", "2025-07-16", """
                {"noticeDate":"2025-09-10"}""")).then().statusCode(201);
        append(TOKENS.officer(), id, event("RESTORED", "2025-11-11", null)).then().statusCode(422)
                .body("code", equalTo("RESTORATION_WINDOW_CLOSED"));
        view(id).body("status", equalTo("LAPSED")).body("version", equalTo(2));
    }

    @Test
    void shouldRequireTheNoticeDateOfAnAnnuityLapseAndSharesOfAHundredOnATransfer() {
        UUID id = Patents.aRegisteredPatent(Usccs.aUscc());
        append(TOKENS.officer(), id, event("GRANTED", "2024-06-01", null)).then().statusCode(201);
        append(TOKENS.officer(), id, event("ANNUITY_LAPSED", "2025-07-16", null)).then().statusCode(400)
                .body("violations[0].field", equalTo("details.noticeDate"));
        append(TOKENS.officer(), id, event("TRANSFERRED", "2025-07-16", """
                {"newHolders":[%s]}""".formatted(holder(Usccs.aUscc(), "甲", "99.99")))).then().statusCode(400)
                .body("violations[0].field", equalTo("details.newHolders"));
    }

    @Test
    void shouldTrackAPendingInvalidationUntilItsDecision() {
        UUID id = Patents.aRegisteredPatent(Usccs.aUscc());
        append(TOKENS.officer(), id, event("GRANTED", "2024-06-01", null)).then().statusCode(201);
        append(TOKENS.officer(), id, event("INVALIDATION_REQUESTED", "2025-01-10", null)).then().statusCode(201);
        view(id).body("invalidationPending", equalTo(true));
        append(TOKENS.officer(), id, event("INVALIDATION_REQUESTED", "2025-01-11", null)).then().statusCode(409);
        append(TOKENS.officer(), id, event("INVALIDATED", "2025-08-01", """
                {"reason":"第12号无效宣告请求审查决定"}""")).then().statusCode(201);
        view(id).body("status", equalTo("LAPSED")).body("lapseReason", equalTo("INVALIDATED"))
                .body("invalidationPending", equalTo(false));
    }

    @Test
    void shouldLapseAGrantedPatentAtItsTermEndWithoutALogEntry() {
        // a utility model filed on 2012-03-15 is in force until 2022-03-14: its term is 10 years from filing
        String uscc = Usccs.aUscc();
        UUID id = Patents.aRegisteredPatent(Patents.aNumber(2012, PatentType.UTILITY_MODEL), uscc);
        append(TOKENS.officer(), id, event("GRANTED", "2013-01-15", null)).then().statusCode(201);
        given().auth().oauth2(TOKENS.officer()).get("/api/v1/patents?status=LAPSED&holderUscc=" + uscc).then()
                .body("items.id", equalTo(List.of(id.toString())));
        given().auth().oauth2(TOKENS.officer()).get("/api/v1/patents?status=GRANTED&holderUscc=" + uscc).then()
                .body("total", equalTo(0));
        view(id).body("status", equalTo("LAPSED")).body("lapseReason", equalTo("TERM_EXPIRED"))
                .body("termEndsOn", equalTo("2022-03-15")).body("lapsedOn", equalTo("2022-03-15"))
                .body("grantNumber", org.hamcrest.Matchers.startsWith("ZL2012"));
        append(TOKENS.officer(), id, event("ANNUITY_LAPSED", "2023-01-01", """
                {"noticeDate":"2023-01-01"}""")).then().statusCode(409)
                .body("currentState", equalTo("LAPSED")).body("allowedActions", equalTo(List.of()));
        given().auth().oauth2(TOKENS.admin()).get("/api/v1/patents/" + id + "/legal-events").then()
                .body("kind", equalTo(List.of("FILED", "GRANTED")));
    }

    @Test
    void shouldRefuseAStaleVersion() {
        UUID id = Patents.aRegisteredPatent(Usccs.aUscc());
        append(TOKENS.officer(), id, """
                {"kind":"GRANTED","effectiveDate":"2024-06-01","version":3}""").then().statusCode(409)
                .body("code", equalTo("VERSION_CONFLICT"));
        append(TOKENS.officer(), id, """
                {"kind":"GRANTED","effectiveDate":"2024-06-01","version":0}""").then().statusCode(201);
    }

    @Test
    void shouldLetOneOfConcurrentAppendsWinAndAnswerTheOthers409() throws Exception {
        UUID id = Patents.aRegisteredPatent(Usccs.aUscc());
        int parallel = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return append(TOKENS.officer(), id, """
                            {"kind":"GRANTED","effectiveDate":"2024-06-01","version":0}""").statusCode();
                }, pool));
            }
            start.countDown();
            List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(parallel - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdown();
        }
        given().auth().oauth2(TOKENS.admin()).get("/api/v1/patents/" + id + "/legal-events").then()
                .body("kind", equalTo(List.of("FILED", "GRANTED")));
        view(id).body("version", equalTo(1));
    }

    private static io.restassured.response.ValidatableResponse view(UUID id) {
        return given().auth().oauth2(TOKENS.admin()).get("/api/v1/patents/" + id).then().statusCode(200);
    }
}
