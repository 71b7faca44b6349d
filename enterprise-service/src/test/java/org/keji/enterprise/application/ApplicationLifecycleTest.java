package org.keji.enterprise.application;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.keji.enterprise.application.Applications.act;
import static org.keji.enterprise.application.Applications.get;
import static org.keji.enterprise.application.Applications.review;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keji.commons.calendar.WorkingCalendars;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.enterprise.CertificationApplicationSubmitted;
import org.keji.commons.event.enterprise.CertificationGranted;
import org.keji.enterprise.figures.YearlyFiguresFixtures;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** An HNTE application from submission to certificate, and the case clock that pauses for a correction. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ApplicationLifecycleTest {

    @Inject
    WorkingCalendars calendars;

    @Inject
    MutableClock clock;

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
                .body("dueOn", equalTo(calendars.current().addWorkingDays(today, 60).toString()))
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
        assertEquals(10, calendars.current().workingDaysBetween(first, publicityTo) + 1);

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
                .body("validTo", equalTo(decided.plusYears(3).minusDays(1).toString()));

        List<ConsumerRecord<String, String>> events = new KafkaProbe(bootstrapServers).await("keji.enterprise.v1",
                r -> uscc.equals(r.key()) && (r.value().contains(CertificationGranted.TYPE)
                        || r.value().contains(CertificationApplicationSubmitted.TYPE)),
                2, Duration.ofSeconds(30));
        CertificationGranted granted = events.stream().map(r -> EventJson.read(r.value()))
                .filter(e -> e.type().equals(CertificationGranted.TYPE)).findFirst()
                .map(e -> EventJson.data(e, CertificationGranted.class)).orElseThrow();
        assertEquals(trackingNumber, granted.trackingNumber());
        assertEquals("GRANTED", granted.origin());
    }

    @Test
    void shouldPauseTheCaseClockWhileACorrectionIsAwaited() {
        String uscc = Enterprises.aRegisteredEnterprise("补正计时有限公司");
        LocalDate submittedOn = LocalDate.of(2026, 3, 2);
        clock.travelTo(submittedOn);
        String id = Applications.aSubmittedApplication(Tokens.shared().applicant(uscc), uscc, "TECH_SME", 2026);
        LocalDate promised = calendars.current().addWorkingDays(submittedOn, 20);
        get(Tokens.shared().officer(), id).then().body("dueOn", equalTo(promised.toString()));

        LocalDate pausedOn = calendars.current().addWorkingDays(submittedOn, 2);
        clock.travelTo(pausedOn);
        act(Tokens.shared().officer(), id, "request-correction",
                "{\"missingMaterials\":[\"研发项目立项报告\",\"知识产权证明材料\"]}").then().statusCode(200)
                .body("status", equalTo("CORRECTION_REQUESTED")).body("paused", equalTo(true))
                .body("missingMaterials", equalTo(List.of("研发项目立项报告", "知识产权证明材料")))
                .body("workingDaysLeft", equalTo(18));

        LocalDate resumedOn = calendars.current().addWorkingDays(pausedOn, 5);
        clock.travelTo(resumedOn);
        // frozen while paused
        get(Tokens.shared().applicant(uscc), id).then().body("workingDaysLeft", equalTo(18));
        act(Tokens.shared().applicant(uscc), id, "resubmit",
                "{\"materials\":[{\"name\":\"研发项目立项报告\",\"reference\":\"doc-002\"}]}").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("paused", equalTo(false))
                .body("pausedWorkingDays", equalTo(5))
                .body("dueOn", equalTo(calendars.current().addWorkingDays(promised, 5).toString()))
                .body("workingDaysLeft", equalTo(18)).body("missingMaterials", hasItems("研发项目立项报告"));
    }
}
