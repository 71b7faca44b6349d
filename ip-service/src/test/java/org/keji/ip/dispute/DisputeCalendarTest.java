package org.keji.ip.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.keji.commons.calendar.CalendarEntry.Kind;
import org.keji.commons.calendar.WorkingCalendars;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.cases.CalendarYearPublished;
import org.keji.commons.event.cases.CalendarYearPublished.Day;
import org.keji.commons.event.cases.CaseOpened;
import org.keji.commons.event.cases.CaseStatusChanged;
import org.keji.ip.dispute.dto.DisputeView;
import org.keji.testkit.Await;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A case whose dates run into a year without calendar data counts them Monday to Friday and marks them provisional;
 * once that year is published over the real broker, the case's dates and its current step's due date are counted
 * again and announced once. 2027 has no notice yet (its days here are made up) and is forgotten after the test.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class DisputeCalendarTest {

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
    void shouldRecountAnOpenCasesProvisionalDatesWhenTheirYearIsPublished() {
        LocalDate requestedOn = LocalDate.parse("2026-11-30");
        clock.travelTo(requestedOn);
        String officer = Tokens.shared().officer();
        String id = Disputes.aRequestedCase("INFRINGEMENT", Usccs.aUscc(), List.of(Disputes.aPatentNumber()));
        LocalDate acceptedOn = LocalDate.parse("2026-12-01");
        clock.travelTo(acceptedOn);
        JsonPath before = Disputes.act(officer, id, "accept", null).then().statusCode(200).extract().jsonPath();
        assertTrue(before.getBoolean("promisedDueOnProvisional"));

        CalendarYearPublished year = new CalendarYearPublished(2027, "国务院办公厅关于2027年部分节假日安排的通知（测试）",
                LocalDate.parse("2026-11-01"), List.of(new Day(LocalDate.parse("2027-01-04"), Kind.HOLIDAY, "元旦（测试）")));
        new KafkaProbe(bootstrapServers).send(CalendarYearPublished.TOPIC, "2027",
                EventJson.write(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                        "/keji/case-service", CalendarYearPublished.TYPE, "2027", OffsetDateTime.now(), CloudEvent.JSON,
                        null, EventJson.toTree(year))));

        Await.until("the case's dates recounted", () -> !Disputes.get(officer, id).then().extract().jsonPath()
                .getBoolean("promisedDueOnProvisional"));
        DisputeView after = Disputes.get(officer, id).then().extract().as(DisputeView.class);
        assertEquals(calendars.current().addWorkingDays(requestedOn, 50), after.promisedDueOn());
        assertEquals(calendars.current().addWorkingDays(acceptedOn, 40), after.stepDueOn());
        assertNotEquals(before.getString("stepDueOn"), after.stepDueOn().toString(), "one more holiday on the way");
        String trackingNumber = before.getString("trackingNumber");
        assertEquals(List.of(CaseOpened.TYPE, CaseStatusChanged.TYPE, CaseStatusChanged.TYPE),
                Disputes.outbox(dataSource, trackingNumber).stream().map(r -> r[0])
                        .filter(type -> type.startsWith("keji.case.")).toList(),
                "the acceptance, then the new dates once");
    }
}
