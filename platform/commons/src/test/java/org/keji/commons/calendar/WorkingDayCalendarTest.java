package org.keji.commons.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.keji.commons.calendar.CalendarEntry.Kind;

class WorkingDayCalendarTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** A calendar covering the years of its entries. */
    private static WorkingDayCalendar calendar(CalendarEntry... entries) {
        return new WorkingDayCalendar(List.of(entries),
                Stream.of(entries).map(e -> e.date().getYear()).collect(Collectors.toSet()));
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
    void shouldCoverTheYearsWhoseNoticeIsLoadedNotTheYearsThatHaveEntries() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(
                List.of(new CalendarEntry(date("2030-01-07"), Kind.HOLIDAY, "a"),
                        new CalendarEntry(date("2032-12-31"), Kind.HOLIDAY, "eve of 2033")),
                Set.of(2030, 2031, 2033));
        assertEquals(Set.of(2030, 2031, 2033), calendar.coveredYears());
        assertTrue(calendar.covers(date("2030-12-31")));
        assertTrue(calendar.covers(date("2031-06-01")), "a notice without a single day off still covers its year");
        assertFalse(calendar.covers(date("2032-12-31")), "a day of 2033's notice does not cover 2032");
        assertFalse(calendar.isWorkingDay(date("2032-12-31")), "but it is off");
    }

    @Test
    void shouldCountPlainWeeksAndCoverNothingWithoutANotice() {
        WorkingDayCalendar plain = WorkingDayCalendar.plainWeeks();
        assertTrue(plain.coveredYears().isEmpty());
        assertFalse(plain.covers(date("2026-10-01")));
        assertTrue(plain.isWorkingDay(date("2026-10-01")), "National Day unknown without data");
    }

    @Test
    void shouldGiveStartBackWhenAddingZero() {
        assertEquals(date("2026-10-03"), calendar().addWorkingDays(date("2026-10-03"), 0));
    }

    @Test
    void shouldNotCountTheStartDay() {
        assertEquals(date("2030-01-08"), calendar().addWorkingDays(date("2030-01-07"), 1));
        assertEquals(date("2030-01-14"), calendar().addWorkingDays(date("2030-01-11"), 1), "Friday + 1 = Monday");
        assertEquals(date("2030-01-14"), calendar().addWorkingDays(date("2030-01-12"), 1), "Saturday + 1 = Monday");
    }

    @Test
    void shouldRefuseANegativeNumberOfDays() {
        assertThrows(IllegalArgumentException.class, () -> calendar().addWorkingDays(date("2026-01-05"), -1));
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
        assertEquals(0, calendar().workingDaysBetween(date("2026-03-10"), date("2026-03-10")));
        assertEquals(0, calendar().workingDaysBetween(date("2026-03-10"), date("2026-03-02")));
    }
}
