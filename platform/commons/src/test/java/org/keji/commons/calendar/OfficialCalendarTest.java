package org.keji.commons.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.keji.commons.testapp.Db;
import org.keji.testkit.KejiTestResource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The national schedule 2020–2026 as the platform migration loads it, checked against facts of each year's State
 * Council notice (国务院办公厅关于YYYY年部分节假日安排的通知), read through the bean every service uses.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class OfficialCalendarTest {

    @Inject
    WorkingCalendars calendars;

    @Inject
    AgroalDataSource dataSource;

    WorkingDayCalendar official;

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @BeforeEach
    void read() {
        official = calendars.current();
    }

    @Test
    void shouldCoverEachYearFrom2020To2026AndNot2027() {
        IntStream.rangeClosed(2020, 2026)
                .forEach(year -> assertTrue(official.covers(LocalDate.of(year, 6, 30)), "covers " + year));
        assertFalse(official.covers(date("2019-12-31")));
        assertFalse(official.covers(date("2027-01-01")));
        assertTrue(official.isWorkingDay(date("2027-10-01")), "a Friday, National Day 2027 not loaded: plain week");
    }

    @Test
    void shouldCiteTheNoticeOfEachYear() {
        assertEquals(7, Db.count(dataSource, """
                SELECT count(*) FROM working_calendar_year WHERE year BETWEEN 2020 AND 2026
                AND source LIKE '国务院办公厅关于' || year || '年部分节假日安排的通知（国办发明电〔%〕%号）%'
                AND published_at < make_date(year, 1, 1)"""));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2020-01-19", "2020-04-26", "2020-05-09", "2020-06-28", "2020-09-27", "2020-10-10",
            "2021-02-07", "2021-02-20", "2021-04-25", "2021-05-08", "2021-09-18", "2021-09-26", "2021-10-09",
            "2022-01-29", "2022-01-30", "2022-04-02", "2022-04-24", "2022-05-07", "2022-10-08", "2022-10-09",
            "2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08",
            "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29",
            "2024-10-12",
            "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
            "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10" })
    void shouldWorkOnEachAdjustedWeekendDayOfTheNotices(String iso) {
        assertTrue(CalendarEntry.isWeekend(date(iso)), iso + " is a weekend day");
        assertTrue(official.isWorkingDay(date(iso)), iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2020-01-01", "2020-01-24", "2020-01-30", "2020-04-06", "2020-05-05", "2020-06-25", "2020-06-26",
            "2020-10-08",
            "2021-01-01", "2021-02-11", "2021-02-17", "2021-04-05", "2021-05-05", "2021-06-14", "2021-09-20",
            "2021-09-21", "2021-10-07",
            "2022-01-03", "2022-01-31", "2022-02-04", "2022-04-04", "2022-04-05", "2022-05-04", "2022-06-03",
            "2022-09-12", "2022-10-07",
            "2023-01-02", "2023-01-23", "2023-01-27", "2023-04-05", "2023-05-03", "2023-06-22", "2023-06-23",
            "2023-09-29", "2023-10-06",
            "2024-01-01", "2024-02-12", "2024-02-16", "2024-04-04", "2024-04-05", "2024-05-03", "2024-06-10",
            "2024-09-16", "2024-09-17", "2024-10-07",
            "2025-01-01", "2025-01-28", "2025-02-04", "2025-04-04", "2025-05-02", "2025-05-05", "2025-06-02",
            "2025-10-08",
            "2026-01-02", "2026-02-23", "2026-04-06", "2026-05-04", "2026-05-05", "2026-06-19", "2026-09-25",
            "2026-10-01", "2026-10-07" })
    void shouldRestOnWeekdayHolidaysOfTheNotices(String iso) {
        assertFalse(CalendarEntry.isWeekend(date(iso)), iso + " is a weekday");
        assertFalse(official.isWorkingDay(date(iso)), iso);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2020-02-03", "2021-02-18", "2022-02-07", "2023-01-30", "2024-02-19", "2024-02-09",
            "2025-01-02", "2025-02-05", "2025-10-09", "2026-01-05", "2026-02-24", "2026-10-08" })
    void shouldWorkOnTheFirstWeekdayAfterAHolidayAndOnNewYearsEve2024(String iso) {
        assertTrue(official.isWorkingDay(date(iso)), iso);
    }

    @Test
    void shouldIncludeTheSpringFestivalExtensionOf2020() {
        // 国办发明电〔2020〕1号: holiday until Sunday 2 February, work from Monday 3 February; Saturday 1 February,
        // a working day in the first notice, was no longer worked
        assertEquals(DayOfWeek.SATURDAY, date("2020-02-01").getDayOfWeek());
        assertFalse(official.isWorkingDay(date("2020-02-01")));
        assertFalse(official.isWorkingDay(date("2020-01-31")), "Friday");
        assertEquals("春节（延长假期）", official.entry(date("2020-01-31")).orElseThrow().name());
        assertTrue(official.isWorkingDay(date("2020-02-03")));
        assertEquals(date("2020-02-03"), official.addWorkingDays(date("2020-01-23"), 1));
    }

    @Test
    void shouldStartTheNewYearHolidayOf2023OnTheLastDayOf2022() {
        assertEquals("元旦", official.entry(date("2022-12-31")).orElseThrow().name());
        assertEquals(1,
                Db.count(dataSource, "SELECT count(*) FROM working_calendar_day WHERE day = '2022-12-31' AND year = 2023"));
    }

    @Test
    void shouldSkipTheNationalDayWeekWhenAddingFromTheLastDayOfSeptember2026() {
        // Oct 1–7 off; Oct 8 Thu, Oct 9 Fri, Oct 10 Sat (worked), Oct 12 Mon, Oct 13 Tue
        assertEquals(date("2026-10-13"), official.addWorkingDays(date("2026-09-30"), 5));
        assertEquals(5, official.workingDaysBetween(date("2026-09-30"), date("2026-10-13")));
    }

    /** Days of the year − Saturdays and Sundays − weekday holidays + adjusted working days, counted by hand. */
    @ParameterizedTest
    @CsvSource({ "2020, 19, 6", "2021, 18, 7", "2022, 18, 7", "2023, 18, 7", "2024, 19, 8", "2025, 18, 5",
            "2026, 19, 6" })
    void shouldHaveTheWorkingDaysOfEachYear(int year, int weekdayHolidays, int adjustedWorkingDays) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        long weekendDays = first.datesUntil(last.plusDays(1)).filter(CalendarEntry::isWeekend).count();
        assertEquals(first.lengthOfYear() - weekendDays - weekdayHolidays + adjustedWorkingDays,
                official.workingDaysBetween(first.minusDays(1), last));
    }

    @Test
    void shouldMakeAddingAndCountingInverseAcrossTheLoadedYearsAndBeyond() {
        LocalDate start = date("2019-12-20");
        for (int n = 0; n <= 1800; n += 7) {
            LocalDate end = official.addWorkingDays(start, n);
            assertEquals(n, official.workingDaysBetween(start, end), "start + " + n + " = " + end);
        }
        for (LocalDate to = date("2022-12-01"); to.isBefore(date("2023-02-15")); to = to.plusDays(1)) {
            LocalDate back = official.addWorkingDays(start, official.workingDaysBetween(start, to));
            if (official.isWorkingDay(to)) {
                assertEquals(to, back);
            } else {
                assertTrue(back.isBefore(to), "the last working day before a day off");
            }
        }
    }

    @Test
    void shouldRefuseAnAdjustedWorkingDayOnAWeekdayInTheTable() {
        assertEquals("23514", sqlStateOf("""
                INSERT INTO working_calendar_day (day, year, kind, name) VALUES ('2026-12-07', 2026, 'WORKDAY', '周一')"""));
    }

    @Test
    void shouldRefuseADayOutsideTheYearOfItsNoticeInTheTable() {
        assertEquals("23514", sqlStateOf("""
                INSERT INTO working_calendar_day (day, year, kind, name) VALUES ('2024-12-09', 2026, 'HOLIDAY', '错年')"""));
    }

    @Test
    void shouldRefuseAnUnknownKindInTheTable() {
        assertEquals("23514", sqlStateOf("""
                INSERT INTO working_calendar_day (day, year, kind, name) VALUES ('2026-12-08', 2026, 'HALFDAY', '半天')"""));
    }

    private String sqlStateOf(String sql) {
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate(sql);
            }
        });
        return e.getSQLState();
    }
}
