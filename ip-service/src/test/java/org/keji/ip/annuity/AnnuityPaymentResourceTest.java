package org.keji.ip.annuity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.keji.ip.annuity.AnnuityPayments.anInvention;
import static org.keji.ip.annuity.AnnuityPayments.body;
import static org.keji.ip.annuity.AnnuityPayments.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.commons.identifier.PatentType;
import org.keji.commons.material.MaterialReplica;
import org.keji.commons.money.Money;
import org.keji.ip.patent.Patents;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Recording annuity payments through the API: the surcharge of each month of the grace (against AnnuityRules' table),
 * one payment per year, the grace's end, the amount, and the rules of which year a patent may pay.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class AnnuityPaymentResourceTest {

    // an invention filed 2021-03-15, granted 2022-06-01: grant year 2; year 3 (900.00) due 2023-03-15
    private static final LocalDate FILED = LocalDate.of(2021, 3, 15);
    private static final LocalDate GRANTED = LocalDate.of(2022, 6, 1);
    private static final LocalDate YEAR_3_DUE = LocalDate.of(2023, 3, 15);
    private static final Money YEAR_3_FEE = Money.of("900.00");

    @Inject
    MaterialReplica replica;

    @Test
    void shouldChargeTheSurchargeOfEachMonthOfTheGrace() {
        String[] expectedRates = { "0.00", "0.00", "0.05", "0.10", "0.15", "0.20", "0.25" };
        for (int month = 0; month <= AnnuityRules.GRACE_MONTHS; month++) {
            // the last day of month k of the grace is due + k months (month 0: the due date itself)
            LocalDate paidOn = YEAR_3_DUE.plusMonths(month);
            BigDecimal rate = AnnuityRules.surchargeRate(AnnuityRules.monthOfGrace(YEAR_3_DUE, paidOn));
            Money surcharge = YEAR_3_FEE.times(rate);
            UUID patent = anInvention(Usccs.aUscc(), FILED, GRANTED);
            pay(patent, 3, paidOn, YEAR_3_FEE.plus(surcharge).toString()).then().statusCode(201)
                    .body("termYear", equalTo(3)).body("dueOn", equalTo("2023-03-15"))
                    .body("paidOn", equalTo(paidOn.toString())).body("monthOfGrace", equalTo(month))
                    .body("fee", equalTo("900.00")).body("surchargeRate", equalTo(expectedRates[month]))
                    .body("surcharge", equalTo(surcharge.toString()))
                    .body("total", equalTo(YEAR_3_FEE.plus(surcharge).toString()))
                    .body("restoration", equalTo(false)).body("recordedBy", equalTo("officer-350100"));
        }
        // the day after a month's last day is the next month: 2023-04-16 is month 2, 5 %
        UUID patent = anInvention(Usccs.aUscc(), FILED, GRANTED);
        pay(patent, 3, LocalDate.of(2023, 4, 16), "945.00").then().statusCode(201).body("monthOfGrace", equalTo(2))
                .body("surcharge", equalTo("45.00"));
    }

    @Test
    void shouldRefuseASecondPaymentOfTheSameYear() {
        UUID patent = anInvention(Usccs.aUscc(), FILED, GRANTED);
        pay(patent, 3, YEAR_3_DUE, "900.00").then().statusCode(201);
        pay(patent, 3, YEAR_3_DUE.plusDays(3), "900.00").then().statusCode(409)
                .body("code", equalTo("ANNUITY_ALREADY_PAID"));
        // the next year is payable in advance, on time
        pay(patent, 4, LocalDate.of(2024, 1, 10), "1200.00").then().statusCode(201).body("monthOfGrace", equalTo(0));
    }

    @Test
    void shouldRecordOneOfConcurrentPaymentsOfTheSameYear() throws Exception {
        UUID patent = anInvention(Usccs.aUscc(), FILED, GRANTED);
        int requests = 8;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> pay(patent, 3, YEAR_3_DUE, "900.00").then().extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(requests - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        AnnuityPayments.annuities(Tokens.shared().admin(), patent).then().body("paidThroughYear", equalTo(3));
    }

    @Test
    void shouldReplayTheFirstAnswerForTheSameIdempotencyKey() {
        UUID patent = anInvention(Usccs.aUscc(), FILED, GRANTED);
        String key = UUID.randomUUID().toString();
        String id = given().auth().oauth2(Tokens.shared().officer()).header("Idempotency-Key", key)
                .contentType("application/json").body(body(3, YEAR_3_DUE, "900.00"))
                .post("/api/v1/patents/" + patent + "/annuity-payments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.shared().officer()).header("Idempotency-Key", key).contentType("application/json")
                .body(body(3, YEAR_3_DUE, "900.00")).post("/api/v1/patents/" + patent + "/annuity-payments").then()
                .statusCode(201).body("id", equalTo(id));
    }

    @Test
    void shouldRefuseAPaymentAfterTheGrace() {
        UUID patent = anInvention(Usccs.aUscc(), FILED, GRANTED);
        // the grace of year 3 ends 2023-09-15; the right lapsed at the due date, only a restoration brings it back
        pay(patent, 3, LocalDate.of(2023, 9, 16), "1125.00").then().statusCode(422)
                .body("code", equalTo("ANNUITY_GRACE_EXPIRED")).body("detail", containsString("2023-09-15"));
    }

    @Test
    void shouldRefuseAnAmountOtherThanTheTotalNamingBoth() {
        UUID patent = anInvention(Usccs.aUscc(), FILED, GRANTED);
        // month 3: 900.00 + 10 % = 990.00
        given().auth().oauth2(Tokens.shared().officer()).header("Accept-Language", "en").contentType("application/json")
                .body(body(3, LocalDate.of(2023, 6, 1), "900.00"))
                .post("/api/v1/patents/" + patent + "/annuity-payments").then().statusCode(422)
                .body("code", equalTo("ANNUITY_AMOUNT_MISMATCH"))
                .body("detail", allOf(containsString("Expected 990.00"), containsString("given 900.00")));
    }

    @Test
    void shouldRefuseYearsThePatentDoesNotOwe() {
        UUID filed = anInvention(Usccs.aUscc(), FILED, null);
        pay(filed, 3, YEAR_3_DUE, "900.00").then().statusCode(422).body("code", equalTo("ANNUITY_PATENT_NOT_GRANTED"));
        UUID patent = anInvention(Usccs.aUscc(), FILED, GRANTED);
        pay(patent, 2, LocalDate.of(2022, 6, 1), "900.00").then().statusCode(422)
                .body("code", equalTo("ANNUITY_PAID_AT_GRANT"));
        pay(patent, 4, LocalDate.of(2024, 3, 1), "1200.00").then().statusCode(422)
                .body("code", equalTo("ANNUITY_EARLIER_YEAR_UNPAID"));
        UUID abandoned = anInvention(Usccs.aUscc(), FILED, GRANTED);
        Patents.append(Tokens.shared().admin(), abandoned, Patents.event("ABANDONED", "2023-01-10", null)).then()
                .statusCode(201);
        pay(abandoned, 3, YEAR_3_DUE, "900.00").then().statusCode(422)
                .body("code", equalTo("ANNUITY_PATENT_NOT_IN_FORCE"));
    }

    @Test
    void shouldRefuseBadInputNamingTheField() {
        UUID utility = AnnuityPayments.aPatent(Usccs.aUscc(), PatentType.UTILITY_MODEL, FILED, GRANTED);
        // a utility model's term is 10 years
        pay(utility, 11, YEAR_3_DUE, "900.00").then().statusCode(400).body("code", equalTo("ANNUITY_PAYMENT_INVALID"))
                .body("violations[0].field", equalTo("termYear"));
        UUID patent = anInvention(Usccs.aUscc(), FILED, GRANTED);
        pay(patent, 3, LocalDate.now().plusDays(2), "900.00").then().statusCode(400)
                .body("code", equalTo("ANNUITY_PAYMENT_INVALID")).body("violations[0].field", equalTo("paidOn"));
        pay(patent, 3, LocalDate.of(2021, 3, 14), "900.00").then().statusCode(400)
                .body("violations[0].field", equalTo("paidOn"));
        pay(Tokens.shared().officer(), patent, """
                {"termYear":0,"paidOn":"2023-03-15"}""").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", containsInAnyOrder("termYear", "amount"));
        pay(Tokens.shared().officer(), patent, """
                {"termYear":3,"paidOn":"2023-03-15","amount":"12.345"}""").then().statusCode(400)
                .body("violations[0].field", equalTo("amount"));
    }

    @Test
    void shouldAcceptAReceiptOfAHolderOnly() {
        String holder = Usccs.aUscc();
        UUID patent = anInvention(holder, FILED, GRANTED);
        UUID foreign = AnnuityPayments.aReceipt(replica, Usccs.aUscc());
        pay(Tokens.shared().officer(), patent, """
                {"termYear":3,"paidOn":"2023-03-15","amount":"900.00","receiptMaterialId":"%s"}""".formatted(foreign))
                .then().statusCode(422).body("code", equalTo("MATERIAL_NOT_FOUND"));
        UUID receipt = AnnuityPayments.aReceipt(replica, holder);
        pay(Tokens.shared().officer(), patent, """
                {"termYear":3,"paidOn":"2023-03-15","amount":"900.00","receiptMaterialId":"%s"}""".formatted(receipt))
                .then().statusCode(201).body("receiptMaterialId", equalTo(receipt.toString()))
                .body("scheduleId", notNullValue());
    }
}
