package org.keji.project.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.keji.project.statistics.FundedProjects.aProvince;
import static org.keji.project.statistics.FundedProjects.call;
import static org.keji.project.statistics.FundedProjects.evaluation;
import static org.keji.project.statistics.FundedProjects.projects;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The figures of a known population against a hand computation. Each test owns a province (70–99), so the rows of
 * other tests never count.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ProjectStatisticsTest {

    private static final String BASE = "/api/v1/project-statistics/";
    private static final int YEAR = 2091;

    @Inject
    DataSource dataSource;

    /**
     * City R (funded p1, p2, p3; p4 still in review), city R2 of the same province (funded p5):
     * <ul>
     * <li>p1 call C1, INDUSTRIAL, ENTERPRISE, OWN_RD, EVALUATED, planned 100.50 + 99.50, grant 100.00; confirmed
     * evaluation: received 1.01 + 1.00, sales 1 000.00, profit −300.25, every count 2 (inventions 1)</li>
     * <li>p2 call C1, INDUSTRIAL, PUBLIC_INSTITUTION, IUR_COOPERATION, ACTIVE, planned 100.50 + 0.00, grant 100.50</li>
     * <li>p3 call C2, MEDICAL, ENTERPRISE, OWN_RD, PASSED, planned 100.50 + 300.00, grant 50.00; a DRAFT evaluation
     * (never counted)</li>
     * <li>p4 call C1, AGRICULTURAL, EXPERT_REVIEW (not funded, never counted)</li>
     * <li>p5 call C1, AGRICULTURAL in R2, CLOSED, planned 100.00 + 100.00, grant 80.00, received 50.00 + 50.00</li>
     * </ul>
     */
    private record Population(String province, String r, String r2, UUID c1, UUID c2) {
    }

    private Population population() {
        String province = aProvince();
        String r = province + "0100";
        String r2 = province + "0200";
        UUID c1 = call(dataSource, YEAR, 1, "MUNICIPAL", "INDUSTRIAL_RD");
        UUID c2 = call(dataSource, YEAR, 2, "PROVINCIAL", "MEDICAL");
        UUID p1 = projects(dataSource, 1, c1, r, "INDUSTRIAL", "ENTERPRISE", "OWN_RD", "EVALUATED", "100.50", "99.50",
                "100.00");
        evaluation(dataSource, p1, "CONFIRMED", "1.01", "1.00", "1000.00", "-300.25", 2);
        projects(dataSource, 1, c1, r, "INDUSTRIAL", "PUBLIC_INSTITUTION", "IUR_COOPERATION", "ACTIVE", "100.50",
                "0.00", "100.50");
        UUID p3 = projects(dataSource, 1, c2, r, "MEDICAL", "ENTERPRISE", "OWN_RD", "PASSED", "100.50", "300.00",
                "50.00");
        evaluation(dataSource, p3, "DRAFT", "999.00", "999.00", "999.00", "999.00", 9);
        projects(dataSource, 1, c1, r, "AGRICULTURAL", "OTHER", "OWN_RD", "EXPERT_REVIEW", "999.00", "1.00", null);
        UUID p5 = projects(dataSource, 1, c1, r2, "AGRICULTURAL", "ENTERPRISE", "OWN_RD", "CLOSED", "100.00",
                "100.00", "80.00");
        evaluation(dataSource, p5, "CONFIRMED", "50.00", "50.00", "500.00", "100.00", 1);
        return new Population(province, r, r2, c1, c2);
    }

    @Test
    void shouldComputeEveryShareAndRatioOfACityExactlyToTwoDecimals() {
        Population p = population();
        ValidatableResponse response = admin().queryParam("region", p.r()).get(BASE + "performance").then()
                .statusCode(200);
        // rows: 4 industries, 4 undertaker types, 4 technology sources, TOTAL
        response.body("rows.size()", equalTo(13))
                .body("rows.dimension", equalTo(List.of("INDUSTRY", "INDUSTRY", "INDUSTRY", "INDUSTRY",
                        "UNDERTAKER_TYPE", "UNDERTAKER_TYPE", "UNDERTAKER_TYPE", "UNDERTAKER_TYPE",
                        "TECHNOLOGY_SOURCE", "TECHNOLOGY_SOURCE", "TECHNOLOGY_SOURCE", "TECHNOLOGY_SOURCE", "TOTAL")))
                .body("rows.group", equalTo(Arrays.asList("INDUSTRIAL", "AGRICULTURAL", "SOCIAL_DEVELOPMENT",
                        "MEDICAL", "ENTERPRISE", "PUBLIC_INSTITUTION", "GOVERNMENT_BODY", "OTHER", "OWN_RD",
                        "IUR_COOPERATION", "INTRODUCED_REINNOVATION", "INTRODUCED_PROMOTION", null)))
                // 2 of 3 = 66.666… → 66.67, 1 of 3 = 33.33; groups without projects 0.00
                .body("rows.projects", equalTo(List.of(2, 0, 0, 1, 2, 1, 0, 0, 2, 1, 0, 0, 3)))
                .body("rows.projectSharePercent", equalTo(List.of("66.67", "0.00", "0.00", "33.33", "66.67", "33.33",
                        "0.00", "0.00", "66.67", "33.33", "0.00", "0.00", "100.00")));
        String total = "rows[12].";
        // planned: government 3 × 100.50 = 301.50, self-raised 99.50 + 0 + 300.00 = 399.50, together 701.00;
        // 301.50 / 10 000 = 0.03015 → 0.0302 half up once (each project's 0.0101 added up would give 0.0303)
        response.body(total + "plannedGovernmentFunds", equalTo("301.50"))
                .body(total + "plannedGovernmentFundsTenThousandYuan", equalTo("0.0302"))
                .body(total + "plannedSelfRaisedFunds", equalTo("399.50"))
                .body(total + "plannedSelfRaisedFundsTenThousandYuan", equalTo("0.0400"))
                .body(total + "plannedTotalFunds", equalTo("701.00"))
                .body(total + "plannedTotalFundsTenThousandYuan", equalTo("0.0701"))
                // 301.50 / 701.00 = 43.00998… → 43.01; 399.50 / 701.00 = 56.99001… → 56.99
                .body(total + "plannedGovernmentSharePercent", equalTo("43.01"))
                .body(total + "plannedSelfRaisedSharePercent", equalTo("56.99"))
                // received: only p1's confirmed evaluation (p3's is a draft): 1.01 + 1.00 = 2.01 of p1's planned 200.00
                .body(total + "evaluatedProjects", equalTo(1))
                .body(total + "evaluatedPlannedFunds", equalTo("200.00"))
                .body(total + "receivedGovernmentFunds", equalTo("1.01"))
                .body(total + "receivedSelfRaisedFunds", equalTo("1.00"))
                .body(total + "receivedTotalFunds", equalTo("2.01"))
                .body(total + "receivedTotalFundsTenThousandYuan", equalTo("0.0002"))
                // 2.01 / 200.00 × 100 = 1.005 exactly → 1.01 (in doubles 1.00, asserted below)
                .body(total + "receivedRatioPercent", equalTo("1.01"))
                // 1.01 / 100.50 = 1.00497… → 1.00; 1.00 / 99.50 = 1.00502… → 1.01
                .body(total + "governmentReceivedRatioPercent", equalTo("1.00"))
                .body(total + "selfRaisedReceivedRatioPercent", equalTo("1.01"))
                // 1.01 / 2.01 = 50.2487… → 50.25; 1.00 / 2.01 = 49.7512… → 49.75
                .body(total + "receivedGovernmentSharePercent", equalTo("50.25"))
                .body(total + "receivedSelfRaisedSharePercent", equalTo("49.75"))
                .body(total + "salesRevenue", equalTo("1000.00")).body(total + "profit", equalTo("-300.25"))
                .body(total + "tax", equalTo("10.00")).body(total + "foreignExchangeUsd", equalTo("1.50"))
                .body(total + "newJobs", equalTo(2)).body(total + "trainedTalents", equalTo(2))
                .body(total + "patentsApplied", equalTo(2)).body(total + "inventionPatentsApplied", equalTo(1))
                .body(total + "newProducts", equalTo(2)).body(total + "highTechProducts", equalTo(2))
                .body(total + "awards", equalTo(2));
        assertEquals("1.00", new BigDecimal(2.01 / 200.00 * 100).setScale(2, RoundingMode.HALF_UP).toString(),
                "the same ratio in doubles would be off by 0.01");
        // INDUSTRIAL: p1 + p2, planned 201.00 + 99.50 = 300.50, 201.00 / 300.50 = 66.8885… → 66.89, 33.1114… → 33.11
        response.body("rows[0].plannedTotalFunds", equalTo("300.50"))
                .body("rows[0].plannedGovernmentSharePercent", equalTo("66.89"))
                .body("rows[0].plannedSelfRaisedSharePercent", equalTo("33.11"))
                .body("rows[0].receivedRatioPercent", equalTo("1.01"))
                // MEDICAL: p3 has no confirmed evaluation: nothing received, no ratio (absent, not 0)
                .body("rows[3].evaluatedProjects", equalTo(0)).body("rows[3].receivedTotalFunds", equalTo("0.00"))
                .body("rows[3].receivedRatioPercent", equalTo(null))
                // AGRICULTURAL in R: p4 is not funded
                .body("rows[1].plannedTotalFunds", equalTo("0.00"))
                .body("rows[1].plannedGovernmentSharePercent", equalTo(null));
    }

    @Test
    void shouldFilterByYearBatchCallLevelAndCategory() {
        Population p = population();
        assertTotalProjects(admin().queryParam("region", p.province()), 4);
        assertTotalProjects(admin().queryParam("region", p.r()).queryParam("year", YEAR).queryParam("batch", 2), 1);
        assertTotalProjects(admin().queryParam("region", p.r()).queryParam("year", YEAR - 1), 0);
        assertTotalProjects(admin().queryParam("region", p.r()).queryParam("callId", p.c1().toString()), 2);
        assertTotalProjects(admin().queryParam("region", p.province()).queryParam("level", "MUNICIPAL"), 3);
        assertTotalProjects(admin().queryParam("region", p.province()).queryParam("category", "MEDICAL"), 1);
        admin().queryParam("level", "GALACTIC").get(BASE + "performance").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        admin().queryParam("region", "3").get(BASE + "performance").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void shouldCountAnOfficersOwnRegionOnly() {
        Population p = population();
        // the officer of R2 asks for the whole province: only p5, 100.00 received of 200.00 planned
        given().auth().oauth2(Tokens.shared().officer(p.r2())).queryParam("region", p.province())
                .get(BASE + "performance").then().statusCode(200).body("rows[12].projects", equalTo(1))
                .body("rows[1].projectSharePercent", equalTo("100.00"))
                .body("rows[12].receivedRatioPercent", equalTo("50.00"));
        // asking for R, or for nothing, never shows R's projects
        given().auth().oauth2(Tokens.shared().officer(p.r2())).queryParam("region", p.r()).get(BASE + "performance")
                .then().statusCode(200).body("rows[12].projects", equalTo(0));
        given().auth().oauth2(Tokens.shared().officer(p.r2())).queryParam("region", p.r()).get(BASE + "batches")
                .then().statusCode(200).body("rows.size()", equalTo(1)).body("rows[0].total", equalTo(true))
                .body("rows[0].projects", equalTo(0)).body("rows[0].granted", equalTo("0.00"));
        given().auth().oauth2(Tokens.shared().officer(p.r2())).queryParam("size", 100)
                .get(BASE + "batches/" + p.c2()).then().statusCode(200).body("items.size()", equalTo(0))
                .body("batch.projects", equalTo(0));
    }

    @Test
    void shouldRefuseApplicantsExpertsBanksAndIntegrationWithoutScope() {
        String uscc = "91350100M000100Y43";
        for (String token : List.of(Tokens.shared().applicant(uscc), Tokens.shared().expert("expert-1"),
                Tokens.shared().bank("bank-1"))) {
            given().auth().oauth2(token).get(BASE + "performance").then().statusCode(403)
                    .body("code", equalTo("FORBIDDEN"));
            given().auth().oauth2(token).get(BASE + "batches").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.shared().integration("report-system", List.of("enterprise:read")))
                .get(BASE + "performance").then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        given().auth().oauth2(Tokens.shared().integration("report-system", List.of("project:read")))
                .get(BASE + "performance").then().statusCode(200);
    }

    @Test
    void shouldSummarizeBatchesPerCall() {
        Population p = population();
        // C1 in R: p1 100.00 + p2 100.50 = 200.50; C2: p3 50.00; together 250.50, 0.02505 → 0.0251 万元
        admin().queryParam("region", p.r()).get(BASE + "batches").then().statusCode(200)
                .body("rows.callId", equalTo(Arrays.asList(p.c1().toString(), p.c2().toString(), null)))
                .body("rows.batch", equalTo(Arrays.asList(1, 2, null)))
                .body("rows.projects", equalTo(List.of(2, 1, 3)))
                .body("rows.granted", equalTo(List.of("200.50", "50.00", "250.50")))
                .body("rows.grantedTenThousandYuan", equalTo(List.of("0.0201", "0.0050", "0.0251")))
                .body("rows.total", equalTo(List.of(false, false, true)));
        admin().queryParam("region", p.province()).queryParam("level", "PROVINCIAL").get(BASE + "batches").then()
                .statusCode(200).body("rows.projects", equalTo(List.of(1, 1)));
    }

    @Test
    void shouldSumManyFractionalGrantsToTheExactFen() {
        String region = aProvince() + "0100";
        UUID call = call(dataSource, YEAR, 3, "COUNTY", "AGRICULTURAL");
        projects(dataSource, 1001, call, region, "AGRICULTURAL", "ENTERPRISE", "OWN_RD", "ACTIVE", "10000.00",
                "0.00", "12345.67");
        // 1 001 × 12 345.67 = 12 345 670.00 + 12 345.67 = 12 358 015.67 yuan; / 10 000 = 1 235.801567 → 1 235.8016
        // (each grant's 1.2346 万元 added up would give 1 235.8346; 1 001 doubles added up drift off the fen)
        admin().queryParam("region", region).get(BASE + "batches").then().statusCode(200)
                .body("rows[0].projects", equalTo(1001)).body("rows[0].granted", equalTo("12358015.67"))
                .body("rows[0].grantedTenThousandYuan", equalTo("1235.8016"))
                .body("rows[1].granted", equalTo("12358015.67"));
        admin().queryParam("size", 5).queryParam("sort", "grantAmount,desc").get(BASE + "batches/" + call).then()
                .statusCode(200).body("items.size()", equalTo(5)).body("total", equalTo(1001))
                .body("items[0].grantAmount", equalTo("12345.67"))
                .body("items[0].grantAmountTenThousandYuan", equalTo("1.2346"))
                .body("batch.granted", equalTo("12358015.67"))
                .body("batch.grantedTenThousandYuan", equalTo("1235.8016"));
        String csv = admin().accept("text/csv").get(BASE + "batches/" + call).then().statusCode(200)
                .body(containsString("立项资助总额（万元）")).body(containsString("办件编号")).extract().asString();
        assertEquals(1002, csv.strip().lines().count(), "a header and every project of the batch");
        admin().get(BASE + "batches/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("PROJECT_STATISTICS_CALL_NOT_FOUND"));
    }

    @Test
    void shouldSumAmountsBeyondTheRangeOfOneAmountExactlyInsteadOfFailing() {
        // one amount fits numeric(18,2); the sum of several does not have to, and must still be answered, exactly
        String region = aProvince() + "0100";
        UUID c = call(dataSource, YEAR, 3, "MUNICIPAL", "INDUSTRIAL_RD");
        String largest = "9999999999999999.99";
        for (int i = 0; i < 2; i++) {
            UUID p = projects(dataSource, 1, c, region, "INDUSTRIAL", "ENTERPRISE", "OWN_RD", "EVALUATED", largest,
                    largest, "100.00");
            evaluation(dataSource, p, "CONFIRMED", largest, largest, largest, largest, 1);
        }
        given().auth().oauth2(Tokens.shared().admin()).queryParam("region", region).get(BASE + "performance").then()
                .statusCode(200).body("rows[12].dimension", equalTo("TOTAL"))
                .body("rows[12].plannedTotalFunds", equalTo("39999999999999999.96"))
                .body("rows[12].plannedTotalFundsTenThousandYuan", equalTo("4000000000000.0000"))
                .body("rows[12].receivedTotalFunds", equalTo("39999999999999999.96"))
                .body("rows[12].salesRevenue", equalTo("19999999999999999.98"))
                .body("rows[12].receivedRatioPercent", equalTo("100.00"));
        given().auth().oauth2(Tokens.shared().admin()).accept("text/csv").queryParam("region", region)
                .get(BASE + "performance").then().statusCode(200).body(containsString("19999999999999999.98"));
    }

    @Test
    void shouldExportThePerformanceStatisticsWithChineseHeaders() {
        Population p = population();
        admin().queryParam("region", p.r()).accept("text/csv").get(BASE + "performance").then().statusCode(200)
                .body(containsString("项目数占比（%）")).body(containsString("资金到位率（%）"))
                .body(containsString("66.67"));
    }

    private void assertTotalProjects(RequestSpecification request, int projects) {
        request.get(BASE + "performance").then().statusCode(200).body("rows[12].projects", equalTo(projects));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.shared().admin());
    }
}
