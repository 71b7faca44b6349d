package org.keji.ip.annuity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keji.commons.identifier.PatentType;
import org.keji.commons.money.Money;
import org.keji.ip.annuity.AnnuityRules.AnnuityCharge;

/** The annuity arithmetic of {@link AnnuityRules}, boundary day by boundary day. */
class AnnuityRulesTest {

    /**
     * Every month of the grace with its boundary days, for a mid-month due date, a 31 January one (each later boundary
     * clamped to the month's end, counted from the due date: 29 Feb 2024, then 31 Mar, 30 Apr, 31 May, 30 Jun, 31 Jul)
     * and a 29 February one (29 Mar … 29 Aug). Fee 900.00: surcharges 0, 0, 45, 90, 135, 180, 225.
     */
    @ParameterizedTest(name = "due {0}, paid {1} → month {2}, rate {3}, surcharge {4}")
    @CsvSource({
            // due date,  payment,     month, rate, surcharge, total
            "2025-06-15, 2025-01-01, 0, 0.00, 0.00, 900.00",
            "2025-06-15, 2025-06-14, 0, 0.00, 0.00, 900.00",
            "2025-06-15, 2025-06-15, 0, 0.00, 0.00, 900.00",
            "2025-06-15, 2025-06-16, 1, 0.00, 0.00, 900.00",
            "2025-06-15, 2025-07-15, 1, 0.00, 0.00, 900.00",
            "2025-06-15, 2025-07-16, 2, 0.05, 45.00, 945.00",
            "2025-06-15, 2025-08-15, 2, 0.05, 45.00, 945.00",
            "2025-06-15, 2025-08-16, 3, 0.10, 90.00, 990.00",
            "2025-06-15, 2025-09-15, 3, 0.10, 90.00, 990.00",
            "2025-06-15, 2025-09-16, 4, 0.15, 135.00, 1035.00",
            "2025-06-15, 2025-10-15, 4, 0.15, 135.00, 1035.00",
            "2025-06-15, 2025-10-16, 5, 0.20, 180.00, 1080.00",
            "2025-06-15, 2025-11-15, 5, 0.20, 180.00, 1080.00",
            "2025-06-15, 2025-11-16, 6, 0.25, 225.00, 1125.00",
            "2025-06-15, 2025-12-15, 6, 0.25, 225.00, 1125.00",
            // 31 January in a leap year: +1 month = 29 Feb, +2 = 31 Mar, +3 = 30 Apr, +4 = 31 May, +5 = 30 Jun, +6 = 31 Jul
            "2024-01-31, 2024-01-31, 0, 0.00, 0.00, 900.00",
            "2024-01-31, 2024-02-01, 1, 0.00, 0.00, 900.00",
            "2024-01-31, 2024-02-29, 1, 0.00, 0.00, 900.00",
            "2024-01-31, 2024-03-01, 2, 0.05, 45.00, 945.00",
            "2024-01-31, 2024-03-30, 2, 0.05, 45.00, 945.00",
            "2024-01-31, 2024-03-31, 2, 0.05, 45.00, 945.00",
            "2024-01-31, 2024-04-01, 3, 0.10, 90.00, 990.00",
            "2024-01-31, 2024-04-30, 3, 0.10, 90.00, 990.00",
            "2024-01-31, 2024-05-01, 4, 0.15, 135.00, 1035.00",
            "2024-01-31, 2024-05-31, 4, 0.15, 135.00, 1035.00",
            "2024-01-31, 2024-06-01, 5, 0.20, 180.00, 1080.00",
            "2024-01-31, 2024-06-30, 5, 0.20, 180.00, 1080.00",
            "2024-01-31, 2024-07-01, 6, 0.25, 225.00, 1125.00",
            "2024-01-31, 2024-07-31, 6, 0.25, 225.00, 1125.00",
            // 31 January in a common year: +1 month = 28 Feb
            "2025-01-31, 2025-02-28, 1, 0.00, 0.00, 900.00",
            "2025-01-31, 2025-03-01, 2, 0.05, 45.00, 945.00",
            "2025-01-31, 2025-03-31, 2, 0.05, 45.00, 945.00",
            "2025-01-31, 2025-07-31, 6, 0.25, 225.00, 1125.00",
            // 29 February: every boundary on the 29th
            "2024-02-29, 2024-02-29, 0, 0.00, 0.00, 900.00",
            "2024-02-29, 2024-03-01, 1, 0.00, 0.00, 900.00",
            "2024-02-29, 2024-03-29, 1, 0.00, 0.00, 900.00",
            "2024-02-29, 2024-03-30, 2, 0.05, 45.00, 945.00",
            "2024-02-29, 2024-04-29, 2, 0.05, 45.00, 945.00",
            "2024-02-29, 2024-04-30, 3, 0.10, 90.00, 990.00",
            "2024-02-29, 2024-05-29, 3, 0.10, 90.00, 990.00",
            "2024-02-29, 2024-05-30, 4, 0.15, 135.00, 1035.00",
            "2024-02-29, 2024-06-29, 4, 0.15, 135.00, 1035.00",
            "2024-02-29, 2024-06-30, 5, 0.20, 180.00, 1080.00",
            "2024-02-29, 2024-07-29, 5, 0.20, 180.00, 1080.00",
            "2024-02-29, 2024-07-30, 6, 0.25, 225.00, 1125.00",
            "2024-02-29, 2024-08-29, 6, 0.25, 225.00, 1125.00" })
    void shouldChargeTheSurchargeOfEachMonthOfTheGrace(LocalDate due, LocalDate paid, int month, String rate,
            String surcharge, String total) {
        // filed on the due date: year 1 is due on the filing date itself
        AnnuityCharge charge = AnnuityRules.charge(due, 1, Money.of("900"), paid);
        assertTrue(charge.payable());
        assertEquals(due, charge.dueOn());
        assertEquals(month, charge.monthOfGrace());
        assertEquals(new BigDecimal(rate), charge.surchargeRate());
        assertEquals(Money.of(surcharge), charge.surcharge());
        assertEquals(Money.of(total), charge.total());
        assertEquals(new BigDecimal(surcharge), charge.surcharge().amount(), "two decimals, exact");
        assertNull(charge.lapseEffectiveOn());
    }

    @ParameterizedTest(name = "due {0}: grace ends {1}, paid {2} is too late")
    @CsvSource({ "2025-06-15, 2025-12-15, 2025-12-16", "2024-01-31, 2024-07-31, 2024-08-01",
            "2025-01-31, 2025-07-31, 2025-08-01", "2024-02-29, 2024-08-29, 2024-08-30",
            "2025-08-31, 2026-02-28, 2026-03-01" })
    void shouldRefuseAPaymentAfterTheGraceAndLapseAtTheDueDate(LocalDate due, LocalDate graceEnd, LocalDate paid) {
        assertEquals(graceEnd, AnnuityRules.graceEndsOn(due));
        assertTrue(AnnuityRules.charge(due, 1, Money.of("900"), graceEnd).payable());
        AnnuityCharge charge = AnnuityRules.charge(due, 1, Money.of("900"), paid);
        assertFalse(charge.payable());
        assertEquals(7, AnnuityRules.monthOfGrace(due, paid));
        assertNull(charge.monthOfGrace());
        assertNull(charge.surchargeRate());
        assertNull(charge.surcharge());
        assertNull(charge.total());
        assertEquals(due, charge.lapseEffectiveOn(), "自应当缴纳年费期满之日起终止");
        assertEquals(graceEnd, charge.graceEndsOn());
    }

    @ParameterizedTest(name = "filed {0}, year {1} → due {2}")
    @CsvSource({ "2023-05-10, 1, 2023-05-10", "2023-05-10, 2, 2024-05-10", "2023-05-10, 20, 2042-05-10",
            "2024-02-29, 2, 2025-02-28", "2024-02-29, 5, 2028-02-29", "2024-02-29, 6, 2029-02-28",
            "2003-01-31, 10, 2012-01-31" })
    void shouldDueEachYearOnTheAnniversaryOfFiling(LocalDate filed, int year, LocalDate due) {
        assertEquals(due, AnnuityRules.dueOn(filed, year));
    }

    @Test
    void shouldCountTheSurchargeOfALaterYearFromItsOwnAnniversary() {
        // invention filed 2020-03-31, year 7 (2000.00) due 2026-03-31; +1 month = 30 Apr, +2 months = 31 May (counted
        // from the due date, not 30 May), so 31 May is month 2 (5 %) and 1 June month 3 (10 %)
        assertEquals(2, AnnuityRules.monthOfGrace(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 31)));
        AnnuityCharge charge = AnnuityRules.charge(LocalDate.of(2020, 3, 31), 7, Money.of("2000.00"),
                LocalDate.of(2026, 6, 1));
        assertEquals(LocalDate.of(2026, 3, 31), charge.dueOn());
        assertEquals(LocalDate.of(2026, 9, 30), charge.graceEndsOn());
        assertEquals(3, charge.monthOfGrace());
        assertEquals(Money.of("200.00"), charge.surcharge());
        assertEquals(Money.of("2200.00"), charge.total());
    }

    @Test
    void shouldKeepTheSurchargeExactForFeesWithCents() {
        // a schedule may carry cents: 5 % of 333.33 is 16.6665 → 16.67, half-up once
        AnnuityCharge charge = AnnuityRules.charge(LocalDate.of(2025, 6, 15), 1, Money.of("333.33"),
                LocalDate.of(2025, 7, 20));
        assertEquals(Money.of("16.67"), charge.surcharge());
        assertEquals(Money.of("350.00"), charge.total());
    }

    @Test
    void shouldOpenTheRestorationWindowForTwoMonthsFromTheNotice() {
        assertEquals(LocalDate.of(2026, 3, 10), AnnuityRules.restorationEndsOn(LocalDate.of(2026, 1, 10)));
        assertEquals(LocalDate.of(2026, 2, 28), AnnuityRules.restorationEndsOn(LocalDate.of(2025, 12, 31)));
        assertEquals(LocalDate.of(2024, 2, 29), AnnuityRules.restorationEndsOn(LocalDate.of(2023, 12, 31)));
    }

    @Test
    void shouldPayPctKindsAsTheirBaseKind() {
        assertEquals(PatentType.INVENTION, AnnuityRules.scheduleKind(PatentType.PCT_INVENTION));
        assertEquals(PatentType.UTILITY_MODEL, AnnuityRules.scheduleKind(PatentType.PCT_UTILITY_MODEL));
        assertEquals(PatentType.DESIGN, AnnuityRules.scheduleKind(PatentType.DESIGN));
        assertEquals(PatentType.INVENTION, AnnuityRules.scheduleKind(PatentType.INVENTION));
    }

    @Test
    void shouldRefuseATermYearBelowOneAndARateOutsideTheGrace() {
        assertThrows(IllegalArgumentException.class, () -> AnnuityRules.dueOn(LocalDate.of(2025, 1, 1), 0));
        assertThrows(IllegalArgumentException.class, () -> AnnuityRules.surchargeRate(7));
        assertThrows(IllegalArgumentException.class, () -> AnnuityRules.surchargeRate(-1));
    }
}
