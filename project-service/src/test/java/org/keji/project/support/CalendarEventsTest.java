package org.keji.project.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.keji.commons.calendar.CalendarEntry.Kind;
import org.keji.commons.calendar.WorkingCalendars;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.cases.CalendarYearPublished;
import org.keji.testkit.Await;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** project-service loads a calendar year published on {@code keji.case.v1} over the real broker (days made up). */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class CalendarEventsTest {

    @Inject
    WorkingCalendars calendars;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldCoverAPublishedYearAndCountItsHolidays() {
        LocalDate nationalDay = LocalDate.parse("2027-10-01"); // a Friday
        assertFalse(calendars.current().covers(nationalDay));
        CalendarYearPublished notice = new CalendarYearPublished(2027, "国务院办公厅关于2027年部分节假日安排的通知（测试）", null,
                List.of(new CalendarYearPublished.Day(nationalDay, Kind.HOLIDAY, "国庆节")));

        new KafkaProbe(bootstrapServers).send(CalendarYearPublished.TOPIC, notice.aggregateId(),
                EventJson.write(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                        "/keji/case-service", notice.eventType(), notice.aggregateId(), OffsetDateTime.now(),
                        CloudEvent.JSON, null, EventJson.toTree(notice))));

        Await.until("2027 covered", () -> calendars.current().covers(nationalDay));
        assertFalse(calendars.current().isWorkingDay(nationalDay));
        assertTrue(calendars.current().covers(LocalDate.parse("2027-12-31")));
    }
}
