package org.keji.commons.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keji.commons.calendar.CalendarEntry.Kind;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.PoisonEventException;
import org.keji.commons.event.cases.CalendarYearPublished;
import org.keji.commons.event.cases.CalendarYearPublished.Day;
import org.keji.commons.testapp.CalendarYearsSeen;
import org.keji.commons.testapp.Db;
import org.keji.testkit.Await;
import org.keji.testkit.KejiTestResource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Loading a year's calendar from its published notice: years 2031–2039 are made up for these tests. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class CalendarYearsTest {

    @Inject
    CalendarYears years;

    @Inject
    WorkingCalendars calendars;

    @Inject
    CalendarYearsSeen seen;

    @Inject
    AgroalDataSource dataSource;

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static CalendarYearPublished notice(int year, Day... days) {
        return new CalendarYearPublished(year, "国务院办公厅关于" + year + "年部分节假日安排的通知（测试）", LocalDate.of(year - 1, 11, 1),
                List.of(days));
    }

    @AfterEach
    void forgetTheMadeUpYears() {
        Db.execute(dataSource, "DELETE FROM working_calendar_year WHERE year BETWEEN 2031 AND 2039");
        calendars.reload();
    }

    @Test
    void shouldCoverAYearOnceItsNoticeIsAppliedAndAnnounceItAfterTheReload() {
        // 2031-10-01 is a Wednesday, 2031-09-28 a Sunday
        years.apply(notice(2031, new Day(date("2031-10-01"), Kind.HOLIDAY, "国庆节"),
                new Day(date("2031-09-28"), Kind.WORKDAY, "国庆节调休上班")));

        Await.until("2031 announced", () -> seen.seen().contains(new CalendarYearsSeen.Seen(2031, true)));
        WorkingDayCalendar calendar = calendars.current();
        assertTrue(calendar.covers(date("2031-01-01")));
        assertFalse(calendar.isWorkingDay(date("2031-10-01")));
        assertTrue(calendar.isWorkingDay(date("2031-09-28")));
        assertEquals(1, Db.count(dataSource, """
                SELECT count(*) FROM working_calendar_year
                WHERE year = 2031 AND source LIKE '%2031%' AND published_at = '2030-11-01'"""));
    }

    @Test
    void shouldReplaceTheDaysOfAYearPublishedAgain() {
        years.apply(notice(2032, new Day(date("2032-10-01"), Kind.HOLIDAY, "国庆节"),
                new Day(date("2032-10-04"), Kind.HOLIDAY, "国庆节")));
        years.apply(notice(2032, new Day(date("2032-10-01"), Kind.HOLIDAY, "国庆节（更正）")));

        Await.until("the corrected 2032", () -> calendars.current().entry(date("2032-10-01"))
                .map(e -> e.name().equals("国庆节（更正）")).orElse(false));
        assertTrue(calendars.current().isWorkingDay(date("2032-10-04")), "the day left out is a plain Monday again");
        assertEquals(1, Db.count(dataSource, "SELECT count(*) FROM working_calendar_day WHERE year = 2032"));
    }

    @Test
    void shouldCoverAYearWhoseNoticeHasNoDays() {
        years.apply(notice(2033));

        Await.until("2033 covered", () -> calendars.current().covers(date("2033-05-01")));
    }

    @Test
    void shouldTakeANewYearHolidayStartingOnTheEveOfTheYear() {
        years.apply(notice(2034, new Day(date("2033-12-31"), Kind.HOLIDAY, "元旦")));

        Await.until("2034 covered", () -> calendars.current().covers(date("2034-05-01")));
        assertFalse(calendars.current().isWorkingDay(date("2033-12-31")));
        assertFalse(calendars.current().covers(date("2033-12-31")), "2033's own notice is not loaded");
    }

    @ParameterizedTest
    @ValueSource(strings = { "workday on a Monday", "day two years early", "day listed twice", "no source",
            "day without a name", "day of another notice", "year zero" })
    void shouldRefuseAnInvalidNoticeAndChangeNothing(String defect) {
        CalendarYearPublished invalid = switch (defect) {
            case "workday on a Monday" -> notice(2035, new Day(date("2035-10-08"), Kind.WORKDAY, "调休上班"));
            case "day two years early" -> notice(2035, new Day(date("2033-10-01"), Kind.HOLIDAY, "国庆节"));
            case "day listed twice" -> notice(2035, new Day(date("2035-10-01"), Kind.HOLIDAY, "国庆节"),
                    new Day(date("2035-10-01"), Kind.HOLIDAY, "国庆节"));
            case "no source" -> new CalendarYearPublished(2035, " ", null, List.of());
            case "day without a name" -> notice(2035, new Day(date("2035-10-01"), Kind.HOLIDAY, ""));
            // the eve of 2035 already belongs to the loaded notice of 2034
            case "day of another notice" -> notice(2035, new Day(date("2034-12-31"), Kind.HOLIDAY, "元旦"));
            case "year zero" -> new CalendarYearPublished(0, "无", null, List.of());
            default -> throw new IllegalArgumentException(defect);
        };
        if (defect.equals("day of another notice")) {
            years.apply(notice(2034, new Day(date("2034-12-31"), Kind.HOLIDAY, "除夕")));
        }

        assertThrows(IllegalArgumentException.class, () -> years.apply(invalid));

        assertEquals(0, Db.count(dataSource, "SELECT count(*) FROM working_calendar_year WHERE year = 2035"));
        assertEquals(0, Db.count(dataSource, "SELECT count(*) FROM working_calendar_day WHERE year = 2035"));
        assertFalse(calendars.reload().covers(date("2035-01-01")));
    }

    @Test
    void shouldNeitherReloadNorAnnounceAYearWhoseTransactionRolledBack() {
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            years.apply(notice(2036, new Day(date("2036-10-01"), Kind.HOLIDAY, "国庆节")));
            QuarkusTransaction.setRollbackOnly();
        }));
        years.apply(notice(2037));

        // announcements come in commit order: once 2037 is announced, 2036 would have been
        Await.until("2037 announced", () -> seen.seen().stream().anyMatch(s -> s.year() == 2037));
        assertTrue(seen.seen().stream().noneMatch(s -> s.year() == 2036));
        assertFalse(calendars.current().covers(date("2036-10-01")));
        assertEquals(0, Db.count(dataSource, "SELECT count(*) FROM working_calendar_year WHERE year = 2036"));
    }

    @Test
    void shouldTurnAnInvalidEventIntoAPoisonEvent() {
        Function<Object, CloudEvent> envelope = data -> new CloudEvent(CloudEvent.SPEC_VERSION,
                UUID.randomUUID().toString(), "/keji/case-service", CalendarYearPublished.TYPE, "2038",
                OffsetDateTime.now(), CloudEvent.JSON, null, EventJson.toTree(data));

        assertThrows(PoisonEventException.class, () -> years.apply(envelope.apply(
                notice(2038, new Day(date("2038-10-04"), Kind.WORKDAY, "周一上班")))));
        assertThrows(PoisonEventException.class,
                () -> years.apply(envelope.apply(Map.of("year", "二〇三八", "days", "none"))));
        assertEquals(0, Db.count(dataSource, "SELECT count(*) FROM working_calendar_year WHERE year = 2038"));
    }
}
