package org.keji.ip.annuity;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.keji.ip.annuity.AnnuityPayments.anInvention;
import static org.keji.ip.annuity.AnnuityPayments.annuities;
import static org.keji.ip.annuity.AnnuityPayments.legalEvents;
import static org.keji.ip.annuity.AnnuityPayments.patent;
import static org.keji.ip.annuity.AnnuityPayments.pay;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keji.ip.patent.Patents;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The lapse at the end of the grace (专利法实施细则 第九十八条): exactly the granted patents whose first unpaid annuity's
 * grace ended are lapsed, once, effective at the due date; a payment with the restoration request and the RESTORED event
 * bring a patent back in force.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class AnnuityLapseJobTest {

    // granted in year 2; year 3 due on the filing anniversary in 2025, its grace ending 6 months later
    private static final LocalDate GRANTED = LocalDate.of(2024, 10, 1);
    private static final LocalDate FILED_15 = LocalDate.of(2023, 9, 15);
    private static final LocalDate FILED_16 = LocalDate.of(2023, 9, 16);
    // the day after the grace of a patent filed on the 15th ended (2026-03-15), the last day of one filed on the 16th
    private static final LocalDate RUN = LocalDate.of(2026, 3, 16);

    @Inject
    MutableClock clock;

    @Inject
    AnnuityLapseJob job;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldLapseExactlyThePatentsWhoseGraceEndedOnce() {
        UUID graceEnded = anInvention(Usccs.aUscc(), FILED_15, GRANTED);
        UUID lastDayOfGrace = anInvention(Usccs.aUscc(), FILED_16, GRANTED);
        UUID paid = anInvention(Usccs.aUscc(), FILED_15, GRANTED);
        pay(paid, 3, LocalDate.of(2025, 9, 10), "900.00").then().statusCode(201);
        UUID notGranted = anInvention(Usccs.aUscc(), FILED_15, null);

        clock.travelTo(RUN);
        assertThat(job.lapseDue(), greaterThan(0));
        patent(graceEnded).then().statusCode(200).body("status", equalTo("LAPSED"))
                .body("lapseReason", equalTo("ANNUITY_UNPAID")).body("lapsedOn", equalTo("2025-09-15"));
        List<String> kinds = legalEvents(graceEnded).then().statusCode(200).extract().path("kind");
        assertThat(kinds, contains("FILED", "GRANTED", "ANNUITY_LAPSED"));
        legalEvents(graceEnded).then().body("[2].effectiveDate", equalTo("2025-09-15"))
                .body("[2].details.noticeDate", equalTo("2026-03-16"))
                .body("[2].recordedBy", equalTo(AnnuityLapseJob.ACTOR));
        patent(lastDayOfGrace).then().body("status", equalTo("GRANTED"));
        patent(paid).then().body("status", equalTo("GRANTED"));
        patent(notGranted).then().body("status", equalTo("FILED"));

        // a second run the same day changes nothing
        job.lapseDue();
        assertThat(legalEvents(graceEnded).then().extract().<List<String>> path("kind"), hasSize(3));
        patent(lastDayOfGrace).then().body("status", equalTo("GRANTED"));

        // the next day the grace of the patent filed on the 16th has ended too
        clock.travelTo(RUN.plusDays(1));
        job.lapseDue();
        patent(lastDayOfGrace).then().body("status", equalTo("LAPSED")).body("lapsedOn", equalTo("2025-09-16"));
        patent(paid).then().body("status", equalTo("GRANTED"));
        assertThat(legalEvents(graceEnded).then().extract().<List<String>> path("kind"), hasSize(3));
    }

    @Test
    void shouldRestoreAPatentThatPaidTheOverdueYearWithTheFullSurcharge() {
        String holder = Usccs.aUscc();
        UUID patent = anInvention(holder, FILED_15, GRANTED);
        clock.travelTo(RUN);
        job.lapseDue();
        patent(patent).then().body("status", equalTo("LAPSED"));

        // ten days after the notice: year 3 with the restoration request, 900.00 + 25 %
        LocalDate requested = RUN.plusDays(10);
        clock.travelTo(requested);
        pay(patent, 3, requested, "900.00").then().statusCode(422).body("code", equalTo("ANNUITY_AMOUNT_MISMATCH"));
        pay(patent, 3, requested, "1125.00").then().statusCode(201).body("restoration", equalTo(true))
                .body("monthOfGrace", equalTo(6)).body("surchargeRate", equalTo("0.25"))
                .body("surcharge", equalTo("225.00"));
        Patents.append(Tokens.shared().officer(), patent, Patents.event("RESTORED", requested.toString(), null)).then()
                .statusCode(201);
        patent(patent).then().body("status", equalTo("GRANTED")).body("restored", equalTo(true));
        annuities(Tokens.shared().applicant(holder), patent).then().body("years[1].status", equalTo("PAID"))
                .body("years[1].surchargeRate", equalTo("0.25")).body("nextDueOn", equalTo("2026-09-15"))
                .body("overdue", equalTo(false));

        // the job leaves it in force: year 4 is not due before 2026-09-15
        job.lapseDue();
        patent(patent).then().body("status", equalTo("GRANTED"));
    }

    @Test
    void shouldKeepAPatentRestoredBeforeItsPaymentIsRecordedInForce() {
        UUID patent = anInvention(Usccs.aUscc(), FILED_15, GRANTED);
        UUID notRestored = anInvention(Usccs.aUscc(), FILED_15, GRANTED);
        clock.travelTo(RUN);
        job.lapseDue();
        // CNIPA restored it (RE01) before the bureau recorded the payment that came with the request
        LocalDate requested = RUN.plusDays(20);
        clock.travelTo(requested);
        Patents.append(Tokens.shared().admin(), patent, Patents.event("RESTORED", requested.toString(), null)).then()
                .statusCode(201);
        job.lapseDue();
        patent(patent).then().body("status", equalTo("GRANTED"));
        assertThat(legalEvents(patent).then().extract().<List<String>> path("kind"),
                contains("FILED", "GRANTED", "ANNUITY_LAPSED", "RESTORED"));
        // the overdue year is still payable, with the restoration's 25 %
        pay(patent, 3, requested, "1125.00").then().statusCode(201).body("restoration", equalTo(true))
                .body("surchargeRate", equalTo("0.25"));
        job.lapseDue();
        patent(patent).then().body("status", equalTo("GRANTED"));
        // a patent in force that was never restored cannot pay after its grace
        UUID inForce = anInvention(Usccs.aUscc(), FILED_16, GRANTED);
        pay(inForce, 3, requested, "1125.00").then().statusCode(422).body("code", equalTo("ANNUITY_GRACE_EXPIRED"));
        patent(notRestored).then().body("status", equalTo("LAPSED"));
    }

    @Test
    void shouldRefuseTheOverduePaymentAfterTheRestorationWindow() {
        UUID patent = anInvention(Usccs.aUscc(), FILED_15, GRANTED);
        clock.travelTo(RUN);
        job.lapseDue();
        // the notice of 2026-03-16 opens a window of two months, to 2026-05-16
        clock.travelTo(LocalDate.of(2026, 5, 17));
        pay(patent, 3, LocalDate.of(2026, 5, 17), "1125.00").then().statusCode(422)
                .body("code", equalTo("RESTORATION_WINDOW_CLOSED"));
        pay(patent, 3, LocalDate.of(2026, 5, 16), "1125.00").then().statusCode(201).body("restoration", equalTo(true));
    }
}
