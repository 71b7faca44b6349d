package org.keji.project.award;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.keji.project.award.Awards.act;
import static org.keji.project.award.Awards.awarded;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keji.commons.material.MaterialReplica;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Award totals by year and grade against a hand sum: awards of fractional 万元 amounts in Fuzhou and Xiamen, one paid,
 * one not awarded and one still under review (neither counted). Rounding each award or each grade to 万元 first would be
 * off by 0.0001.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class AwardTotalsTest {

    private static final int YEAR = 2081;

    @Inject
    MaterialReplica replica;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    private static boolean populated;

    @BeforeEach
    void populate() {
        if (populated) {
            return;
        }
        Awards.published(YEAR, "SPECIAL=333333.33/2", "FIRST=123456.78", "SECOND=10000.01", "THIRD=5000.05");
        String maker = Awards.officer("officer-chen");
        String checker = Awards.officer("officer-lin");
        String special = award("350102", "SPECIAL");
        act(checker, special, "pay", "{\"paidOn\":\"" + LocalDate.now(clock)
                + "\",\"voucherNumber\":\"V-2081-1\",\"amount\":\"333333.33\"}").then().statusCode(200);
        for (String grade : List.of("FIRST", "FIRST", "FIRST", "SECOND", "SECOND", "THIRD")) {
            award("350102", grade);
        }
        award("350203", "FIRST");
        award("350203", "THIRD");
        String refused = nominated("350102");
        act(maker, refused, "review", null).then().statusCode(200);
        act(maker, refused, "decide", "{\"outcome\":\"NOT_AWARDED\",\"reason\":\"效益不足\"}").then().statusCode(200);
        act(maker, nominated("350102"), "review", null).then().statusCode(200);
        populated = true;
    }

    @Test
    void shouldSumEachGradeAndTheYearExactlyAndRoundTenThousandYuanOnce() {
        JsonPath totals = given().auth().oauth2(Tokens.shared().admin()).queryParam("year", YEAR)
                .queryParam("region", "3501").get(Awards.TOTALS).then().statusCode(200).extract().jsonPath();

        assertRows(totals, List.of(
                // grade, awards, yuan, 万元, paid, paid yuan
                "SPECIAL 1 333333.33 33.3333 1 333333.33",
                "FIRST 3 370370.34 37.0370 0 0.00", // 3 × 123 456.78; 3 × 12.3457 would say 37.0371
                "SECOND 2 20000.02 2.0000 0 0.00",
                "THIRD 1 5000.05 0.5000 0 0.00",
                // 728 703.74 yuan = 72.870374 万元 → 72.8704; the grades' rounded 万元 add up to 72.8703
                "total 7 728703.74 72.8704 1 333333.33"));
    }

    @Test
    void shouldCountEveryRegionForAnAdminAndOnlyItsOwnForAnOfficer() {
        assertRows(given().auth().oauth2(Tokens.shared().admin()).queryParam("year", YEAR).get(Awards.TOTALS).then()
                .statusCode(200).extract().jsonPath(),
                List.of(
                        "SPECIAL 1 333333.33 33.3333 1 333333.33",
                        "FIRST 4 493827.12 49.3827 0 0.00",
                        "SECOND 2 20000.02 2.0000 0 0.00",
                        "THIRD 2 10000.10 1.0000 0 0.00",
                        "total 9 857160.57 85.7161 1 333333.33"));
        // a Xiamen officer asking for all of Fujian sees Xiamen only
        assertRows(given().auth().oauth2(Tokens.shared().officer("350200")).queryParam("year", YEAR)
                .queryParam("region", "35").get(Awards.TOTALS).then().statusCode(200).extract().jsonPath(),
                List.of(
                        "FIRST 1 123456.78 12.3457 0 0.00",
                        "THIRD 1 5000.05 0.5000 0 0.00",
                        "total 2 128456.83 12.8457 0 0.00"));
    }

    @Test
    void shouldExportTheTotalsAsCsvWithChineseHeaders() {
        given().auth().oauth2(Tokens.shared().admin()).accept("text/csv").queryParam("year", YEAR)
                .queryParam("region", "3501").get(Awards.TOTALS).then().statusCode(200)
                .body(containsString("奖金合计（万元）")).body(containsString("728703.74"))
                .body(containsString("72.8704"));
        given().auth().oauth2(Tokens.shared().admin()).queryParam("region", "3501x").get(Awards.TOTALS).then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    private static void assertRows(JsonPath totals, List<String> expected) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < totals.getList("rows").size(); i++) {
            String prefix = "rows[" + i + "].";
            rows.add((totals.getBoolean(prefix + "total") ? "total" : totals.getString(prefix + "grade")) + " "
                    + totals.getString(prefix + "awards") + " " + totals.getString(prefix + "amount") + " "
                    + totals.getString(prefix + "amountTenThousandYuan") + " " + totals.getString(prefix + "paid") + " "
                    + totals.getString(prefix + "paidAmount"));
        }
        assertEquals(expected, rows);
    }

    private String nominated(String region) {
        String uscc = Awards.anEnterprise(dataSource, region);
        return Awards.aNomination(uscc, YEAR, "SECOND", Awards.aReport(replica, uscc));
    }

    /** A nomination of an enterprise of {@code region} awarded {@code grade} by officer-chen (an admin for Xiamen). */
    private String award(String region, String grade) {
        String id = nominated(region);
        String decider = region.startsWith("3501") ? Awards.officer("officer-chen") : Tokens.shared().admin();
        act(decider, id, "review", null).then().statusCode(200);
        act(decider, id, "decide", awarded(grade)).then().statusCode(200);
        return id;
    }
}
