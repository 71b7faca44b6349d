package org.keji.enterprise.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keji.commons.calendar.CalendarEntry.Kind;
import org.keji.commons.calendar.CalendarEventConsumer;
import org.keji.commons.calendar.WorkingCalendars;
import org.keji.commons.calendar.WorkingDayCalendar;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.cases.CalendarYearPublished;
import org.keji.commons.event.cases.CalendarYearPublished.Day;
import org.keji.commons.event.cases.CaseOpened;
import org.keji.commons.event.cases.CaseStatusChanged;
import org.keji.enterprise.application.Applications;
import org.keji.testkit.Await;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A calendar year published on {@code keji.case.v1} over the real broker reaches the calendar the applications' due
 * dates are counted with, and open applications whose due dates were provisional in that year are counted again. 2027
 * has no notice yet (its days here are made up) and is forgotten after each test.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class CalendarEventsTest {

    private static final String TOPIC = CalendarYearPublished.TOPIC;
    private static final LocalDate NATIONAL_DAY = LocalDate.parse("2027-10-01"); // a Friday
    private static final LocalDate ADJUSTED_SUNDAY = LocalDate.parse("2027-09-26");
    private static final LocalDate MONDAY_AFTER = LocalDate.parse("2027-10-04");

    @Inject
    WorkingCalendars calendars;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MutableClock clock;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @AfterEach
    void forget2027() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM working_calendar_year WHERE year = 2027")) {
            delete.executeUpdate();
        }
        calendars.reload();
        clock.reset();
    }

    @Test
    void shouldCover2027OncePublishedAndCountItsHolidaysAndAdjustedWorkingDays() {
        assertFalse(calendars.current().covers(NATIONAL_DAY), "no notice for 2027 yet: provisional");
        assertTrue(calendars.current().isWorkingDay(NATIONAL_DAY), "counted as a plain Friday");

        publish(event(new Day(NATIONAL_DAY, Kind.HOLIDAY, "国庆节"), new Day(ADJUSTED_SUNDAY, Kind.WORKDAY, "国庆节调休上班")));

        Await.until("2027 covered", () -> calendars.current().covers(NATIONAL_DAY));
        WorkingDayCalendar calendar = calendars.current();
        assertTrue(calendar.covers(LocalDate.parse("2027-01-04")));
        assertFalse(calendar.isWorkingDay(NATIONAL_DAY));
        assertTrue(calendar.isWorkingDay(ADJUSTED_SUNDAY));
        assertFalse(calendar.covers(LocalDate.parse("2028-01-03")));
    }

    @Test
    void shouldRecountAnOpenApplicationsProvisionalDueDateWhenItsYearIsPublished() {
        LocalDate submittedOn = LocalDate.parse("2026-11-30");
        clock.travelTo(submittedOn);
        String id = Applications.aTechSmeApplication("新历年度计时有限公司").id();
        String officer = Tokens.shared().officer();
        JsonPath before = Applications.get(officer, id).then().statusCode(200).extract().jsonPath();
        // TECH_SME's 30 legal working days run into January 2027, counted Monday to Friday until its notice is loaded
        LocalDate provisional = LocalDate.parse(before.getString("legalDueOn"));
        assertEquals(LocalDate.parse("2027-01-11"), provisional);
        assertTrue(before.getBoolean("legalDueOnProvisional"));

        publish(event(new Day(LocalDate.parse("2027-01-04"), Kind.HOLIDAY, "元旦（测试）")));

        Await.until("the legal due date recounted", () -> !Applications.get(officer, id).then().extract().jsonPath()
                .getBoolean("legalDueOnProvisional"));
        assertEquals(LocalDate.parse("2027-01-12").toString(),
                Applications.get(officer, id).then().extract().path("legalDueOn"));
        String trackingNumber = before.getString("trackingNumber");
        List<String> types = Applications.caseEventTypes(dataSource, trackingNumber);
        assertEquals(List.of(CaseOpened.TYPE, CaseStatusChanged.TYPE), types, "the new dates are announced once");
    }

    @Test
    void shouldApplyARedeliveredCalendarOnlyOnce() {
        String first = event(new Day(NATIONAL_DAY, Kind.HOLIDAY, "国庆节"));
        publish(first);
        Await.until("2027 covered", () -> calendars.current().covers(NATIONAL_DAY));
        String corrected = event(new Day(NATIONAL_DAY, Kind.HOLIDAY, "国庆节（更正）"),
                new Day(MONDAY_AFTER, Kind.HOLIDAY, "国庆节（更正）"));
        publish(corrected);
        Await.until("the correction applied", () -> !calendars.current().isWorkingDay(MONDAY_AFTER));

        publish(first);
        String marker = envelope("keji.case.calendar-year-withdrawn.v9", new Marker(2027));
        publish(marker);

        // one key, one partition: once the marker is recorded, the redelivered copy before it was processed
        Await.until("marker recorded", () -> inboxRows(id(marker)) == 1);
        assertEquals(1, inboxRows(id(first)), "the first copy only");
        assertFalse(calendars.reload().isWorkingDay(MONDAY_AFTER), "the corrected calendar stays");
        assertEquals("国庆节（更正）", calendars.current().entry(NATIONAL_DAY).orElseThrow().name());
        assertEquals(2, count("SELECT count(*) FROM working_calendar_day WHERE year = 2027"));
    }

    @Test
    void shouldSendACalendarWithAWorkingMondayToTheDeadLetterTopicAndLoadNothing() {
        String poison = event(new Day(MONDAY_AFTER, Kind.WORKDAY, "周一上班"));
        publish(poison);

        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        assertEquals(1, kafka.await("keji.enterprise.dlq.v1", r -> r.value().contains(id(poison)), 1,
                Duration.ofSeconds(30)).size());
        assertFalse(calendars.reload().covers(NATIONAL_DAY));
        assertEquals(0, inboxRows(id(poison)), "rolled back with the effect");
    }

    private record Marker(int year) {
    }

    private static String event(Day... days) {
        return envelope(CalendarYearPublished.TYPE, new CalendarYearPublished(2027,
                "国务院办公厅关于2027年部分节假日安排的通知（测试）", LocalDate.parse("2026-11-01"), List.of(days)));
    }

    private static String envelope(String type, Object data) {
        return EventJson.write(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                "/keji/case-service", type, "2027", OffsetDateTime.now(), CloudEvent.JSON, null, EventJson.toTree(data)));
    }

    private void publish(String event) {
        new KafkaProbe(bootstrapServers).send(TOPIC, "2027", event);
    }

    private static String id(String event) {
        return EventJson.read(event).id();
    }

    private long inboxRows(String eventId) {
        return count("SELECT count(*) FROM inbox_event WHERE consumer = '"
                + CalendarEventConsumer.consumerName("enterprise-service") + "' AND event_id = '" + eventId + "'");
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
