package org.keji.ip.annuity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The annuity schedule as versioned data: the seeded official fees, publishing versions, reading them by date. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class AnnuityFeeResourceTest {

    static final String INVENTION_2150 = """
            {"patentType":"INVENTION","effectiveFrom":"%s","source":"测试通知〔2150〕1号","bands":[
              {"fromYear":1,"toYear":3,"amount":"950.00"},{"fromYear":4,"toYear":6,"amount":"1200.00"},
              {"fromYear":7,"toYear":9,"amount":"2000.00"},{"fromYear":10,"toYear":12,"amount":"4000.00"},
              {"fromYear":13,"toYear":15,"amount":"6000.00"},{"fromYear":16,"toYear":20,"amount":"8000.00"}]}""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldServeTheOfficialScheduleOfEachKindToEveryRole() {
        given().auth().oauth2(Tokens.shared().applicant("91350100M000100Y43"))
                .get("/api/v1/patent-annuity-fees?patentType=INVENTION&on=2026-06-30").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].effectiveFrom", equalTo("2021-06-01"))
                .body("items[0].termYears", equalTo(20))
                .body("items[0].bands.amount", equalTo(List.of("900.00", "1200.00", "2000.00", "4000.00", "6000.00",
                        "8000.00")))
                .body("items[0].bands.toYear", equalTo(List.of(3, 6, 9, 12, 15, 20)))
                .body("items[0].source", containsString("专利收费标准"));
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/patent-annuity-fees?on=2026-06-30&sort=effectiveFrom")
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.patentType", containsInAnyOrder("INVENTION", "UTILITY_MODEL", "DESIGN"))
                .body("items.find { it.patentType == 'UTILITY_MODEL' }.bands.amount",
                        equalTo(List.of("600.00", "900.00", "1200.00", "2000.00")))
                .body("items.find { it.patentType == 'DESIGN' }.termYears", equalTo(15))
                .body("items.find { it.patentType == 'DESIGN' }.bands[4].amount", equalTo("3000.00"));
        // a PCT kind finds its base kind's schedule
        given().auth().oauth2(Tokens.shared().bank("B1"))
                .get("/api/v1/patent-annuity-fees?patentType=PCT_UTILITY_MODEL&on=2026-01-01")
                .then().statusCode(200).body("items[0].patentType", equalTo("UTILITY_MODEL"));
        given().auth().oauth2(Tokens.shared().integration("province", List.of("ip:read")))
                .get("/api/v1/patent-annuity-fees").then().statusCode(200);
        given().get("/api/v1/patent-annuity-fees").then().statusCode(401);
    }

    @Test
    void shouldApplyANewVersionFromItsDateOnly() {
        Response published = publish(Tokens.shared().admin(), INVENTION_2150.formatted("2150-01-01"));
        published.then().statusCode(201).body("termYears", equalTo(20)).body("bands[0].amount", equalTo("950.00"))
                .body("publishedBy", equalTo("admin-1"));
        String id = published.path("id");
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/patent-annuity-fees/" + id).then().statusCode(200)
                .body("effectiveFrom", equalTo("2150-01-01"));

        given().auth().oauth2(Tokens.shared().officer())
                .get("/api/v1/patent-annuity-fees?patentType=INVENTION&on=2149-12-31").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].effectiveFrom", equalTo("2021-06-01"));
        given().auth().oauth2(Tokens.shared().officer())
                .get("/api/v1/patent-annuity-fees?patentType=INVENTION&on=2150-01-01").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/patent-annuity-fees?patentType=INVENTION")
                .then().statusCode(200).body("items.effectiveFrom", hasItem("2150-01-01"))
                .body("items.effectiveFrom", hasItem("2021-06-01"));

        // quotes take the fee in force on the payment date
        quote("INVENTION", "2148-01-01", 3, "2150-01-01").then().statusCode(200).body("fee", equalTo("950.00"))
                .body("scheduleId", equalTo(id));
        quote("INVENTION", "2148-01-01", 3, "2149-12-31").then().statusCode(200).body("fee", equalTo("900.00"))
                .body("scheduleEffectiveFrom", equalTo("2021-06-01"));
        quote("PCT_INVENTION", "2148-01-01", 3, "2150-01-02").then().statusCode(200).body("fee", equalTo("950.00"))
                .body("scheduleKind", equalTo("INVENTION"));

        // a version is never replaced
        publish(Tokens.shared().admin(), INVENTION_2150.formatted("2150-01-01")).then().statusCode(409)
                .body("code", equalTo("ANNUITY_SCHEDULE_EXISTS"));
    }

    @Test
    void shouldPublishOneVersionWhenAdministratorsPublishTheSameDateAtOnce() throws Exception {
        String body = INVENTION_2150.formatted("2180-01-01");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> publish(Tokens.shared().admin(), body).then()
                        .body("code", anyOf(nullValue(), equalTo("ANNUITY_SCHEDULE_EXISTS"))).extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/patent-annuity-fees?patentType=INVENTION&on=2180-01-01")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].effectiveFrom", equalTo("2180-01-01"));
    }

    @Test
    void shouldRefuseASchedulethatDoesNotCoverTheTermExactly() {
        String gapAndShort = """
                {"patentType":"UTILITY_MODEL","effectiveFrom":"2160-01-01","source":"s","bands":[
                  {"fromYear":1,"toYear":3,"amount":"600.00"},{"fromYear":5,"toYear":4,"amount":"-1.00"}]}""";
        publish(Tokens.shared().admin(), gapAndShort).then().statusCode(400)
                .body("code", equalTo("ANNUITY_SCHEDULE_INVALID"))
                .body("violations.field", containsInAnyOrder("bands[1].fromYear", "bands[1].toYear", "bands[1].amount",
                        "bands"));
        String pct = """
                {"patentType":"PCT_INVENTION","effectiveFrom":"2160-01-01","source":"s","bands":[
                  {"fromYear":1,"toYear":20,"amount":"900.00"}]}""";
        publish(Tokens.shared().admin(), pct).then().statusCode(400).body("code", equalTo("ANNUITY_SCHEDULE_INVALID"))
                .body("violations[0].field", equalTo("patentType"));
        String design = """
                {"patentType":"DESIGN","effectiveFrom":"2160-01-01","source":"s","bands":[
                  {"fromYear":1,"toYear":10,"amount":"600.00"}]}""";
        publish(Tokens.shared().admin(), design).then().statusCode(400).body("violations[0].field", equalTo("bands"))
                .body("violations[0].message", containsString("15"));
        String unknownKind = """
                {"patentType":"TRADEMARK","effectiveFrom":"2160-01-01","source":"s","bands":[
                  {"fromYear":1,"toYear":10,"amount":"600.00"}]}""";
        publish(Tokens.shared().admin(), unknownKind).then().statusCode(400);
    }

    @Test
    void shouldLetOnlyAdministratorsPublish() {
        String body = INVENTION_2150.formatted("2170-01-01");
        publish(Tokens.shared().officer(), body).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        publish(Tokens.shared().applicant("91350100M000100Y43"), body).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        publish(Tokens.shared().integration("province", List.of("ip:read")), body).then().statusCode(403);
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/patent-annuity-fees/" + UUID.randomUUID())
                .then().statusCode(404).body("code", equalTo("ANNUITY_SCHEDULE_NOT_FOUND"));
    }

    @Test
    void shouldHaveTheDatabaseRefuseToRewriteAVersion() throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "UPDATE patent_annuity_fee_band SET amount = 1 WHERE schedule_id = '6a1f0c2e-0001-4000-8000-000000000001'"));
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "DELETE FROM patent_annuity_fee_schedule WHERE patent_type = 'DESIGN'"));
        }
    }

    @Test
    void shouldExportTheScheduleAsCsv() {
        given().auth().oauth2(Tokens.shared().officer()).accept("text/csv")
                .get("/api/v1/patent-annuity-fees?patentType=DESIGN&on=2026-01-01").then().statusCode(200)
                .body(containsString("施行日期")).body(containsString("3000.00"));
    }

    static Response publish(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/api/v1/patent-annuity-fees");
    }

    static Response quote(String patentType, String filingDate, int termYear, String paymentDate) {
        return given().auth().oauth2(Tokens.shared().applicant("91350100M000100Y43")).queryParam("patentType", patentType)
                .queryParam("filingDate", filingDate).queryParam("termYear", termYear)
                .queryParam("paymentDate", paymentDate).get("/api/v1/patent-annuity-quotes");
    }
}
