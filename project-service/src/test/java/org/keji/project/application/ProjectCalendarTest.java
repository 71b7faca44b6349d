package org.keji.project.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keji.commons.calendar.CalendarEntry.Kind;
import org.keji.commons.calendar.WorkingCalendars;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.cases.CalendarYearPublished;
import org.keji.commons.event.cases.CalendarYearPublished.Day;
import org.keji.project.application.Projects.CallTerms;
import org.keji.testkit.Await;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.OutboxRows;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * An application whose due dates run into a year without calendar data counts them Monday to Friday, provisional; once
 * that year is published over the real broker they are counted again and announced once. 2027's days here are made up
 * and forgotten after the test.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ProjectCalendarTest {

    @Inject
    WorkingCalendars calendars;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MutableClock clock;

    @Inject
    Projects projects;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
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
    void shouldRecountAnOpenApplicationsProvisionalDueDatesWhenTheirYearIsPublished() {
        LocalDate submittedOn = LocalDate.parse("2026-12-01");
        clock.travelTo(submittedOn);
        String uscc = Usccs.aUscc();
        projects.enterprise(uscc, "350102");
        String applicant = Tokens.shared().applicant(uscc);
        UUID call = projects.aCall(CallTerms.around(submittedOn));
        String id = Projects.create(applicant, Projects.body(call, null, Projects.plan("800000.00", List.of())))
                .then().statusCode(201).extract().path("id");
        JsonPath before = Projects.act(applicant, id, "submit", null).then().statusCode(200).extract().jsonPath();
        assertTrue(before.getBoolean("promisedDueOnProvisional"));

        CalendarYearPublished year = new CalendarYearPublished(2027, "国务院办公厅关于2027年部分节假日安排的通知（测试）",
                LocalDate.parse("2026-11-01"), List.of(new Day(LocalDate.parse("2027-01-04"), Kind.HOLIDAY, "元旦（测试）")));
        new KafkaProbe(bootstrapServers).send(CalendarYearPublished.TOPIC, "2027",
                EventJson.write(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                        "/keji/case-service", CalendarYearPublished.TYPE, "2027", OffsetDateTime.now(), CloudEvent.JSON,
                        null, EventJson.toTree(year))));

        String officer = Tokens.shared().officer();
        Await.until("the application's dates recounted", () -> !Projects.get(officer, id).then().extract().jsonPath()
                .getBoolean("promisedDueOnProvisional"));
        JsonPath after = Projects.get(officer, id).then().extract().jsonPath();
        assertFalse(after.getBoolean("legalDueOnProvisional"));
        assertEquals(calendars.current().addWorkingDays(submittedOn, Projects.PROMISED).toString(),
                after.getString("promisedDueOn"));
        assertEquals(calendars.current().addWorkingDays(submittedOn, Projects.LEGAL).toString(),
                after.getString("legalDueOn"));
        assertNotEquals(before.getString("promisedDueOn"), after.getString("promisedDueOn"),
                "one more holiday on the way");
        assertEquals(List.of("keji.case.opened.v1", "keji.case.status-changed.v1"),
                OutboxRows.payloads(dataSource, before.getString("trackingNumber")).stream()
                        .map(payload -> EventJson.read(payload).type()).filter(type -> type.startsWith("keji.case."))
                        .toList(),
                "the submission, then the new dates once");
    }
}
