package org.keji.enterprise.monitoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.commons.time.ClockProducer;
import org.keji.enterprise.certification.Certifications;
import org.keji.enterprise.figures.YearlyFiguresFixtures;
import org.keji.testkit.Await;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The monitoring list (监测名单): certified certificates whose holder's latest figures fail a hard condition of the rules
 * in force, or whose annual report is overdue — kept up to date by the figures and reports themselves, by the daily
 * job and on demand.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class MonitoringResourceTest {

    private static final int YEAR = LocalDate.now(ClockProducer.ZONE).getYear();
    /** 5 of 120 employees in R&D: 4.17 %, below HNTE's 10 % (第十一条（四）). */
    private static final String FEW_RD_STAFF = YearlyFiguresFixtures.figures(120, 5, "48000000.00", "50000000.00",
            "36000000.00", "2600000.00", "2500000.00", "41000000.00", "65000000.00", "30000000.00");

    @Inject
    MonitoringJob job;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldListAHolderWhoseLatestFiguresFailTheRdStaffRatioUntilTheFiguresAreCorrected() {
        // valid from today: no annual report is due yet, so only the figures can put it on the list
        Certifications.Held held = Certifications.anHnteCertificate(LocalDate.now(ClockProducer.ZONE));
        list("uscc=" + held.uscc()).body("total", equalTo(0));

        YearlyFiguresFixtures.report(held.uscc(), YEAR - 1, FEW_RD_STAFF);

        list("uscc=" + held.uscc() + "&findingKind=HARD_CONDITION_FAILED&certificationType=HNTE&region=350100")
                .body("total", equalTo(1)).body("items[0].certificationId", equalTo(held.id()))
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].findingKinds", equalTo(List.of("HARD_CONDITION_FAILED")))
                .body("items[0].figuresYear", equalTo(YEAR - 1))
                .body("items[0].ruleSetId", equalTo("6a1f0c2e-0000-4000-8000-000000000001"))
                .body("items[0].failedConditions.code", equalTo(List.of("RD_STAFF_RATIO")))
                .body("items[0].failedConditions[0].title", equalTo("科技人员占比不低于10%"))
                .body("items[0].failedConditions[0].actual", equalTo("0.0417"))
                .body("items[0].failedConditions[0].threshold", equalTo("0.10"))
                .body("items[0].failedConditions[0].clause", equalTo("第十一条（四）企业从事研发和相关技术创新活动的科技人员占企业当年职工总数的比例不低于10%。"))
                .body("items[0].missingAnnualReports", equalTo(List.of()));
        list("uscc=" + held.uscc() + "&findingKind=ANNUAL_REPORT_MISSING").body("total", equalTo(0));
        list("uscc=" + held.uscc() + "&certificationType=TECH_SME").body("total", equalTo(0));
        list("uscc=" + held.uscc() + "&region=350200").body("total", equalTo(0));

        // corrected: 18 of 120 (15 %) — the data still missing for the three-year ratios is not a finding
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body(YearlyFiguresFixtures.someFigures()).put("/api/v1/enterprises/" + held.uscc() + "/figures/"
                        + (YEAR - 1))
                .then().statusCode(200);
        list("uscc=" + held.uscc()).body("total", equalTo(0));
    }

    @Test
    void shouldListAnOverdueAnnualReportFoundByTheDailyJobUntilItIsFiled() {
        // valid from 1 January two years ago: the report on YEAR-2 was due by 31 May last year
        Certifications.Held held = Certifications.anHnteCertificate(LocalDate.of(YEAR - 2, 1, 1));
        list("uscc=" + held.uscc()).body("total", equalTo(0));

        Optional<MonitoringJob.Run> run = job.refreshAll();

        assertTrue(run.isPresent());
        assertTrue(run.get().certifications() > 0);
        list("uscc=" + held.uscc() + "&findingKind=ANNUAL_REPORT_MISSING").body("total", equalTo(1))
                .body("items[0].findingKinds", equalTo(List.of("ANNUAL_REPORT_MISSING")))
                .body("items[0].missingAnnualReports", hasItem(YEAR - 2))
                .body("items[0].failedConditions", equalTo(List.of()));

        // figures of YEAR-2 that meet the conditions, and the report filed from them
        YearlyFiguresFixtures.report(held.uscc(), YEAR - 2, YearlyFiguresFixtures.someFigures());
        Certifications.fileAnnualReport(Tokens.shared().applicant(held.uscc()), held.id(), YEAR - 2).then()
                .statusCode(201);
        ValidatableResponse after = list("uscc=" + held.uscc());
        int total = after.extract().path("total");
        if (total > 0) {
            // the report on YEAR-1 is overdue too from 1 June on
            after.body("items[0].missingAnnualReports", equalTo(List.of(YEAR - 1)));
        }
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/certifications/" + held.id()).then()
                .statusCode(200).body("missingAnnualReports", not(hasItem(YEAR - 2)));
    }

    @Test
    void shouldDropRevokedCertificatesFromTheList() {
        Certifications.Held held = Certifications.anHnteCertificate(LocalDate.now(ClockProducer.ZONE));
        YearlyFiguresFixtures.report(held.uscc(), YEAR - 1, FEW_RD_STAFF);
        long version = Certifications.underRecheck(held.id());
        list("uscc=" + held.uscc()).body("total", equalTo(1)).body("items[0].status", equalTo("UNDER_RECHECK"));

        Certifications.revoke(held.id(), "FRAUD", YEAR, version).then().statusCode(200);

        list("uscc=" + held.uscc()).body("total", equalTo(0));
        job.refreshAll();
        assertEquals(0, findingRows(held.id()));
    }

    @Test
    void shouldRefreshOneEnterpriseAtOnceAndEveryoneInTheBackground() {
        Certifications.Held held = Certifications.anHnteCertificate(LocalDate.of(YEAR - 2, 1, 1));
        String admin = Tokens.shared().admin();

        given().auth().oauth2(admin).post("/api/v1/monitoring/refresh?uscc=" + held.uscc()).then().statusCode(200)
                .body("scope", equalTo("ENTERPRISE")).body("uscc", equalTo(held.uscc()))
                .body("certifications", equalTo(1)).body("flagged", equalTo(1));
        list("uscc=" + held.uscc()).body("total", equalTo(1));

        Certifications.Held later = Certifications.anHnteCertificate(LocalDate.of(YEAR - 2, 1, 1));
        given().auth().oauth2(admin).post("/api/v1/monitoring/refresh").then().statusCode(202)
                .body("scope", equalTo("ALL"));
        Await.until("the background refresh lists " + later.uscc(),
                () -> list("uscc=" + later.uscc()).extract().<Integer> path("total") == 1);
        // the lock is free again once the background refresh is over
        Await.until("the background refresh ends", () -> job.refreshAll().isPresent());
    }

    @Test
    void shouldSkipAFullRefreshWhileAnotherReplicaRunsOne() throws Exception {
        try (Connection other = dataSource.getConnection();
                PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, MonitoringJob.REFRESH_LOCK);
            lock.execute();
            try {
                assertTrue(job.refreshAll().isEmpty());
            } finally {
                try (PreparedStatement unlock = other.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    unlock.setLong(1, MonitoringJob.REFRESH_LOCK);
                    unlock.execute();
                }
            }
        }
        assertTrue(job.refreshAll().isPresent());
    }

    @Test
    void shouldShowTheListToOfficersAndAdministratorsOnly() {
        given().auth().oauth2(Tokens.shared().admin()).get("/api/v1/monitoring/certifications?size=5").then()
                .statusCode(200).body("size", equalTo(5)).body("page", equalTo(0));
        for (String token : List.of(Tokens.shared().applicant(Certifications.anHnteCertificate(
                LocalDate.now(ClockProducer.ZONE)).uscc()), Tokens.shared().expert("expert-1"),
                Tokens.shared().integration("province-platform"))) {
            given().auth().oauth2(token).get("/api/v1/monitoring/certifications").then().statusCode(403)
                    .body("code", equalTo("FORBIDDEN"));
        }
        given().auth().oauth2(Tokens.shared().officer()).post("/api/v1/monitoring/refresh").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().get("/api/v1/monitoring/certifications").then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void shouldRefuseBadFiltersAndSorts() {
        String officer = Tokens.shared().officer();
        given().auth().oauth2(officer).get("/api/v1/monitoring/certifications?findingKind=LATE_LUNCH").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("findingKind"));
        given().auth().oauth2(officer).get("/api/v1/monitoring/certifications?region=35").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(officer).get("/api/v1/monitoring/certifications?sort=validTo").then().statusCode(400)
                .body("code", equalTo("INVALID_SORT"));
        given().auth().oauth2(Tokens.shared().admin()).post("/api/v1/monitoring/refresh?uscc=91350100M000100Y4")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    private static ValidatableResponse list(String query) {
        return given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/monitoring/certifications?" + query)
                .then().statusCode(200);
    }

    private long findingRows(String certificationId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection
                        .prepareStatement("SELECT count(*) FROM monitoring_finding WHERE certification_id = ?::uuid")) {
            count.setString(1, certificationId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
