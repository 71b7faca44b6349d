package org.keji.ip.annuity;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.keji.ip.annuity.AnnuityPayments.anInvention;
import static org.keji.ip.annuity.AnnuityPayments.annuities;
import static org.keji.ip.annuity.AnnuityPayments.pay;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A patent's annuities year by year as the days pass: paid at grant, paid, due, in the grace, lapsed. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class PatentAnnuitiesResourceTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldShowEachYearsStandingAsTheDaysPass() {
        String holder = Usccs.aUscc();
        // filed 2021-03-15, granted 2022-06-01 (year 2); years 3 and 4 paid on time
        UUID patent = anInvention(holder, LocalDate.of(2021, 3, 15), LocalDate.of(2022, 6, 1));
        pay(patent, 3, LocalDate.of(2023, 3, 1), "900.00").then().statusCode(201);
        String year4 = pay(patent, 4, LocalDate.of(2024, 3, 15), "1200.00").then().statusCode(201).extract().path("id");

        // 2025-03-10 is in year 4: the list runs to year 5, due on 15 March
        clock.travelTo(LocalDate.of(2025, 3, 10));
        annuities(Tokens.shared().applicant(holder), patent).then().statusCode(200).body("grantYear", equalTo(2))
                .body("paidThroughYear", equalTo(4)).body("nextDueOn", equalTo("2025-03-15"))
                .body("overdue", equalTo(false)).body("years.termYear", equalTo(List.of(2, 3, 4, 5)))
                .body("years.status", equalTo(List.of("PAID_AT_GRANT", "PAID", "PAID", "DUE")))
                .body("years[0].dueOn", equalTo("2022-03-15")).body("years[0].fee", nullValue())
                .body("years[2].paidOn", equalTo("2024-03-15")).body("years[2].paymentId", equalTo(year4))
                .body("years[2].total", equalTo("1200.00")).body("years[2].surchargeRate", equalTo("0.00"))
                .body("years[3].fee", equalTo("1200.00")).body("years[3].total", equalTo("1200.00"))
                .body("years[3].surcharge", nullValue()).body("years[3].graceEndsOn", equalTo("2025-09-15"));

        // 2025-05-20: year 5 in the third month of its grace (10 %), year 6 listed as due next
        clock.travelTo(LocalDate.of(2025, 5, 20));
        annuities(Tokens.shared().officer(), patent).then().statusCode(200).body("overdue", equalTo(true))
                .body("years.status", equalTo(List.of("PAID_AT_GRANT", "PAID", "PAID", "IN_GRACE", "DUE")))
                .body("years[3].surchargeRate", equalTo("0.10")).body("years[3].surcharge", equalTo("120.00"))
                .body("years[3].total", equalTo("1320.00")).body("years[4].dueOn", equalTo("2026-03-15"));

        // 2025-09-16: the grace of year 5 has ended unpaid
        clock.travelTo(LocalDate.of(2025, 9, 16));
        annuities(Tokens.shared().admin(), patent).then().statusCode(200)
                .body("years[3].status", equalTo("LAPSED")).body("years[3].total", nullValue())
                .body("years[3].fee", equalTo("1200.00"));
    }

    @Test
    void shouldListNoYearsBeforeTheGrant() {
        UUID patent = anInvention(Usccs.aUscc(), LocalDate.of(2021, 3, 15), null);
        annuities(Tokens.shared().admin(), patent).then().statusCode(200).body("grantYear", nullValue())
                .body("nextDueOn", nullValue()).body("overdue", equalTo(false)).body("years", empty());
    }
}
