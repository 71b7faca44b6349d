package org.keji.commons.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.keji.commons.calendar.CalendarEntry.Kind;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar OFFICIAL = WorkingDayCalendar.official();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static WorkingDayCalendar calendar(CalendarEntry... entries) {
        return new WorkingDayCalendar(List.of(entries));
    }

    private static List<CalendarEntry> csv(String text) {
        return WorkingDayCalendar.parseCsv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    // rules, on data given by the test

    @Test
    void shouldWorkMondayToFridayAndRestAtTheWeekendWithoutData() {
        WorkingDayCalendar plain = calendar();
        assertTrue(plain.isWorkingDay(date("2030-01-07")), "Monday");
        assertTrue(plain.isWorkingDay(date("2030-01-11")), "Friday");
        assertFalse(plain.isWorkingDay(date("2030-01-12")), "Saturday");
        assertFalse(plain.isWorkingDay(date("2030-01-13")), "Sunday");
    }

    @Test
    void shouldRestOnAHolidayThatFallsOnAWeekday() {
        WorkingDayCalendar calendar = calendar(new CalendarEntry(date("2030-01-07"), Kind.HOLIDAY, "测试假日"));
        assertFalse(calendar.isWorkingDay(date("2030-01-07")));
        assertTrue(calendar.isWorkingDay(date("2030-01-08")));
    }

    @Test
    void shouldWorkOnAnAdjustedWeekendDay() {
        WorkingDayCalendar calendar = calendar(new CalendarEntry(date("2030-01-12"), Kind.WORKDAY, "测试调休上班"));
        assertTrue(calendar.isWorkingDay(date("2030-01-12")));
        assertFalse(calendar.isWorkingDay(date("2030-01-13")));
    }

    @Test
    void shouldRefuseAnAdjustedWorkingDayOnAWeekdayAsADataError() {
        assertThrows(IllegalArgumentException.class,
                () -> new CalendarEntry(date("2030-01-07"), Kind.WORKDAY, "周一"));
    }

    @Test
    void shouldRefuseTwoEntriesForOneDate() {
        assertThrows(IllegalArgumentException.class,
                () -> calendar(new CalendarEntry(date("2030-01-07"), Kind.HOLIDAY, "a"),
                        new CalendarEntry(date("2030-01-07"), Kind.HOLIDAY, "b")));
    }

    @Test
    void shouldCoverOnlyTheYearsWithData() {
        WorkingDayCalendar calendar = calendar(new CalendarEntry(date("2030-01-07"), Kind.HOLIDAY, "a"),
                new CalendarEntry(date("2032-01-01"), Kind.HOLIDAY, "b"));
        assertEquals(Set.of(2030, 2032), calendar.coveredYears());
        assertTrue(calendar.covers(date("2030-12-31")));
        assertFalse(calendar.covers(date("2031-06-01")));
    }

    @Test
    void shouldGiveStartBackWhenAddingZero() {
        assertEquals(date("2026-10-03"), OFFICIAL.addWorkingDays(date("2026-10-03"), 0));
    }

    @Test
    void shouldNotCountTheStartDay() {
        assertEquals(date("2030-01-08"), calendar().addWorkingDays(date("2030-01-07"), 1));
        assertEquals(date("2030-01-14"), calendar().addWorkingDays(date("2030-01-11"), 1), "Friday + 1 = Monday");
        assertEquals(date("2030-01-14"), calendar().addWorkingDays(date("2030-01-12"), 1), "Saturday + 1 = Monday");
    }

    @Test
    void shouldRefuseANegativeNumberOfDays() {
        assertThrows(IllegalArgumentException.class, () -> OFFICIAL.addWorkingDays(date("2026-01-05"), -1));
    }

    @Test
    void shouldCountWorkingDaysAfterFromUpToAndIncludingTo() {
        WorkingDayCalendar plain = calendar();
        assertEquals(1, plain.workingDaysBetween(date("2030-01-07"), date("2030-01-08")));
        assertEquals(5, plain.workingDaysBetween(date("2030-01-06"), date("2030-01-12")), "Sunday to Saturday");
        assertEquals(0, plain.workingDaysBetween(date("2030-01-11"), date("2030-01-13")), "Friday to Sunday");
    }

    @Test
    void shouldCountNothingWhenToIsNotAfterFrom() {
        assertEquals(0, OFFICIAL.workingDaysBetween(date("2026-03-10"), date("2026-03-10")));
        assertEquals(0, OFFICIAL.workingDaysBetween(date("2026-03-10"), date("2026-03-02")));
    }

    @Test
    void shouldMakeAddingAndCountingInverseOverTwoYears() {
        LocalDate start = date("2024-12-20");
        for (int n = 0; n <= 520; n++) {
            LocalDate end = OFFICIAL.addWorkingDays(start, n);
            assertEquals(n, OFFICIAL.workingDaysBetween(start, end), () -> "start " + start + " + " + end);
        }
        for (LocalDate to = start; to.isBefore(date("2027-01-10")); to = to.plusDays(1)) {
            int between = OFFICIAL.workingDaysBetween(start, to);
            LocalDate back = OFFICIAL.addWorkingDays(start, between);
            if (OFFICIAL.isWorkingDay(to)) {
                assertEquals(to, back);
            } else {
                assertTrue(back.isBefore(to), () -> "the last working day before a day off");
            }
        }
    }

    // the official schedule

    @Test
    void shouldCoverTheOfficialYears2025And2026() {
        assertTrue(OFFICIAL.coveredYears().containsAll(Set.of(2025, 2026)));
    }

    @Test
    void shouldSkipTheNationalDayWeekWhenAddingFromTheLastDayOfSeptember2026() {
        // Oct 1–7 off; Oct 8 Thu, Oct 9 Fri, Oct 10 Sat (worked), Oct 12 Mon, Oct 13 Tue
        assertEquals(date("2026-10-13"), OFFICIAL.addWorkingDays(date("2026-09-30"), 5));
        assertEquals(5, OFFICIAL.workingDaysBetween(date("2026-09-30"), date("2026-10-13")));
    }

    @Test
    void shouldWorkOnSaturdayOctober10th2026() {
        assertEquals(DayOfWeek.SATURDAY, date("2026-10-10").getDayOfWeek());
        assertTrue(OFFICIAL.isWorkingDay(date("2026-10-10")));
    }

    @Test
    void shouldRestOnMondayFebruary16th2026InTheSpringFestival() {
        assertEquals(DayOfWeek.MONDAY, date("2026-02-16").getDayOfWeek());
        assertFalse(OFFICIAL.isWorkingDay(date("2026-02-16")));
        assertEquals("春节", OFFICIAL.entry(date("2026-02-16")).orElseThrow().name());
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-01-01", "2025-01-28", "2025-02-04", "2025-04-04", "2025-05-02", "2025-05-05",
            "2025-06-02", "2025-10-08", "2026-01-02", "2026-02-23", "2026-04-06", "2026-05-04", "2026-05-05",
            "2026-06-19", "2026-09-25", "2026-10-01", "2026-10-07" })
    void shouldRestOnOfficialWeekdayHolidays(String iso) {
        assertFalse(OFFICIAL.isWorkingDay(date(iso)), iso);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11", "2026-01-04",
            "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10" })
    void shouldWorkOnOfficialAdjustedWeekendDays(String iso) {
        assertTrue(CalendarEntry.isWeekend(date(iso)), iso);
        assertTrue(OFFICIAL.isWorkingDay(date(iso)), iso);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-01-02", "2025-02-05", "2025-05-06", "2025-10-09", "2026-01-05", "2026-02-24",
            "2026-04-07", "2026-05-06", "2026-06-22", "2026-09-28", "2026-10-08" })
    void shouldWorkOnTheFirstWeekdayAfterEachHoliday(String iso) {
        assertTrue(OFFICIAL.isWorkingDay(date(iso)), iso);
    }

    /** 365 days − 104 weekend days − weekday holidays + adjusted working days, counted by hand from the notices. */
    @ParameterizedTest
    @CsvSource({ "2025, 18, 5", "2026, 19, 6" })
    void shouldHaveTheWorkingDaysOfEachOfficialYear(int year, int weekdayHolidays, int adjustedWorkingDays) {
        LocalDate lastDayBefore = LocalDate.of(year - 1, 12, 31);
        assertEquals(365 - 104 - weekdayHolidays + adjustedWorkingDays,
                OFFICIAL.workingDaysBetween(lastDayBefore, LocalDate.of(year, 12, 31)));
    }

    @Test
    void shouldFallBackToPlainWeeksInAYearWithoutData() {
        assertFalse(OFFICIAL.covers(date("2035-10-01")));
        assertTrue(OFFICIAL.isWorkingDay(date("2035-10-01")), "a Monday, National Day unknown in 2035");
    }

    // the data format

    @Test
    void shouldReadCsvRowsSkippingHeaderCommentsAndBlankLines() {
        List<CalendarEntry> entries = csv("""
                # 注释
                date,kind,name

                2030-01-07,HOLIDAY,元旦
                2030-01-12,WORKDAY,元旦调休上班
                """);
        assertEquals(List.of(new CalendarEntry(date("2030-01-07"), Kind.HOLIDAY, "元旦"),
                new CalendarEntry(date("2030-01-12"), Kind.WORKDAY, "元旦调休上班")), entries);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2030-01-07,HOLIDAY", "2030-1-7,HOLIDAY,a", "2030-01-07,FEIERTAG,a", "2030-01-07,HOLIDAY,",
            "2030-01-07,WORKDAY,a" })
    void shouldRefuseMalformedCsvRowsNamingTheLine(String row) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> csv("date,kind,name\n" + row + "\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
