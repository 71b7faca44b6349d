package org.keji.enterprise.certification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.enterprise.AnnualReportSubmitted;
import org.keji.commons.time.ClockProducer;
import org.keji.enterprise.figures.YearlyFiguresFixtures;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Annual reports (年度发展情况报表, 高新技术企业认定管理办法 第十七条): due by 31 May for the year before, made of the figures
 * the bureau holds. Dates are relative to today, so the tests do not depend on the day they run (the boundaries of
 * 31 May are tested with a controlled clock in {@link CertificationDeadlinesTest}).
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class AnnualReportResourceTest {

    private static final int YEAR = LocalDate.now(ClockProducer.ZONE).getYear();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldFileTheAnnualReportFromTheFiguresHeldAndPublishIt() {
        // valid from 1 January two years ago to 31 December this year: it owes the reports on YEAR-2 and YEAR-1 (the
        // one on YEAR would fall due after its validity)
        Certifications.Held held = Certifications.anHnteCertificate(LocalDate.of(YEAR - 2, 1, 1));
        String applicant = Tokens.shared().applicant(held.uscc());
        Certifications.get(applicant, held.id()).then().statusCode(200)
                .body("validTo", equalTo(YEAR + "-12-31"))
                .body("annualReportYearsOwed", equalTo(List.of(YEAR - 2, YEAR - 1)))
                .body("missingAnnualReports", hasItem(YEAR - 2)).body("allowedActions", hasItem("annual-report"));
        YearlyFiguresFixtures.report(held.uscc(), YEAR - 2, YearlyFiguresFixtures.someFigures());

        Certifications.fileAnnualReport(applicant, held.id(), YEAR - 2).then().statusCode(201)
                .body("year", equalTo(YEAR - 2)).body("dueOn", equalTo((YEAR - 1) + "-05-31"))
                .body("late", equalTo(true)).body("uscc", equalTo(held.uscc()))
                .body("figures.employees", equalTo(120)).body("figures.rdStaff", equalTo(18))
                .body("figures.salesRevenue", equalTo("48000000.00")).body("figuresVersion", equalTo(0));

        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/certifications/" + held.id() + "/annual-reports")
                .then().statusCode(200).body("year", equalTo(List.of(YEAR - 2)))
                .body("[0].figures.rdExpense", equalTo("2600000.00"));
        Certifications.get(applicant, held.id()).then().statusCode(200)
                .body("annualReportsFiled", equalTo(List.of(YEAR - 2)))
                .body("missingAnnualReports", not(hasItem(YEAR - 2)));

        List<ConsumerRecord<String, String>> records = new KafkaProbe(bootstrapServers).await("keji.enterprise.v1",
                r -> held.uscc().equals(r.key()) && r.value().contains(AnnualReportSubmitted.TYPE), 1,
                Duration.ofSeconds(30));
        assertEquals(1, records.size());
        AnnualReportSubmitted event = EventJson.data(EventJson.read(records.get(0).value()),
                AnnualReportSubmitted.class);
        assertEquals(held.id(), event.certificationId().toString());
        assertEquals("HNTE", event.certificationType());
        assertEquals(YEAR - 2, event.year());
        assertTrue(event.late());
        assertTrue(event.certificateNumber().startsWith("GR"));
    }

    @Test
    void shouldAskForTheFiguresFirstWhenTheBureauHasNone() {
        Certifications.Held held = Certifications.anHnteCertificate(LocalDate.of(YEAR - 2, 1, 1));

        Certifications.fileAnnualReport(Tokens.shared().officer(), held.id(), YEAR - 1).then().statusCode(422)
                .body("code", equalTo("FIGURES_MISSING"))
                .body("detail", equalTo("科技局尚无企业 %s 的 %d 年度数据。请先填报（PUT /api/v1/enterprises/%s/figures/%d），年度报告即由这些数据生成。"
                        .formatted(held.uscc(), YEAR - 1, held.uscc(), YEAR - 1)));
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/certifications/" + held.id() + "/annual-reports")
                .then().statusCode(200).body("$", empty());
    }

    @Test
    void shouldFileOneReportPerYear() {
        Certifications.Held held = Certifications.anHnteCertificate(LocalDate.of(YEAR - 2, 1, 1));
        YearlyFiguresFixtures.report(held.uscc(), YEAR - 2, YearlyFiguresFixtures.someFigures());
        String integration = Tokens.shared().integration("province-platform");

        Certifications.fileAnnualReport(integration, held.id(), YEAR - 2).then().statusCode(201);
        Certifications.fileAnnualReport(integration, held.id(), YEAR - 2).then().statusCode(409)
                .body("code", equalTo("ANNUAL_REPORT_EXISTS"));
    }

    @Test
    void shouldRefuseYearsTheCertificateDoesNotReportOnOrThatAreNotOver() {
        // valid from 1 December last year: it reports on YEAR-1, YEAR and YEAR+1
        Certifications.Held held = Certifications.anHnteCertificate(LocalDate.of(YEAR - 1, 12, 1));
        String officer = Tokens.shared().officer();
        Certifications.get(officer, held.id()).then().statusCode(200)
                .body("annualReportYearsOwed", equalTo(List.of(YEAR - 1, YEAR, YEAR + 1)));

        for (int year : new int[] { YEAR - 2, YEAR + 2 }) {
            Certifications.fileAnnualReport(officer, held.id(), year).then().statusCode(422)
                    .body("code", equalTo("ANNUAL_REPORT_YEAR_NOT_COVERED"));
        }
        Certifications.fileAnnualReport(officer, held.id(), YEAR).then().statusCode(422)
                .body("code", equalTo("ANNUAL_REPORT_YEAR_NOT_ENDED"));
        given().auth().oauth2(officer).contentType("application/json").body("{}")
                .post("/api/v1/certifications/" + held.id() + "/annual-reports").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("year"));
    }

    @Test
    void shouldRefuseAnnualReportsForTypesWithoutThem() {
        Certifications.Held held = Certifications.aCertificate("TECH_SME", LocalDate.of(YEAR - 1, 1, 1), null);

        Certifications.fileAnnualReport(Tokens.shared().officer(), held.id(), YEAR - 1).then().statusCode(422)
                .body("code", equalTo("ANNUAL_REPORT_NOT_REQUIRED"));
        Certifications.get(Tokens.shared().officer(), held.id()).then().statusCode(200)
                .body("annualReportRequired", equalTo(false)).body("missingAnnualReports", empty())
                .body("allowedActions", not(hasItem("annual-report")));
    }

    @Test
    void shouldRefuseAnnualReportsOnARevokedCertificate() {
        Certifications.Held held = Certifications.anHnteCertificate(LocalDate.of(YEAR - 2, 1, 1));
        long version = Certifications.underRecheck(held.id());
        Certifications.revoke(held.id(), "FRAUD", YEAR - 2, version).then().statusCode(200);

        Certifications.fileAnnualReport(Tokens.shared().officer(), held.id(), YEAR - 2).then().statusCode(409)
                .body("code", equalTo("CERTIFICATION_ILLEGAL_TRANSITION")).body("currentState", equalTo("REVOKED"))
                .body("allowedActions", empty());
    }

    @Test
    void shouldKeepAnnualReportsFromOtherApplicantsAndRoles() {
        Certifications.Held held = Certifications.anHnteCertificate(LocalDate.of(YEAR - 2, 1, 1));
        String other = Tokens.shared().applicant(Certifications.anHnteCertificate(LocalDate.of(YEAR - 2, 1, 1)).uscc());

        Certifications.fileAnnualReport(other, held.id(), YEAR - 2).then().statusCode(404)
                .body("code", equalTo("CERTIFICATION_NOT_FOUND"));
        given().auth().oauth2(other).get("/api/v1/certifications/" + held.id() + "/annual-reports").then()
                .statusCode(404).body("code", equalTo("CERTIFICATION_NOT_FOUND"));
        Certifications.fileAnnualReport(Tokens.shared().expert("expert-1"), held.id(), YEAR - 2).then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.shared().bank("bank-1"))
                .get("/api/v1/certifications/" + held.id() + "/annual-reports").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        Certifications.fileAnnualReport(Tokens.shared().officer(), UUID.randomUUID().toString(), YEAR - 2)
                .then().statusCode(404).body("code", equalTo("CERTIFICATION_NOT_FOUND"));
    }
}
