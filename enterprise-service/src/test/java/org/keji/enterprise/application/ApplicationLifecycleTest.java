package org.keji.enterprise.application;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keji.enterprise.application.Applications.act;
import static org.keji.enterprise.application.Applications.get;
import static org.keji.enterprise.application.Applications.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keji.commons.calendar.SeededCalendar;
import org.keji.commons.calendar.WorkingDayCalendar;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.cases.CaseClosed;
import org.keji.commons.event.cases.CaseOpened;
import org.keji.commons.event.cases.CaseOutcome;
import org.keji.commons.event.cases.CasePaused;
import org.keji.commons.event.cases.CaseResumed;
import org.keji.commons.event.cases.CaseStatusChanged;
import org.keji.commons.event.enterprise.CertificationApplicationSubmitted;
import org.keji.commons.event.enterprise.CertificationGranted;
import org.keji.enterprise.figures.YearlyFiguresFixtures;
import org.keji.enterprise.material.Materials;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * An HNTE application from submission to certificate, the case clock that pauses for a correction, and the case
 * events: exactly one per change of status, besides the application's own event, in its transaction.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ApplicationLifecycleTest {

    /** The calendar the service's migration seeds, so expectations count on the same days as the service. */
    private static final WorkingDayCalendar CALENDAR = SeededCalendar.load();

    @Inject
    MutableClock clock;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ApplicationService service;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldTakeAnHnteApplicationFromSubmissionToCertificate() {
        String uscc = YearlyFiguresFixtures.anEnterpriseWithThreeYearsOfFigures("认定全流程有限公司");
        String officer = Tokens.shared().officer();
        LocalDate today = LocalDate.now(clock);

        JsonPath submitted = Applications.submit(Tokens.shared().applicant(uscc), uscc, "HNTE", 2026).then()
                .statusCode(201).body("status", equalTo("SUBMITTED"))
                .body("trackingNumber", matchesPattern("ENT-\\d{8}-\\d{8}"))
                .body("matterCode", equalTo("KJ-ENT-HNTE"))
                .body("dueOn", equalTo(CALENDAR.addWorkingDays(today, 60).toString()))
                .body("promisedDueOn", equalTo(CALENDAR.addWorkingDays(today, 60).toString()))
                .body("promisedDueOnProvisional", equalTo(provisional(today, CALENDAR.addWorkingDays(today, 60))))
                .body("legalDueOn", equalTo(CALENDAR.addWorkingDays(today, 60).toString()))
                .body("overdue", equalTo(false))
                .body("workingDaysLeft", equalTo(60)).body("eligibilityVerdict", equalTo("NEEDS_REVIEW"))
                .body("allowedActions", equalTo(List.of("request-correction", "accept", "refuse", "withdraw")))
                .extract().jsonPath();
        String id = submitted.getString("id");
        String trackingNumber = submitted.getString("trackingNumber");

        act(officer, id, "accept", null).then().statusCode(200).body("status", equalTo("EXPERT_REVIEW"));
        act(officer, id, "assign-experts", "{\"expertIds\":[\"expert-a\",\"expert-b\"]}").then().statusCode(200)
                .body("experts", equalTo(List.of("expert-a", "expert-b")));
        act(Tokens.shared().expert("expert-a"), id, "expert-reviews", review(25, 22, 15)).then().statusCode(200);
        act(Tokens.shared().expert("expert-b"), id, "expert-reviews", review(23, 20, 14)).then().statusCode(200);

        // averages 24, 21 and 14.5 → 15, plus 14 computed growth points = 74 ≥ 71
        get(officer, id).then().statusCode(200).body("assessment.expertScores.RD_MANAGEMENT", equalTo(15))
                .body("assessment.conditions.find { it.code == 'INNOVATION_SCORE' }.points", equalTo(74))
                .body("assessment.conditions.find { it.code == 'INNOVATION_SCORE' }.outcome", equalTo("PASS"));

        JsonPath publicity = act(officer, id, "start-publicity", "{}").then().statusCode(200)
                .body("status", equalTo("PUBLICITY")).extract().jsonPath();
        LocalDate publicityTo = LocalDate.parse(publicity.getString("publicityTo"));
        LocalDate first = LocalDate.parse(publicity.getString("publicityFrom"));
        assertEquals(10, CALENDAR.workingDaysBetween(first, publicityTo) + 1);

        String number = "GR2026" + uscc.substring(9, 17);
        act(officer, id, "certify", "{\"certificateNumber\":\"" + number + "\"}").then().statusCode(422)
                .body("code", equalTo("PUBLICITY_NOT_ENDED"));
        LocalDate decided = publicityTo.plusDays(1);
        clock.travelTo(decided);
        String certification = act(officer, id, "certify", "{\"certificateNumber\":\"" + number + "\"}").then()
                .statusCode(200).body("status", equalTo("CERTIFIED")).body("allowedActions", equalTo(List.of()))
                .body("workingDaysLeft", nullValue()).extract().path("certificationId");

        Applications.get(Tokens.shared().applicant(uscc), id).then().body("decidedOn", equalTo(decided.toString()))
                .body("experts", nullValue()).body("reviews", nullValue());
        io.restassured.RestAssured.given().auth().oauth2(Tokens.shared().applicant(uscc))
                .get("/api/v1/certifications/" + certification).then().statusCode(200)
                .body("origin", equalTo("GRANTED")).body("certificateNumber", equalTo(number))
                .body("validFrom", equalTo(decided.toString()))
                .body("validTo", equalTo(decided.plusYears(3).minusDays(1).toString()))
                // a certificate granted here is an electronic certificate from its first day
                .body("verificationCode", org.hamcrest.Matchers.matchesPattern(
                        org.keji.enterprise.certification.ElectronicCertificateTest.CODE));

        List<ConsumerRecord<String, String>> events = new KafkaProbe(bootstrapServers).await("keji.enterprise.v1",
                r -> uscc.equals(r.key()) && (r.value().contains(CertificationGranted.TYPE)
                        || r.value().contains(CertificationApplicationSubmitted.TYPE)),
                2, Duration.ofSeconds(30));
        CertificationGranted granted = events.stream().map(r -> EventJson.read(r.value()))
                .filter(e -> e.type().equals(CertificationGranted.TYPE)).findFirst()
                .map(e -> EventJson.data(e, CertificationGranted.class)).orElseThrow();
        assertEquals(trackingNumber, granted.trackingNumber());
        assertEquals("GRANTED", granted.origin());

        // one case event per change of status; expert assignment and reviews change none
        List<CloudEvent> cases = Applications.caseEvents(dataSource, trackingNumber);
        assertEquals(List.of(CaseOpened.TYPE, CaseStatusChanged.TYPE, CaseStatusChanged.TYPE, CaseClosed.TYPE),
                cases.stream().map(CloudEvent::type).toList());
        CaseOpened opened = EventJson.data(cases.get(0), CaseOpened.class);
        assertEquals(new CaseOpened(trackingNumber, "KJ-ENT-HNTE", uscc, "enterprise-service", "SUBMITTED",
                CALENDAR.addWorkingDays(today, 60), provisional(today, CALENDAR.addWorkingDays(today, 60)),
                CALENDAR.addWorkingDays(today, 60), provisional(today, CALENDAR.addWorkingDays(today, 60)),
                "applicant", today, 60, 60), opened);
        CaseStatusChanged accepted = EventJson.data(cases.get(1), CaseStatusChanged.class);
        assertEquals(List.of("EXPERT_REVIEW", "SUBMITTED", "officer"),
                List.of(accepted.status(), accepted.previousStatus(), accepted.actorRole()));
        CaseStatusChanged published = EventJson.data(cases.get(2), CaseStatusChanged.class);
        assertEquals(List.of("PUBLICITY", "EXPERT_REVIEW"), List.of(published.status(), published.previousStatus()));
        CaseClosed closed = EventJson.data(cases.get(3), CaseClosed.class);
        assertEquals(CaseOutcome.APPROVED, closed.outcome());
        assertEquals(List.of("CERTIFIED", "PUBLICITY", "officer"),
                List.of(closed.status(), closed.previousStatus(), closed.actorRole()));
        assertEquals(decided, closed.closedOn());
        assertEquals(opened.promisedDueOn(), closed.promisedDueOn());
        assertTrue(cases.stream().allMatch(e -> trackingNumber.equals(e.subject())));
    }

    @Test
    void shouldPauseTheCaseClockWhileACorrectionIsAwaited() {
        LocalDate submittedOn = LocalDate.of(2026, 3, 2);
        clock.travelTo(submittedOn);
        Applications.Submitted submitted = Applications.aTechSmeApplication("补正计时有限公司");
        String uscc = submitted.uscc();
        String id = submitted.id();
        LocalDate promised = CALENDAR.addWorkingDays(submittedOn, 20);
        get(Tokens.shared().officer(), id).then().body("dueOn", equalTo(promised.toString()));

        LocalDate pausedOn = CALENDAR.addWorkingDays(submittedOn, 2);
        clock.travelTo(pausedOn);
        act(Tokens.shared().officer(), id, "request-correction",
                "{\"missingMaterials\":[\"研发项目立项报告\",\"知识产权证明材料\"]}").then().statusCode(200)
                .body("status", equalTo("CORRECTION_REQUESTED")).body("paused", equalTo(true))
                .body("missingMaterials", equalTo(List.of("研发项目立项报告", "知识产权证明材料")))
                .body("workingDaysLeft", equalTo(18));

        LocalDate resumedOn = CALENDAR.addWorkingDays(pausedOn, 5);
        clock.travelTo(resumedOn);
        // frozen while paused
        get(Tokens.shared().applicant(uscc), id).then().body("workingDaysLeft", equalTo(18));
        String report = Materials.anUploadedMaterial(uscc, "RD_PROJECT", null);
        act(Tokens.shared().applicant(uscc), id, "resubmit",
                "{\"materials\":" + Applications.materials("研发项目立项报告", report) + "}").then().statusCode(200)
                .body("materials[0].materialId", equalTo(report)).body("materials[0].kind", equalTo("RD_PROJECT"))
                .body("status", equalTo("SUBMITTED")).body("paused", equalTo(false))
                .body("pausedWorkingDays", equalTo(5))
                .body("dueOn", equalTo(CALENDAR.addWorkingDays(promised, 5).toString()))
                .body("legalDueOn", equalTo(CALENDAR.addWorkingDays(submittedOn, 30 + 5).toString()))
                .body("workingDaysLeft", equalTo(18)).body("missingMaterials", hasItems("研发项目立项报告"));

        List<CloudEvent> cases = Applications.caseEvents(dataSource, trackingNumber(id));
        assertEquals(List.of(CaseOpened.TYPE, CasePaused.TYPE, CaseResumed.TYPE),
                cases.stream().map(CloudEvent::type).toList());
        CasePaused paused = EventJson.data(cases.get(1), CasePaused.class);
        assertEquals(pausedOn, paused.pausedOn());
        assertEquals(List.of("CORRECTION_REQUESTED", "SUBMITTED", "officer"),
                List.of(paused.status(), paused.previousStatus(), paused.actorRole()));
        assertEquals(promised, paused.promisedDueOn());
        CaseResumed resumed = EventJson.data(cases.get(2), CaseResumed.class);
        assertEquals(5, resumed.pausedWorkingDays());
        assertEquals("applicant", resumed.actorRole());
        assertEquals(CALENDAR.addWorkingDays(promised, 5), resumed.promisedDueOn());
        assertEquals(CALENDAR.addWorkingDays(submittedOn, 35), resumed.legalDueOn());
    }

    @Test
    void shouldCloseTheCaseWhenRefusedWhileACorrectionIsAwaitedCountingThePause() {
        LocalDate submittedOn = LocalDate.of(2026, 3, 2);
        clock.travelTo(submittedOn);
        String id = Applications.aTechSmeApplication("补正中不予认定有限公司").id();
        LocalDate pausedOn = CALENDAR.addWorkingDays(submittedOn, 2);
        clock.travelTo(pausedOn);
        act(Tokens.shared().officer(), id, "request-correction", "{\"missingMaterials\":[\"研发项目立项报告\"]}").then()
                .statusCode(200);
        LocalDate refusedOn = CALENDAR.addWorkingDays(pausedOn, 3);
        clock.travelTo(refusedOn);

        act(Tokens.shared().officer(), id, "refuse", "{\"reason\":\"逾期未补正\"}").then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("workingDaysLeft", nullValue())
                .body("overdue", equalTo(false)).body("paused", equalTo(false)).body("pausedWorkingDays", equalTo(3))
                .body("decidedOn", equalTo(refusedOn.toString()))
                .body("promisedDueOn", equalTo(CALENDAR.addWorkingDays(submittedOn, 20 + 3).toString()));

        List<CloudEvent> cases = Applications.caseEvents(dataSource, trackingNumber(id));
        assertEquals(List.of(CaseOpened.TYPE, CasePaused.TYPE, CaseClosed.TYPE),
                cases.stream().map(CloudEvent::type).toList());
        CaseClosed closed = EventJson.data(cases.get(2), CaseClosed.class);
        assertEquals(CaseOutcome.REFUSED, closed.outcome());
        assertEquals(List.of("REFUSED", "CORRECTION_REQUESTED"), List.of(closed.status(), closed.previousStatus()));
        assertEquals(3, closed.pausedWorkingDays());
        assertEquals(refusedOn, closed.closedOn());
    }

    @Test
    void shouldCloseAWithdrawnCaseWithTheApplicantAsActor() {
        Applications.Submitted submitted = Applications.aTechSmeApplication("撤回申请有限公司");
        String uscc = submitted.uscc();
        String id = submitted.id();

        act(Tokens.shared().applicant(uscc), id, "withdraw", null).then().statusCode(200);

        List<CloudEvent> cases = Applications.caseEvents(dataSource, trackingNumber(id));
        assertEquals(List.of(CaseOpened.TYPE, CaseClosed.TYPE), cases.stream().map(CloudEvent::type).toList());
        CaseClosed closed = EventJson.data(cases.get(1), CaseClosed.class);
        assertEquals(CaseOutcome.WITHDRAWN, closed.outcome());
        assertEquals("applicant", closed.actorRole());
        assertEquals(uscc, closed.uscc());
        assertEquals("KJ-ENT-TECH-SME", closed.matterCode());
    }

    @Test
    void shouldShowACaseOverdueOnceThePromisedDateHasPassed() {
        LocalDate submittedOn = LocalDate.of(2026, 3, 2);
        clock.travelTo(submittedOn);
        String id = Applications.aTechSmeApplication("逾期办件有限公司").id();
        LocalDate promised = CALENDAR.addWorkingDays(submittedOn, 20);

        clock.travelTo(promised);
        get(Tokens.shared().officer(), id).then().body("workingDaysLeft", equalTo(0)).body("overdue", equalTo(false));
        clock.travelTo(CALENDAR.addWorkingDays(promised, 2));
        get(Tokens.shared().officer(), id).then().body("workingDaysLeft", equalTo(-2)).body("overdue", equalTo(true));
    }

    @Test
    void shouldShowADueDateCountedThroughAYearWithoutCalendarDataAsProvisional() {
        String uscc = Enterprises.aRegisteredEnterprise("跨年时限有限公司");
        LocalDate submittedOn = LocalDate.of(2026, 11, 30);
        clock.travelTo(submittedOn);
        LocalDate promised = CALENDAR.addWorkingDays(submittedOn, 20);
        LocalDate legal = CALENDAR.addWorkingDays(submittedOn, 30);

        String id = Applications.submit(Tokens.shared().applicant(uscc), uscc, "TECH_SME", 2026).then()
                .statusCode(201).body("promisedDueOn", equalTo(promised.toString()))
                .body("promisedDueOnProvisional", equalTo(provisional(submittedOn, promised)))
                .body("legalDueOn", equalTo(legal.toString()))
                .body("legalDueOnProvisional", equalTo(provisional(submittedOn, legal))).extract().path("id");

        // TECH_SME's 30 legal working days from 30 Nov 2026 reach into January 2027
        assertEquals(2027, legal.getYear());
        CaseOpened opened = EventJson.data(Applications.caseEvents(dataSource, trackingNumber(id)).get(0),
                CaseOpened.class);
        assertEquals(provisional(submittedOn, promised), opened.promisedDueOnProvisional());
        assertEquals(provisional(submittedOn, legal), opened.legalDueOnProvisional());
        assertEquals(legal, opened.legalDueOn());
    }

    @Test
    void shouldRecountOpenProvisionalDueDatesAndAnnounceOnlyTheChangedOnes() throws SQLException {
        LocalDate submittedOn = LocalDate.of(2026, 11, 30);
        clock.travelTo(submittedOn);
        String stale = Applications.aTechSmeApplication("旧历计时有限公司").id();
        String current = Applications.aTechSmeApplication("新历计时有限公司").id();
        Applications.Submitted withdrawn = Applications.aTechSmeApplication("已撤回计时有限公司");
        String closed = withdrawn.id();
        act(Tokens.shared().applicant(withdrawn.uscc()), closed, "withdraw", null).then().statusCode(200);
        // dates counted on an older calendar, e.g. migrated ones counted Monday to Friday
        LocalDate wrong = LocalDate.of(2027, 1, 4);
        setLegalDueOn(stale, wrong);
        setLegalDueOn(closed, wrong);
        LocalDate legal = CALENDAR.addWorkingDays(submittedOn, 30);

        assertEquals(1, service.recomputeDueDates(2027));

        get(Tokens.shared().officer(), stale).then().body("legalDueOn", equalTo(legal.toString()))
                .body("status", equalTo("SUBMITTED"));
        get(Tokens.shared().officer(), closed).then().body("legalDueOn", equalTo(wrong.toString()));
        List<CloudEvent> cases = Applications.caseEvents(dataSource, trackingNumber(stale));
        assertEquals(List.of(CaseOpened.TYPE, CaseStatusChanged.TYPE), cases.stream().map(CloudEvent::type).toList());
        CaseStatusChanged recounted = EventJson.data(cases.get(1), CaseStatusChanged.class);
        assertEquals(List.of("SUBMITTED", "SUBMITTED", "system"),
                List.of(recounted.status(), recounted.previousStatus(), recounted.actorRole()));
        assertEquals(legal, recounted.legalDueOn());
        assertEquals(List.of(CaseOpened.TYPE), Applications.caseEventTypes(dataSource, trackingNumber(current)));
        assertEquals(0, service.recomputeDueDates(2027));
    }

    /** Whether a date counted from {@code from} runs through a year the official calendar has no data for. */
    private static boolean provisional(LocalDate from, LocalDate dueOn) {
        for (int year = from.plusDays(1).getYear(); year <= dueOn.getYear(); year++) {
            if (!CALENDAR.covers(LocalDate.of(year, 1, 1))) {
                return true;
            }
        }
        return false;
    }

    private static String trackingNumber(String id) {
        return get(Tokens.shared().officer(), id).then().statusCode(200).extract().path("trackingNumber");
    }

    private void setLegalDueOn(String id, LocalDate day) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection
                        .prepareStatement("UPDATE certification_application SET legal_due_on = ? WHERE id = ?")) {
            update.setObject(1, day);
            update.setObject(2, UUID.fromString(id));
            assertEquals(1, update.executeUpdate());
        }
    }
}
