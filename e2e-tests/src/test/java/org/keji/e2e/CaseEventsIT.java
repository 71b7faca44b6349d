package org.keji.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keji.commons.calendar.SeededCalendar;
import org.keji.commons.calendar.WorkingDayCalendar;
import org.keji.testkit.KafkaProbe;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A certification application followed as a case over the real broker: every change of its status is one
 * {@code keji.case.*} event on enterprise-service's topic, in order, keyed by its tracking number, with both due dates;
 * a due date counted through a year without calendar data is shown as provisional in the API and in the events.
 */
@ExtendWith(KejiSuiteExtension.class)
class CaseEventsIT {

    private static final String TOPIC = "keji.enterprise.v1";
    /** The calendar the services count on; which years it covers decides what is provisional. */
    private static final WorkingDayCalendar CALENDAR = SeededCalendar.load();

    @Test
    void shouldPublishTheCaseEventsOfAnApplicationInOrderKeyedByItsTrackingNumber(Gateway gateway) {
        String officer = gateway.tokens().officer();
        Map<String, Object> registration = Enterprises.aRegistration();
        String uscc = (String) registration.get("uscc");
        gateway.register(officer, registration).then().statusCode(201);
        String applicant = gateway.tokens().applicant(uscc);

        JsonPath submitted = gateway.as(applicant)
                .body(Map.of("uscc", uscc, "certificationType", "HNTE", "year", 2026, "materials",
                        List.of(Map.of("name", "研发项目说明", "materialId",
                                gateway.uploadMaterial(applicant, uscc, "研发项目说明.pdf", "RD_PROJECT")))))
                .post("/api/v1/certification-applications").then().statusCode(201).extract().jsonPath();
        String id = submitted.getString("id");
        String trackingNumber = submitted.getString("trackingNumber");
        LocalDate submittedOn = LocalDate.parse(submitted.getString("submittedOn"));
        // HNTE: 60 promised and 60 legal working days, counted on the service's calendar; submitted on 30 Nov 2026
        // they end in February 2027, a year without calendar data until its notice is loaded: provisional
        LocalDate promised = CALENDAR.addWorkingDays(submittedOn, 60);
        LocalDate legal = CALENDAR.addWorkingDays(submittedOn, 60);
        assertEquals(promised.toString(), submitted.getString("promisedDueOn"));
        assertEquals(legal.toString(), submitted.getString("legalDueOn"));
        assertEquals(provisional(submittedOn, promised), submitted.getBoolean("promisedDueOnProvisional"));
        assertEquals(provisional(submittedOn, legal), submitted.getBoolean("legalDueOnProvisional"));

        act(gateway, officer, id, "request-correction", Map.of("missingMaterials", List.of("研发项目立项报告")))
                .then().statusCode(200).body("status", equalTo("CORRECTION_REQUESTED"));
        act(gateway, applicant, id, "resubmit",
                Map.of("materials", List.of(Map.of("name", "研发项目立项报告", "materialId",
                        gateway.uploadMaterial(applicant, uscc, "研发项目立项报告.pdf", "RD_PROJECT")))))
                .then()
                .statusCode(200).body("status", equalTo("SUBMITTED"));
        act(gateway, officer, id, "accept", null).then().statusCode(200).body("status", equalTo("EXPERT_REVIEW"));
        JsonPath refused = act(gateway, officer, id, "refuse", Map.of("reason", "研发费用归集不符合要求")).then()
                .statusCode(200).body("status", equalTo("REFUSED")).extract().jsonPath();
        gateway.as(applicant).get("/api/v1/certification-applications/{id}", id).then().statusCode(200)
                .body("promisedDueOnProvisional", equalTo(provisional(submittedOn,
                        LocalDate.parse(refused.getString("promisedDueOn")))))
                .body("legalDueOnProvisional", equalTo(provisional(submittedOn,
                        LocalDate.parse(refused.getString("legalDueOn")))));

        // the outbox keeps the envelope as jsonb, so the text on the wire is PostgreSQL's rendering of it
        List<ConsumerRecord<String, String>> records = new KafkaProbe(
                gateway.suite().infra().kafka().bootstrapServers()).await(TOPIC,
                        r -> trackingNumber.equals(r.key()) && r.value().contains("\"keji.case."), 5,
                        Duration.ofSeconds(60));
        List<JsonPath> events = records.stream().map(r -> JsonPath.from(r.value())).toList();
        assertEquals(List.of("keji.case.opened.v1", "keji.case.paused.v1", "keji.case.resumed.v1",
                "keji.case.status-changed.v1", "keji.case.closed.v1"),
                events.stream().map(e -> e.getString("type")).toList());
        assertEquals(List.of("SUBMITTED", "CORRECTION_REQUESTED", "SUBMITTED", "EXPERT_REVIEW", "REFUSED"),
                events.stream().map(e -> e.getString("data.status")).toList());
        for (JsonPath event : events) {
            assertEquals(trackingNumber, event.getString("subject"));
            assertEquals(trackingNumber, event.getString("data.trackingNumber"));
            assertEquals(uscc, event.getString("data.uscc"));
            assertEquals("KJ-ENT-HNTE", event.getString("data.matterCode"));
            assertEquals("enterprise-service", event.getString("data.service"));
            assertNotNull(event.getString("data.actorRole"));
            LocalDate promisedDueOn = LocalDate.parse(event.getString("data.promisedDueOn"));
            LocalDate legalDueOn = LocalDate.parse(event.getString("data.legalDueOn"));
            assertEquals(provisional(submittedOn, promisedDueOn), event.getBoolean("data.promisedDueOnProvisional"));
            assertEquals(provisional(submittedOn, legalDueOn), event.getBoolean("data.legalDueOnProvisional"));
        }
        assertEquals(promised.toString(), events.get(0).getString("data.promisedDueOn"));
        assertEquals(legal.toString(), events.get(0).getString("data.legalDueOn"));
        assertEquals("applicant", events.get(0).getString("data.actorRole"));
        assertEquals("officer", events.get(1).getString("data.actorRole"));
        assertEquals(refused.getString("legalDueOn"), events.get(4).getString("data.legalDueOn"));
        assertEquals("REFUSED", events.get(4).getString("data.outcome"));
        assertEquals("EXPERT_REVIEW", events.get(4).getString("data.previousStatus"));
    }

    private static Response act(Gateway gateway, String token, String id, String action,
            Object body) {
        var request = gateway.as(token);
        if (body != null) {
            request.body(body);
        }
        return request.post("/api/v1/certification-applications/{id}/{action}", id, action);
    }

    /** Whether a date counted from {@code from} runs through a year the calendar has no data for. */
    private static boolean provisional(LocalDate from, LocalDate dueOn) {
        for (int year = from.plusDays(1).getYear(); year <= dueOn.getYear(); year++) {
            if (!CALENDAR.covers(LocalDate.of(year, 1, 1))) {
                return true;
            }
        }
        return false;
    }
}
