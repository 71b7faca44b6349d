package org.keji.ip.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.keji.ip.statistics.StatisticsData.aProvince;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The pledges figure against a hand computation, over pledges written straight into {@code patent_pledge} in provinces
 * of the test's own: a registration's year cannot be chosen through the API (it is the day of the decision).
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class PledgeStatisticsTest {

    private static final String PATH = "/api/v1/ip-statistics/pledges";

    @Inject
    DataSource dataSource;

    @Test
    void shouldSumSecuredAmountsExactlyByYearRegionAndStatusWithinTheOfficersRegion() {
        String province = aProvince();
        String city = province + "01";
        String otherCity = province + "02";
        // city 01 in 2025: A (county 0101, 2 patents) 1000000000000000.01 and B (0101, 1 patent, released since)
        // 2000000000000000.02, exactly 3000000000000000.03; as doubles 1e15 + 0.01 and 2e15 + 0.02 are not
        // representable (steps of 0.125 and 0.25) and sum to 3000000000000000.00. C (0102, 3 patents) 100.50.
        pledge(city + "01", LocalDate.of(2025, 3, 1), "REGISTERED", "1000000000000000.01", 2);
        pledge(city + "01", LocalDate.of(2025, 5, 1), "RELEASED", "2000000000000000.02", 1);
        pledge(city + "02", LocalDate.of(2025, 6, 1), "REGISTERED", "100.50", 3);
        // city 01 in 2024: D 5.00 (1 patent); never counted: one still requested, one refused
        pledge(city + "01", LocalDate.of(2024, 12, 31), "REGISTERED", "5.00", 1);
        pledge(city + "01", null, "REQUESTED", "7.00", 1);
        pledge(city + "01", null, "REFUSED", "9.00", 1);
        // the other city in 2025: G 100.00 (4 patents), never counted by the officer of city 01
        pledge(otherCity + "01", LocalDate.of(2025, 2, 1), "REGISTERED", "100.00", 4);

        // the province in 2025 by year and city (the default): city 01 = A + B + C: 3 pledges (1 released), 6 patents,
        // 3000000000000100.53 yuan = 300000000000.010053 万元 → 300000000000.0101; city 02 = G: 100.00 = 0.0100 万元;
        // total 4 pledges, 10 patents, 3000000000000200.53 yuan = 300000000000.020053 → 300000000000.0201
        admin().queryParam("year", 2025).queryParam("region", province).get(PATH).then().statusCode(200)
                .body("groupBy", equalTo(List.of("year", "region"))).body("regionLevel", equalTo("city"))
                .body("rows", hasSize(3))
                .body("rows.region", equalTo(Arrays.asList(city + "00", otherCity + "00", null)))
                .body("rows.year", equalTo(Arrays.asList(2025, 2025, null)))
                .body("rows.pledges", equalTo(List.of(3, 1, 4))).body("rows.released", equalTo(List.of(1, 0, 1)))
                .body("rows.patents", equalTo(List.of(6, 4, 10)))
                .body("rows.securedAmount",
                        equalTo(List.of("3000000000000100.53", "100.00", "3000000000000200.53")))
                .body("rows.securedAmountTenThousandYuan",
                        equalTo(List.of("300000000000.0101", "0.0100", "300000000000.0201")))
                .body("rows[2].total", equalTo(true));

        // by county: 0101 = A + B exactly 3000000000000000.03; 0102 = C: 100.50 / 10 000 = 0.01005 → 0.0101 half up
        // once (a double 0.0100499… → 0.0100; half even → 0.0100)
        admin().queryParam("year", 2025).queryParam("region", city).queryParam("groupBy", "region").get(PATH).then()
                .statusCode(200).body("regionLevel", equalTo("county"))
                .body("rows.region", equalTo(Arrays.asList(city + "01", city + "02", null)))
                .body("rows.securedAmount", equalTo(List.of("3000000000000000.03", "100.50", "3000000000000100.53")))
                .body("rows.securedAmountTenThousandYuan",
                        equalTo(List.of("300000000000.0000", "0.0101", "300000000000.0101")));

        // the officer of city 01 asking for the whole province by city: city 02 never counted, not even in the total
        officer(city + "00").queryParam("year", 2025).queryParam("region", province).queryParam("regionLevel", "city")
                .get(PATH).then().statusCode(200)
                .body("rows.region", equalTo(Arrays.asList(city + "00", null)))
                .body("rows.securedAmount", equalTo(List.of("3000000000000100.53", "3000000000000100.53")));

        // the officer by status over 2024–2025: REGISTERED = A + C + D: 3 pledges, 6 patents, 1000000000000105.51;
        // RELEASED = B; total 4 pledges (1 released), 7 patents, 3000000000000105.53
        officer(city + "00").queryParam("fromYear", 2024).queryParam("toYear", 2025).queryParam("groupBy", "status")
                .get(PATH).then().statusCode(200)
                .body("rows.status", equalTo(Arrays.asList("REGISTERED", "RELEASED", null)))
                .body("rows.pledges", equalTo(List.of(3, 1, 4))).body("rows.released", equalTo(List.of(0, 1, 1)))
                .body("rows.patents", equalTo(List.of(6, 1, 7)))
                .body("rows.securedAmount",
                        equalTo(List.of("1000000000000105.51", "2000000000000000.02", "3000000000000105.53")));

        // an officer of another province counts nothing of these, whatever region it asks for
        officer(aProvince() + "0100").queryParam("fromYear", 2024).queryParam("toYear", 2025)
                .queryParam("region", province).get(PATH).then().statusCode(200).body("rows", hasSize(1))
                .body("rows[0].total", equalTo(true)).body("rows[0].pledges", equalTo(0))
                .body("rows[0].securedAmount", equalTo("0.00"));
    }

    @Test
    void shouldExportWithChineseHeaders() {
        String county = aProvince() + "0101";
        pledge(county, LocalDate.of(2025, 4, 1), "REGISTERED", "0.10", 1);
        pledge(county, LocalDate.of(2025, 4, 2), "REGISTERED", "0.20", 1);
        admin().queryParam("year", 2025).queryParam("region", county).accept("text/csv").get(PATH).then()
                .statusCode(200).body(containsString("担保金额（元）")).body(containsString("担保金额（万元）"))
                .body(containsString("登记件数")).body(containsString("0.30"));
        admin().queryParam("year", 2025).queryParam("region", county)
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").get(PATH).then()
                .statusCode(200);
    }

    @Test
    void shouldRefuseOtherRolesScopesAndBadParameters() {
        given().auth().oauth2(Tokens.shared().applicant("91350100M000100Y43")).get(PATH).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.shared().expert("expert-1")).get(PATH).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.shared().bank("bank-1")).get(PATH).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.shared().integration("stats", List.of("ip:write"))).get(PATH).then()
                .statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        given().auth().oauth2(Tokens.shared().integration("stats", List.of("ip:read"))).get(PATH).then()
                .statusCode(200);

        admin().queryParam("groupBy", "type").get(PATH).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("groupBy"));
        admin().queryParam("regionLevel", "town").get(PATH).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("regionLevel"));
        admin().queryParam("fromYear", 2025).get(PATH).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("toYear"));
        admin().queryParam("region", "351").get(PATH).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("region"));
        admin().queryParam("year", 1900).get(PATH).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("year"));
    }

    /** A pledge of {@code region} registered on {@code registeredOn} (null: never registered) now in {@code status}. */
    private void pledge(String region, LocalDate registeredOn, String status, String securedAmount, int patents) {
        String sql = """
                INSERT INTO patent_pledge (id, tracking_number, matter_code, request_id, origin, pledgor_uscc,
                    pledgee_bank_id, pledgee_name, secured_amount, debt_term_start, debt_term_end, co_holder_consents,
                    patent_count, region, status, grounds, checked_on, registration_number, registered_on,
                    registered_year, released_on, release_reason, submitted_on, promised_limit, legal_limit,
                    promised_due_on, legal_due_on, promised_due_on_provisional, legal_due_on_provisional,
                    paused_working_days, requested_by, created_at, updated_at, version)
                VALUES (gen_random_uuid(), 'IPS' || left(md5(random()::text), 20), 'KJ-IP-PATENT-PLEDGE',
                    gen_random_uuid(), 'OFFICER', '91350100M000100Y43', 'icbc-fz', '工商银行', ?, DATE '2024-01-01',
                    DATE '2027-01-01', '[]', ?, ?, ?, '[]', DATE '2024-01-01',
                    CASE WHEN ? THEN 'YS' || left(md5(random()::text), 18) END, CAST(? AS date), ?, CAST(? AS date),
                    CAST(? AS varchar), DATE '2024-01-01', 7, 7, DATE '2024-01-10', DATE '2024-01-10', false, false,
                    0, 'test', now(), now(), 0)""";
        boolean released = "RELEASED".equals(status);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            Object[] values = { new BigDecimal(securedAmount), patents, region, status, registeredOn != null,
                    registeredOn, registeredOn == null ? null : registeredOn.getYear(),
                    released ? registeredOn.plusMonths(4) : null, released ? "SETTLED" : null };
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.shared().admin());
    }

    private static RequestSpecification officer(String region) {
        return given().auth().oauth2(Tokens.shared().officer(region));
    }
}
