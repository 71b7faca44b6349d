package org.keji.ip.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.keji.ip.statistics.StatisticsData.aProvince;
import static org.keji.ip.statistics.StatisticsData.contract;
import static org.keji.ip.statistics.StatisticsData.dispute;
import static org.keji.ip.statistics.StatisticsData.inspection;
import static org.keji.ip.statistics.StatisticsData.patents;
import static org.keji.ip.statistics.StatisticsData.policy;
import static org.keji.ip.statistics.StatisticsData.population;
import static org.keji.ip.statistics.StatisticsData.subsidies;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.commons.identifier.PatentType;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Every figure against a hand computation, in provinces of the test's own (see {@link StatisticsData}). */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class IpStatisticsResourceTest {

    private static final String BASE = "/api/v1/ip-statistics/";
    private static final LocalDate ANY_DAY_2024 = LocalDate.of(2024, 3, 1);
    private static final LocalDate ANY_DAY_2025 = LocalDate.of(2025, 6, 1);

    @Inject
    DataSource dataSource;

    @Test
    void shouldComputeGrowthExactlyWhereFloatingPointWouldBeOffByOneHundredth() {
        String county = aProvince() + "0101";
        // 20 000 inventions filed in 2024, 20 201 in 2025: (20 201 − 20 000) / 20 000 × 100 = 1.005 exactly → 1.01
        // half up; as a double 201.0 / 20000 * 100 = 1.00499999999999989… which rounds to 1.00
        patents(dataSource, 20_000, PatentType.INVENTION, county, ANY_DAY_2024, null, null);
        patents(dataSource, 20_201, PatentType.INVENTION, county, ANY_DAY_2025, null, null);

        admin().queryParam("year", 2025).queryParam("region", county).get(BASE + "patents").then().statusCode(200)
                .body("fromYear", equalTo(2025)).body("groupBy", equalTo(List.of("type")))
                .body("rows", hasSize(2))
                .body("rows[0].patentType", equalTo("INVENTION")).body("rows[0].applications", equalTo(20201))
                .body("rows[0].applicationsLastYear", equalTo(20000))
                .body("rows[0].applicationsGrowthPercent", equalTo("1.01"))
                .body("rows[0].grantsGrowthPercent", nullValue())
                .body("rows[1].total", equalTo(true)).body("rows[1].applicationsGrowthPercent", equalTo("1.01"));
    }

    @Test
    void shouldCountApplicationsAndGrantsByTypeRegionAndYearWithinTheOfficersRegion() {
        String province = aProvince();
        String city = province + "01";
        String otherCity = province + "02";
        // city 01, county 0101: utility models filed 3 in 2024 and 4 in 2025 → +33.33 % ((4 − 3) / 3 × 100 =
        // 33.333…); granted: 2 in 2024 (filed 2023), 3 in 2025 → +50.00 %; one design granted 2025, none in 2024 → no
        // growth (absent)
        patents(dataSource, 3, PatentType.UTILITY_MODEL, city + "01", ANY_DAY_2024, null, null);
        patents(dataSource, 4, PatentType.UTILITY_MODEL, city + "01", ANY_DAY_2025, null, null);
        patents(dataSource, 2, PatentType.UTILITY_MODEL, city + "02", LocalDate.of(2023, 5, 1),
                LocalDate.of(2024, 7, 1), null);
        patents(dataSource, 3, PatentType.UTILITY_MODEL, city + "02", LocalDate.of(2023, 5, 1),
                LocalDate.of(2025, 7, 1), null);
        patents(dataSource, 1, PatentType.DESIGN, city + "02", LocalDate.of(2023, 5, 1), LocalDate.of(2025, 2, 1),
                null);
        // the other city: 5 inventions filed 2025, never counted by the officer of city 01
        patents(dataSource, 5, PatentType.INVENTION, otherCity + "01", ANY_DAY_2025, null, null);

        // the province by type in 2025: DESIGN 0 applications (filed 2023), 1 grant (2024: 0); INVENTION 5
        // applications (2024: 0); UTILITY_MODEL 4 applications (2024: 3) and 3 grants (2024: 2)
        admin().queryParam("year", 2025).queryParam("region", province).get(BASE + "patents").then().statusCode(200)
                .body("regionLevel", equalTo("city"))
                .body("rows.patentType", equalTo(Arrays.asList("DESIGN", "INVENTION", "UTILITY_MODEL", null)))
                .body("rows[0].grants", equalTo(1)).body("rows[0].grantsGrowthPercent", nullValue())
                .body("rows[1].applications", equalTo(5)).body("rows[1].applicationsGrowthPercent", nullValue())
                .body("rows[2].applications", equalTo(4)).body("rows[2].applicationsGrowthPercent", equalTo("33.33"))
                .body("rows[2].grants", equalTo(3)).body("rows[2].grantsGrowthPercent", equalTo("50.00"))
                // total 2025: applications 9 (last 3) → +200.00; grants 4 (last 2) → +100.00
                .body("rows[3].total", equalTo(true)).body("rows[3].applications", equalTo(9))
                .body("rows[3].applicationsGrowthPercent", equalTo("200.00"))
                .body("rows[3].grantsGrowthPercent", equalTo("100.00"));

        // by region (cities) over two years, as the officer of city 01: the other city is never counted, though the
        // officer asks for the whole province; 2024: applications 3 (2023: the 6 granted ones, filed 2023-05-01 →
        // (3 − 6) / 6 × 100 = −50.00), grants 2 (2023: 0 → absent)
        given().auth().oauth2(Tokens.shared().officer(city + "00")).queryParam("fromYear", 2024)
                .queryParam("toYear", 2025).queryParam("region", province).queryParam("groupBy", "region")
                .queryParam("regionLevel", "city").get(BASE + "patents").then().statusCode(200)
                .body("rows.region", equalTo(Arrays.asList(city + "00", null, city + "00", null)))
                .body("rows.year", equalTo(List.of(2024, 2024, 2025, 2025)))
                .body("rows[0].applications", equalTo(3)).body("rows[0].applicationsGrowthPercent", equalTo("-50.00"))
                .body("rows[0].grants", equalTo(2)).body("rows[0].grantsGrowthPercent", nullValue())
                .body("rows[2].applications", equalTo(4)).body("rows[2].grants", equalTo(4))
                .body("rows[2].grantsGrowthPercent", equalTo("100.00"))
                .body("rows[3].applications", equalTo(4));

        // by county: 0101 filed, 0102 granted
        admin().queryParam("year", 2025).queryParam("region", city).queryParam("groupBy", "region")
                .get(BASE + "patents").then().statusCode(200).body("regionLevel", equalTo("county"))
                .body("rows.region", equalTo(Arrays.asList(city + "01", city + "02", null)))
                .body("rows[1].grants", equalTo(4)).body("rows[1].grantsLastYear", equalTo(2));
    }

    @Test
    void shouldComputeInventionDensityExactlyPerRegionWithAReasonWhenThePopulationIsMissing() {
        String province = aProvince();
        String c1 = province + "01";
        String c2 = province + "02";
        String c3 = province + "03";
        // city 01: 201 inventions in force, 2 000 000 residents: 201 × 10 000 / 2 000 000 = 1.005 exactly → 1.01 (as
        // a double 1.00499999999999989… → 1.00)
        patents(dataSource, 201, PatentType.INVENTION, c1 + "01", LocalDate.of(2018, 1, 1), LocalDate.of(2020, 1, 1),
                null);
        population(dataSource, c1 + "00", 2025, 2_000_000);
        // city 02: 7 in force on 2025-12-31: 4 inventions, 1 PCT invention, 1 lapsing only on 2026-01-01, 1 whose term
        // ends on 2026-01-01 (filed 2006-01-01); 30 000 residents: 7 × 10 000 / 30 000 = 2.3333… → 2.33
        patents(dataSource, 4, PatentType.INVENTION, c2 + "01", LocalDate.of(2019, 1, 1), LocalDate.of(2021, 1, 1),
                null);
        patents(dataSource, 1, PatentType.PCT_INVENTION, c2 + "01", LocalDate.of(2019, 1, 1),
                LocalDate.of(2022, 1, 1), null);
        patents(dataSource, 1, PatentType.INVENTION, c2 + "01", LocalDate.of(2019, 1, 1), LocalDate.of(2021, 1, 1),
                LocalDate.of(2026, 1, 1));
        patents(dataSource, 1, PatentType.INVENTION, c2 + "01", LocalDate.of(2006, 1, 1), LocalDate.of(2008, 1, 1),
                null);
        // never counted: a utility model, an invention granted on 2026-01-01, one lapsed on 2025-12-31, one whose
        // term ended on 2025-12-31, one never granted
        patents(dataSource, 1, PatentType.UTILITY_MODEL, c2 + "01", LocalDate.of(2019, 1, 1),
                LocalDate.of(2020, 1, 1), null);
        patents(dataSource, 1, PatentType.INVENTION, c2 + "01", LocalDate.of(2019, 1, 1), LocalDate.of(2026, 1, 1),
                null);
        patents(dataSource, 1, PatentType.INVENTION, c2 + "01", LocalDate.of(2019, 1, 1), LocalDate.of(2021, 1, 1),
                LocalDate.of(2025, 12, 31));
        patents(dataSource, 1, PatentType.INVENTION, c2 + "01", LocalDate.of(2005, 12, 31),
                LocalDate.of(2008, 1, 1), null);
        patents(dataSource, 1, PatentType.INVENTION, c2 + "01", LocalDate.of(2019, 1, 1), null, null);
        population(dataSource, c2 + "00", 2025, 30_000);
        // city 03: 1 invention, no population figure
        patents(dataSource, 1, PatentType.INVENTION, c3 + "01", LocalDate.of(2019, 1, 1), LocalDate.of(2021, 1, 1),
                null);
        // the province: 209 × 10 000 / 2 100 000 = 0.99523… → 1.00
        population(dataSource, province + "0000", 2025, 2_100_000);
        // another year's figure is never used
        population(dataSource, c3 + "00", 2024, 1_000);

        admin().queryParam("year", 2025).queryParam("region", province).get(BASE + "invention-density").then()
                .statusCode(200).body("asOf", equalTo("2025-12-31")).body("region", equalTo(province + "0000"))
                .body("level", equalTo("city"))
                .body("rows.region", equalTo(List.of(c1 + "00", c2 + "00", c3 + "00", province + "0000")))
                .body("rows.validInventions", equalTo(List.of(201, 7, 1, 209)))
                .body("rows[0].perTenThousandResidents", equalTo("1.01"))
                .body("rows[1].perTenThousandResidents", equalTo("2.33"))
                .body("rows[2].perTenThousandResidents", nullValue())
                .body("rows[2].reason", equalTo("POPULATION_MISSING"))
                .body("rows[3].total", equalTo(true)).body("rows[3].residents", equalTo(2100000))
                .body("rows[3].perTenThousandResidents", equalTo("1.00"));

        // the officer of city 02 asks for the province and gets its own city: counties, then the city as a whole
        given().auth().oauth2(Tokens.shared().officer(c2 + "00")).queryParam("year", 2025)
                .queryParam("region", province).get(BASE + "invention-density").then().statusCode(200)
                .body("region", equalTo(c2 + "00")).body("level", equalTo("county"))
                .body("rows.region", equalTo(List.of(c2 + "01", c2 + "00")))
                .body("rows[0].reason", equalTo("POPULATION_MISSING"))
                .body("rows[1].validInventions", equalTo(7)).body("rows[1].perTenThousandResidents", equalTo("2.33"));

        admin().queryParam("year", 2025).queryParam("region", c1).queryParam("level", "province")
                .get(BASE + "invention-density").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("level"));
    }

    @Test
    void shouldSumContractAmountsExactlyAndCountDisputesAndInspections() {
        String province = aProvince();
        String city = province + "01";
        // registered 2025: two licences 0.10 + 0.20 (0.30 exactly, 0.30000000000000004 as doubles), registered 0.10 +
        // 0.20; one development 1 000 000.00 registered 800 000.00; a submitted one and a 2024 one never count
        contract(dataSource, "LICENCE", city + "01", 2025, "0.10", "0.10");
        contract(dataSource, "LICENCE", city + "02", 2025, "0.20", "0.20");
        contract(dataSource, "DEVELOPMENT", city + "01", 2025, "1000000.00", "800000.00");
        contract(dataSource, "DEVELOPMENT", city + "01", 2025, "5.00", null);
        contract(dataSource, "DEVELOPMENT", city + "01", 2024, "7.00", "7.00");
        admin().queryParam("year", 2025).queryParam("region", province).get(BASE + "technology-contracts").then()
                .statusCode(200).body("rows.contractType", equalTo(Arrays.asList("DEVELOPMENT", "LICENCE", null)))
                .body("rows.contracts", equalTo(List.of(1, 2, 3)))
                .body("rows[1].contractAmount", equalTo("0.30")).body("rows[1].registeredAmount", equalTo("0.30"))
                .body("rows[2].contractAmount", equalTo("1000000.30"))
                .body("rows[2].registeredAmount", equalTo("800000.30"));

        // the officer of county 02 asks for the whole province: the licence of 0.20 only
        given().auth().oauth2(Tokens.shared().officer(city + "02")).queryParam("year", 2025)
                .queryParam("region", province).get(BASE + "technology-contracts").then().statusCode(200)
                .body("rows.contracts", equalTo(List.of(1, 1))).body("rows[1].registeredAmount", equalTo("0.20"));

        dispute(dataSource, "MEDIATION", "INFRINGEMENT", "CLOSED", "AGREEMENT", city + "01", 2025);
        dispute(dataSource, "MEDIATION", "INFRINGEMENT", "CLOSED", "AGREEMENT", city + "01", 2025);
        dispute(dataSource, "MEDIATION", "OWNERSHIP", "MEDIATING", null, city + "01", 2025);
        dispute(dataSource, "ASSISTANCE", "INFRINGEMENT", "CLOSED", "FAILED", city + "02", 2025);
        dispute(dataSource, "MEDIATION", "INFRINGEMENT", "CLOSED", "AGREEMENT", city + "01", 2024);
        admin().queryParam("year", 2025).queryParam("region", province).get(BASE + "disputes").then().statusCode(200)
                .body("groupBy", equalTo(List.of("kind", "outcome")))
                .body("rows.kind", equalTo(Arrays.asList("INFRINGEMENT", "INFRINGEMENT", "OWNERSHIP", null)))
                .body("rows.outcome", equalTo(Arrays.asList("AGREEMENT", "FAILED", null, null)))
                .body("rows.cases", equalTo(List.of(2, 1, 1, 4)));
        given().auth().oauth2(Tokens.shared().officer(city + "02")).queryParam("year", 2025)
                .get(BASE + "disputes").then().statusCode(200).body("rows.cases", equalTo(List.of(1, 1)))
                .body("rows[0].outcome", equalTo("FAILED"));
        admin().queryParam("year", 2025).queryParam("region", province).queryParam("groupBy", "category")
                .queryParam("category", "MEDIATION").get(BASE + "disputes").then().statusCode(200)
                .body("rows.cases", equalTo(List.of(3, 3)));

        // two inspections in county 01 (3 products, quantities 10 + 5 + none; 2 problems), one in county 02 (1
        // product of 7; no problem)
        inspection(dataSource, city + "01", ANY_DAY_2025, """
                [{"name":"A","quantity":10},{"name":"B","quantity":5}]""", "COUNTERFEIT_PATENT_MARKING",
                "NONSTANDARD_MARKING");
        inspection(dataSource, city + "01", ANY_DAY_2025, """
                [{"name":"C"}]""");
        inspection(dataSource, city + "02", ANY_DAY_2025, """
                [{"name":"D","quantity":7}]""");
        admin().queryParam("year", 2025).queryParam("region", city).get(BASE + "inspections").then().statusCode(200)
                .body("rows.region", equalTo(Arrays.asList(city + "01", city + "02", null)))
                .body("rows.inspections", equalTo(List.of(2, 1, 3))).body("rows.products", equalTo(List.of(3, 1, 4)))
                .body("rows.productQuantity", equalTo(List.of(15, 7, 22)))
                .body("rows.problems", equalTo(List.of(2, 0, 2)))
                .body("rows[0].problemsByType.counterfeitPatentMarking", equalTo(1))
                .body("rows[2].problemsByType.nonstandardMarking", equalTo(1));
        admin().queryParam("year", 2025).queryParam("region", city).accept("text/csv").get(BASE + "inspections").then()
                .statusCode(200).body(containsString("检查次数")).body(containsString("假冒专利标识"));
    }

    @Test
    void shouldCountACitysOwnCodeInTheTotalOnlyWhenGroupingByCounty() {
        String city = aProvince() + "01";
        // 2 designs held at the city's own code 0100 (an enterprise registered with the city), 3 in county 0101
        patents(dataSource, 2, PatentType.DESIGN, city + "00", ANY_DAY_2025, null, null);
        patents(dataSource, 3, PatentType.DESIGN, city + "01", ANY_DAY_2025, null, null);
        admin().queryParam("year", 2025).queryParam("region", city).queryParam("groupBy", "region")
                .queryParam("regionLevel", "county").get(BASE + "patents").then().statusCode(200)
                .body("rows.region", equalTo(Arrays.asList(city + "01", null)))
                .body("rows.applications", equalTo(List.of(3, 5)));
        admin().queryParam("year", 2025).queryParam("region", city).queryParam("groupBy", "region")
                .queryParam("regionLevel", "city").get(BASE + "patents").then().statusCode(200)
                .body("rows.region", equalTo(Arrays.asList(city + "00", null)))
                .body("rows.applications", equalTo(List.of(5, 5)));
    }

    @Test
    void shouldExportWithChineseHeaders() {
        String county = aProvince() + "0101";
        patents(dataSource, 2, PatentType.DESIGN, county, ANY_DAY_2025, null, null);
        admin().queryParam("year", 2025).queryParam("region", county).accept("text/csv").get(BASE + "patents").then()
                .statusCode(200).body(containsString("申请量同比增长（%）")).body(containsString("专利类型"))
                .body(containsString("DESIGN"));
        admin().queryParam("year", 2025).queryParam("region", county)
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get(BASE + "invention-density").then().statusCode(200);
    }

    @Test
    void shouldSumSubsidiesPaidExactlyByKindTypeRegionAndYearWithinTheOfficersRegion() {
        String province = aProvince();
        String city = province + "01";
        String otherCity = province + "02";
        String filing = policy(dataSource, "FILING_SUBSIDY", city + "00", 2025);
        String grant = policy(dataSource, "GRANT_REWARD", province + "0000", 2025);
        // county 0101: 10 filing subsidies of 0.10 and 10 of 0.20 paid in 2025 → 20 payments, exactly 3.00 (summed as
        // doubles: 3.0000000000000004)
        subsidies(dataSource, filing, 10, PatentType.INVENTION, city + "01", "0.10", LocalDate.of(2025, 3, 1));
        subsidies(dataSource, filing, 10, PatentType.INVENTION, city + "01", "0.20", LocalDate.of(2025, 4, 1));
        double asDoubles = 0;
        for (int i = 0; i < 10; i++) {
            asDoubles += 0.10;
        }
        for (int i = 0; i < 10; i++) {
            asDoubles += 0.20;
        }
        assertNotEquals("3.00", Double.toString(asDoubles));
        // county 0102: 3 grant rewards of 1 000.00 paid on the last day of 2025, 2 of 500.00 on the last day of 2024
        subsidies(dataSource, grant, 3, PatentType.UTILITY_MODEL, city + "02", "1000.00", LocalDate.of(2025, 12, 31));
        subsidies(dataSource, grant, 2, PatentType.UTILITY_MODEL, city + "02", "500.00", LocalDate.of(2024, 12, 31));
        // never counted in 2025: approved but not paid, paid on the first day of 2026
        subsidies(dataSource, filing, 4, PatentType.DESIGN, city + "01", "800.00", null);
        subsidies(dataSource, grant, 1, PatentType.INVENTION, city + "01", "0.30", LocalDate.of(2026, 1, 1));
        // the other city: 5 grant rewards of 2 000.00 in 2025, never counted by the officer of city 01
        subsidies(dataSource, grant, 5, PatentType.INVENTION, otherCity + "01", "2000.00", LocalDate.of(2025, 6, 1));

        // the province in 2025 by kind and type: 20 + 5 + 3 = 28 payments, 3.00 + 10 000.00 + 3 000.00 = 13 003.00
        admin().queryParam("year", 2025).queryParam("region", province).get(BASE + "subsidies").then()
                .statusCode(200).body("groupBy", equalTo(List.of("kind", "type")))
                .body("rows.policyKind", equalTo(Arrays.asList("FILING_SUBSIDY", "GRANT_REWARD", "GRANT_REWARD", null)))
                .body("rows.patentType", equalTo(Arrays.asList("INVENTION", "INVENTION", "UTILITY_MODEL", null)))
                .body("rows.payments", equalTo(List.of(20, 5, 3, 28)))
                .body("rows.paidAmount", equalTo(List.of("3.00", "10000.00", "3000.00", "13003.00")))
                .body("rows[3].total", equalTo(true)).body("rows[3].region", nullValue());

        // the officer of city 01 asking for the whole province, by year and county over 2024–2025: the other city's
        // 10 000.00 never counted; 2 + 20 + 3 = 25 payments, 1 000.00 + 3.00 + 3 000.00 = 4 003.00
        given().auth().oauth2(Tokens.shared().officer(city + "00")).queryParam("fromYear", 2024)
                .queryParam("toYear", 2025).queryParam("region", province).queryParam("groupBy", "year")
                .queryParam("groupBy", "region").queryParam("regionLevel", "county").get(BASE + "subsidies").then()
                .statusCode(200).body("rows.year", equalTo(Arrays.asList(2024, 2025, 2025, null)))
                .body("rows.region", equalTo(Arrays.asList(city + "02", city + "01", city + "02", null)))
                .body("rows.payments", equalTo(List.of(2, 20, 3, 25)))
                .body("rows.paidAmount", equalTo(List.of("1000.00", "3.00", "3000.00", "4003.00")));

        // only grant rewards for inventions, by city: the other city alone
        admin().queryParam("year", 2025).queryParam("region", province).queryParam("kind", "GRANT_REWARD")
                .queryParam("type", "INVENTION").queryParam("groupBy", "region").get(BASE + "subsidies").then()
                .statusCode(200).body("regionLevel", equalTo("city"))
                .body("rows.region", equalTo(Arrays.asList(otherCity + "00", null)))
                .body("rows.paidAmount", equalTo(List.of("10000.00", "10000.00")));

        // exported with Chinese headers
        admin().queryParam("year", 2025).queryParam("region", province).accept("text/csv").get(BASE + "subsidies")
                .then().statusCode(200).body(containsString("拨付金额（元）")).body(containsString("政策类别"))
                .body(containsString("13003.00"));
        admin().queryParam("year", 2025).queryParam("region", province)
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").get(BASE + "subsidies")
                .then().statusCode(200);
    }

    @Test
    void shouldRefuseOtherRolesScopesAndBadParameters() {
        for (String figure : List.of("patents", "invention-density", "technology-contracts", "disputes",
                "inspections", "subsidies")) {
            given().auth().oauth2(Tokens.shared().applicant("91350100M000100Y43")).get(BASE + figure).then()
                    .statusCode(403).body("code", equalTo("FORBIDDEN"));
            given().auth().oauth2(Tokens.shared().expert("expert-1")).get(BASE + figure).then().statusCode(403)
                    .body("code", equalTo("FORBIDDEN"));
            given().auth().oauth2(Tokens.shared().bank("bank-1")).get(BASE + figure).then().statusCode(403)
                    .body("code", equalTo("FORBIDDEN"));
            given().auth().oauth2(Tokens.shared().integration("stats", List.of("enterprise:read"))).get(BASE + figure)
                    .then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
            given().auth().oauth2(Tokens.shared().integration("stats", List.of("ip:read"))).get(BASE + figure).then()
                    .statusCode(200);
        }
        admin().queryParam("groupBy", "kind").get(BASE + "patents").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("groupBy"));
        admin().queryParam("fromYear", 2025).queryParam("toYear", 2024).get(BASE + "patents").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("toYear"));
        admin().queryParam("fromYear", 2025).get(BASE + "disputes").then().statusCode(400)
                .body("violations[0].field", equalTo("toYear"));
        admin().queryParam("year", 2025).queryParam("fromYear", 2020).queryParam("toYear", 2025)
                .get(BASE + "inspections").then().statusCode(400).body("violations[0].field", equalTo("year"));
        admin().queryParam("regionLevel", "town").get(BASE + "technology-contracts").then().statusCode(400)
                .body("violations[0].field", equalTo("regionLevel"));
        admin().queryParam("region", "351").get(BASE + "invention-density").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("region"));
        admin().queryParam("region", "351").get(BASE + "patents").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("region"));
        admin().queryParam("type", "PLANT_VARIETY").get(BASE + "patents").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("type"));
        admin().queryParam("fromYear", 1990).queryParam("toYear", 2025).get(BASE + "patents").then().statusCode(400)
                .body("violations[0].field", equalTo("toYear"));
        admin().queryParam("groupBy", "outcome").get(BASE + "subsidies").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("groupBy"));
        admin().queryParam("kind", "LOAN_SUBSIDY").get(BASE + "subsidies").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("kind"));
        admin().queryParam("year", 1900).get(BASE + "subsidies").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("year"));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.shared().admin());
    }
}
