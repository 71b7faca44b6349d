package org.keji.commons.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keji.commons.calendar.CalendarEntry;
import org.keji.commons.calendar.SeededCalendar;
import org.keji.commons.calendar.WorkingDayCalendar;

/**
 * The case clock on the official calendar's hard days — 春节 and 国庆 with their adjusted working weekends, the turn of
 * a year — and on a calendar that lacks a year, where due dates are provisional until the year is loaded.
 */
class CaseClockTest {

    private static final WorkingDayCalendar OFFICIAL = SeededCalendar.load();

    @Test
    void shouldCountBothLimitsAcrossTheSpringFestivalAndItsAdjustedSaturday() {
        // Fri 13 Feb 2026 is day 1, Sat 14 Feb (春节调休上班) day 2, 15–23 Feb 春节, Tue 24 Feb day 3
        CaseClock clock = CaseClock.open(LocalDate.of(2026, 2, 12), new CaseLimits(3, 5), OFFICIAL);

        assertEquals(LocalDate.of(2026, 2, 24), clock.promisedDueOn());
        assertEquals(LocalDate.of(2026, 2, 26), clock.legalDueOn());
        assertFalse(clock.promisedDueOnProvisional());
        assertFalse(clock.legalDueOnProvisional());
        assertEquals(3, clock.workingDaysLeft(LocalDate.of(2026, 2, 12), OFFICIAL));
        assertEquals(1, clock.workingDaysLeft(LocalDate.of(2026, 2, 20), OFFICIAL));
    }

    @Test
    void shouldCountAnAdjustedWorkingSundayBeforeTheSpringFestival2025() {
        // Sun 26 Jan 2025 is worked (春节调休上班); 28 Jan – 4 Feb are off
        CaseClock clock = CaseClock.open(LocalDate.of(2025, 1, 24), new CaseLimits(1, 3), OFFICIAL);

        assertEquals(LocalDate.of(2025, 1, 26), clock.promisedDueOn());
        assertEquals(LocalDate.of(2025, 2, 5), clock.legalDueOn());
    }

    @Test
    void shouldCountAcrossTheYearEndThroughNewYearsDayAndTheWorkedSunday() {
        // Wed 31 Dec 2025 day 1, 1–3 Jan 2026 元旦, Sun 4 Jan worked: day 2, Mon 5 Jan day 3
        CaseClock clock = CaseClock.open(LocalDate.of(2025, 12, 30), new CaseLimits(3, 3), OFFICIAL);

        assertEquals(LocalDate.of(2026, 1, 5), clock.promisedDueOn());
        assertEquals(clock.promisedDueOn(), clock.legalDueOn());
        assertFalse(clock.promisedDueOnProvisional());
    }

    @Test
    void shouldMoveBothDueDatesByThePausedWorkingDaysOfAPauseSpanningNationalDay() {
        CaseClock clock = nationalDayCase();
        assertEquals(LocalDate.of(2026, 10, 12), clock.promisedDueOn());
        assertEquals(LocalDate.of(2026, 10, 26), clock.legalDueOn());

        clock.pause(LocalDate.of(2026, 9, 29));
        assertTrue(clock.paused());
        // frozen at the pause: 30 Sep, 8, 9, 10 (worked Saturday) and 12 Oct are left, whatever the day
        assertEquals(5, clock.workingDaysLeft(LocalDate.of(2026, 9, 29), OFFICIAL));
        assertEquals(5, clock.workingDaysLeft(LocalDate.of(2026, 10, 9), OFFICIAL));
        assertEquals(5, clock.workingDaysLeft(LocalDate.of(2026, 12, 1), OFFICIAL));
        assertFalse(clock.overdue(LocalDate.of(2026, 12, 1)));

        // paused 30 Sep, 8 and 9 Oct: the days of 国庆 and 中秋 do not count
        assertEquals(3, clock.resume(LocalDate.of(2026, 10, 9), OFFICIAL));

        assertFalse(clock.paused());
        assertEquals(3, clock.pausedWorkingDays());
        assertEquals(LocalDate.of(2026, 10, 15), clock.promisedDueOn());
        assertEquals(LocalDate.of(2026, 10, 29), clock.legalDueOn());
        assertEquals(5, clock.workingDaysLeft(LocalDate.of(2026, 10, 9), OFFICIAL));
    }

    @Test
    void shouldDeriveTimeLeftAndOverdueAsOfADay() {
        CaseClock clock = nationalDayCase();

        assertEquals(0, clock.workingDaysLeft(LocalDate.of(2026, 10, 12), OFFICIAL));
        assertFalse(clock.overdue(LocalDate.of(2026, 10, 12)));
        assertEquals(-1, clock.workingDaysLeft(LocalDate.of(2026, 10, 13), OFFICIAL));
        assertTrue(clock.overdue(LocalDate.of(2026, 10, 13)));
        // a weekend after the due date adds no overdue working day
        assertEquals(-4, clock.workingDaysLeft(LocalDate.of(2026, 10, 16), OFFICIAL));
        assertEquals(-4, clock.workingDaysLeft(LocalDate.of(2026, 10, 18), OFFICIAL));
        assertEquals(-5, clock.workingDaysLeft(LocalDate.of(2026, 10, 19), OFFICIAL));
    }

    @Test
    void shouldCountARunningPauseWhenClosedAndStopTheClock() {
        CaseClock clock = nationalDayCase();
        clock.pause(LocalDate.of(2026, 9, 29));

        clock.close(LocalDate.of(2026, 10, 9), OFFICIAL);

        assertTrue(clock.closed());
        assertFalse(clock.paused());
        assertEquals(LocalDate.of(2026, 10, 9), clock.closedOn());
        assertEquals(3, clock.pausedWorkingDays());
        assertEquals(LocalDate.of(2026, 10, 15), clock.promisedDueOn());
        assertNull(clock.workingDaysLeft(LocalDate.of(2026, 10, 9), OFFICIAL));
        assertFalse(clock.overdue(LocalDate.of(2027, 1, 4)));
    }

    @Test
    void shouldCallAClosingAfterThePromisedDateOverdueForGood() {
        CaseClock clock = nationalDayCase();

        clock.close(LocalDate.of(2026, 10, 13), OFFICIAL);

        assertTrue(clock.overdue(LocalDate.of(2026, 10, 13)));
        assertTrue(clock.overdue(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void shouldRefuseIllegalMoves() {
        CaseClock clock = nationalDayCase();
        assertThrows(IllegalStateException.class, () -> clock.resume(LocalDate.of(2026, 9, 22), OFFICIAL));
        clock.pause(LocalDate.of(2026, 9, 22));
        assertThrows(IllegalStateException.class, () -> clock.pause(LocalDate.of(2026, 9, 23)));
        assertThrows(IllegalArgumentException.class, () -> clock.resume(LocalDate.of(2026, 9, 21), OFFICIAL));
        clock.resume(LocalDate.of(2026, 9, 23), OFFICIAL);
        clock.close(LocalDate.of(2026, 9, 24), OFFICIAL);

        assertThrows(IllegalStateException.class, () -> clock.pause(LocalDate.of(2026, 9, 25)));
        assertThrows(IllegalStateException.class, () -> clock.resume(LocalDate.of(2026, 9, 25), OFFICIAL));
        assertThrows(IllegalStateException.class, () -> clock.close(LocalDate.of(2026, 9, 25), OFFICIAL));
        assertThrows(IllegalStateException.class, () -> clock.recompute(OFFICIAL));
        assertThrows(IllegalArgumentException.class, () -> new CaseLimits(20, 5));
        assertThrows(IllegalArgumentException.class, () -> new CaseLimits(-1, 5));
    }

    @Test
    void shouldMarkADueDateInAYearWithoutDataProvisionalAndFixItOnceTheYearIsLoaded() {
        WorkingDayCalendar upTo2026 = calendarOf(entries2026());
        // Mon 30 Nov 2026: 23 working days in December, so 20 stay in 2026 and 60 reach into 2027 (Mon–Fri)
        CaseClock clock = CaseClock.open(LocalDate.of(2026, 11, 30), new CaseLimits(20, 60), upTo2026);

        assertEquals(LocalDate.of(2026, 12, 28), clock.promisedDueOn());
        assertFalse(clock.promisedDueOnProvisional());
        assertEquals(LocalDate.of(2027, 2, 22), clock.legalDueOn());
        assertTrue(clock.legalDueOnProvisional());
        assertFalse(clock.recompute(upTo2026));

        List<CalendarEntry> with2027 = new ArrayList<>(entries2026());
        with2027.add(new CalendarEntry(LocalDate.of(2027, 1, 1), CalendarEntry.Kind.HOLIDAY, "元旦"));
        with2027.add(new CalendarEntry(LocalDate.of(2027, 2, 8), CalendarEntry.Kind.HOLIDAY, "春节"));
        assertTrue(clock.recompute(calendarOf(with2027)));

        assertEquals(LocalDate.of(2027, 2, 24), clock.legalDueOn());
        assertFalse(clock.legalDueOnProvisional());
        assertEquals(LocalDate.of(2026, 12, 28), clock.promisedDueOn());
    }

    @Test
    void shouldMarkADueDateProvisionalWhenOnlyADayCountedToReachItLiesInAYearWithoutData() {
        List<CalendarEntry> entries = new ArrayList<>(entries2026());
        entries.add(new CalendarEntry(LocalDate.of(2028, 1, 3), CalendarEntry.Kind.HOLIDAY, "元旦"));
        WorkingDayCalendar without2027 = calendarOf(entries);

        // from 2026 to 2028 through all of 2027, which has no data
        CaseClock clock = CaseClock.open(LocalDate.of(2026, 12, 30), new CaseLimits(0, 300), without2027);

        assertEquals(2028, clock.legalDueOn().getYear());
        assertTrue(clock.legalDueOnProvisional());
        assertEquals(LocalDate.of(2026, 12, 30), clock.promisedDueOn());
        assertFalse(clock.promisedDueOnProvisional());
    }

    @Test
    void shouldRecomputeAPausedAndResumedCaseAsIfTheDatesHadMovedByEachPause() {
        WorkingDayCalendar upTo2026 = calendarOf(entries2026());
        CaseClock clock = CaseClock.open(LocalDate.of(2026, 11, 30), new CaseLimits(20, 60), upTo2026);
        clock.pause(LocalDate.of(2026, 12, 1));
        assertEquals(4, clock.resume(LocalDate.of(2026, 12, 7), upTo2026));
        LocalDate legal = clock.legalDueOn();

        assertEquals(upTo2026.addWorkingDays(LocalDate.of(2027, 2, 22), 4), legal);
        assertFalse(clock.recompute(upTo2026));
        assertEquals(legal, clock.legalDueOn());
    }

    /** 21 Sep 2026, a Monday after the worked Sunday of 国庆; promised 10 and legal 20 working days. */
    private static CaseClock nationalDayCase() {
        return CaseClock.open(LocalDate.of(2026, 9, 21), new CaseLimits(10, 20), OFFICIAL);
    }

    private static List<CalendarEntry> entries2026() {
        return List.of(new CalendarEntry(LocalDate.of(2026, 10, 1), CalendarEntry.Kind.HOLIDAY, "国庆节"),
                new CalendarEntry(LocalDate.of(2026, 2, 14), CalendarEntry.Kind.WORKDAY, "春节调休上班"));
    }

    /** A calendar covering the years its entries fall in. */
    private static WorkingDayCalendar calendarOf(List<CalendarEntry> entries) {
        return new WorkingDayCalendar(entries, entries.stream().map(e -> e.date().getYear()).distinct().toList());
    }
}
