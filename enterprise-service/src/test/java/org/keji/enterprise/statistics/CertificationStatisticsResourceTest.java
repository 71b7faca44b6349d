package org.keji.enterprise.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.keji.enterprise.certification.StoredCertifications.aCertificate;
import static org.keji.enterprise.certification.StoredCertifications.aRegion;
import static org.keji.enterprise.certification.StoredCertifications.anEnterprise;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.commons.time.ClockProducer;
import org.keji.enterprise.certification.CertificationOrigin;
import org.keji.enterprise.certification.CertificationStatus;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The rules of the statistics on a few certificates each, in a region of the test's own. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class CertificationStatisticsResourceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

    @Inject
    DataSource dataSource;

    @Test
    void shouldCountACertificateFromItsFirstToItsLastDayOnly() {
        String region = aRegion();
        String starting = anEnterprise(dataSource, region);
        String ending = anEnterprise(dataSource, region);
        aCertificate(dataSource, starting, "HNTE", DAY, DAY.plusYears(3).minusDays(1));
        aCertificate(dataSource, ending, "HNTE", DAY.minusYears(3).plusDays(1), DAY);

        certified(region, DAY.minusDays(1)).body("total", equalTo(1)).body("rows.count", equalTo(List.of(1)));
        certified(region, DAY).body("total", equalTo(2)).body("rows", equalTo(List.of(
                Map.of("certificationType", "HNTE", "count", 2))));
        certified(region, DAY.plusDays(1)).body("total", equalTo(1));
    }

    @Test
    void shouldCountCertificatesUnderRecheckButNeverRevokedOrExpiredOnes() {
        String region = aRegion();
        String rechecked = anEnterprise(dataSource, region);
        String revoked = anEnterprise(dataSource, region);
        String expired = anEnterprise(dataSource, region);
        LocalDate to = DAY.plusYears(1);
        aCertificate(dataSource, rechecked, "HNTE", DAY.minusYears(1), to, CertificationStatus.UNDER_RECHECK,
                CertificationOrigin.IMPORTED);
        aCertificate(dataSource, revoked, "HNTE", DAY.minusYears(1), to, CertificationStatus.REVOKED,
                CertificationOrigin.GRANTED);
        aCertificate(dataSource, expired, "TECH_SME", DAY.minusYears(1), to, CertificationStatus.EXPIRED,
                CertificationOrigin.GRANTED);

        certified(region, DAY).body("total", equalTo(1)).body("rows", equalTo(List.of(
                Map.of("certificationType", "HNTE", "count", 1))));
        expiring(region, DAY, 3650).body("total", equalTo(1));
    }

    @Test
    void shouldCountAnEnterpriseOncePerGroupAndOnceOverall() {
        String region = aRegion();
        String both = anEnterprise(dataSource, region);
        String hnteOnly = anEnterprise(dataSource, region);
        // two valid HNTE certificates (an early renewal overlapping the term it replaces) and a TECH_SME
        aCertificate(dataSource, both, "HNTE", LocalDate.of(2022, 12, 1), LocalDate.of(2025, 11, 30));
        aCertificate(dataSource, both, "HNTE", LocalDate.of(2025, 1, 10), LocalDate.of(2028, 1, 9));
        aCertificate(dataSource, both, "TECH_SME", LocalDate.of(2024, 6, 1), LocalDate.of(2025, 5, 31));
        aCertificate(dataSource, hnteOnly, "HNTE", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));

        certified(region, DAY).body("total", equalTo(2)).body("rows", equalTo(List.of(
                Map.of("certificationType", "HNTE", "count", 2), Map.of("certificationType", "TECH_SME", "count", 1))));
        officer().queryParam("asOf", DAY.toString()).queryParam("region", region).queryParam("groupBy", "level")
                .get("/api/v1/certification-statistics/certified").then().statusCode(200)
                .body("rows", equalTo(List.of(Map.of("level", "NATIONAL", "count", 2)))).body("total", equalTo(2));
        // by year of validFrom the holder of the renewal appears under 2022 and 2025, still once in the total
        officer().queryParam("asOf", DAY.toString()).queryParam("region", region).queryParam("groupBy", "year", "type")
                .get("/api/v1/certification-statistics/certified").then().statusCode(200)
                .body("groupBy", equalTo(List.of("year", "type"))).body("rows", equalTo(List.of(
                        Map.of("year", 2022, "certificationType", "HNTE", "count", 1),
                        Map.of("year", 2024, "certificationType", "HNTE", "count", 1),
                        Map.of("year", 2024, "certificationType", "TECH_SME", "count", 1),
                        Map.of("year", 2025, "certificationType", "HNTE", "count", 1))))
                .body("total", equalTo(2));
    }

    @Test
    void shouldCountNewCertificatesOfTheYearByOriginWithoutTheRevokedOnes() {
        String region = aRegion();
        String holder = anEnterprise(dataSource, region);
        aCertificate(dataSource, holder, "HNTE", LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31),
                CertificationStatus.ACTIVE, CertificationOrigin.GRANTED);
        aCertificate(dataSource, holder, "TECH_SME", LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 30),
                CertificationStatus.EXPIRED, CertificationOrigin.IMPORTED);
        aCertificate(dataSource, holder, "TECH_GIANT", LocalDate.of(2025, 7, 1), LocalDate.of(2028, 6, 30),
                CertificationStatus.REVOKED, CertificationOrigin.GRANTED);
        aCertificate(dataSource, holder, "TECH_SME", LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 30));

        officer().queryParam("year", 2025).queryParam("region", region)
                .get("/api/v1/certification-statistics/new").then().statusCode(200)
                .body("year", equalTo(2025)).body("groupBy", equalTo(List.of("type")))
                .body("rows", equalTo(List.of(
                        Map.of("certificationType", "HNTE", "count", 1, "granted", 1, "imported", 0),
                        Map.of("certificationType", "TECH_SME", "count", 1, "granted", 0, "imported", 1))))
                .body("total", equalTo(2)).body("granted", equalTo(1)).body("imported", equalTo(1));
        officer().queryParam("year", 2023).queryParam("region", region)
                .get("/api/v1/certification-statistics/new").then().statusCode(200)
                .body("rows", hasSize(0)).body("total", equalTo(0)).body("granted", equalTo(0));
    }

    @Test
    void shouldCountCertificatesEndingWithinTheWindowBothDaysIncluded() {
        String region = aRegion();
        String holder = anEnterprise(dataSource, region);
        aCertificate(dataSource, holder, "TECH_SME", DAY.minusYears(1).plusDays(1), DAY);
        aCertificate(dataSource, holder, "HNTE", DAY.minusYears(2), DAY.plusDays(30));
        aCertificate(dataSource, holder, "TECH_GIANT", DAY.minusYears(2), DAY.plusDays(31));

        expiring(region, DAY, 30).body("asOf", equalTo(DAY.toString())).body("withinDays", equalTo(30))
                .body("until", equalTo(DAY.plusDays(30).toString())).body("total", equalTo(2))
                .body("rows", equalTo(List.of(Map.of("certificationType", "HNTE", "count", 1),
                        Map.of("certificationType", "TECH_SME", "count", 1))));
        expiring(region, DAY.plusDays(1), 30).body("total", equalTo(2))
                .body("rows.certificationType", equalTo(List.of("HNTE", "TECH_GIANT")));
        officer().queryParam("validOn", DAY.toString()).queryParam("expiringWithinDays", 30)
                .queryParam("region", region).get("/api/v1/certifications").then().statusCode(200)
                .body("total", equalTo(2)).body("items.certificationType", equalTo(List.of("TECH_SME", "HNTE")));
    }

    @Test
    void shouldCountAsOfTheBureausTodayByDefault() {
        String region = aRegion();
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        aCertificate(dataSource, anEnterprise(dataSource, region), "HNTE", today.minusDays(10), today.plusDays(10));

        officer().queryParam("region", region).get("/api/v1/certification-statistics/certified").then()
                .statusCode(200).body("asOf", equalTo(today.toString())).body("total", equalTo(1));
        officer().queryParam("region", region).get("/api/v1/certification-statistics/expiring").then()
                .statusCode(200).body("asOf", equalTo(today.toString())).body("withinDays", equalTo(90))
                .body("total", equalTo(1));
        officer().queryParam("region", region).get("/api/v1/certification-statistics/new").then()
                .statusCode(200).body("year", equalTo(today.getYear()));
    }

    @Test
    void shouldRefuseUnknownGroupingsAndParametersOutOfRange() {
        officer().queryParam("groupBy", "type", "industry").get("/api/v1/certification-statistics/certified").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("groupBy")).body("violations[0].rejectedValue", equalTo("industry"));
        officer().queryParam("groupBy", "TYPE").get("/api/v1/certification-statistics/new").then().statusCode(400)
                .body("violations[0].field", equalTo("groupBy"));
        for (int withinDays : List.of(0, -1, 3651)) {
            officer().queryParam("withinDays", withinDays).get("/api/v1/certification-statistics/expiring").then()
                    .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                    .body("violations[0].field", equalTo("withinDays"));
        }
        officer().queryParam("withinDays", "often").get("/api/v1/certification-statistics/expiring").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("withinDays"));
        officer().queryParam("asOf", "2026-02-30").get("/api/v1/certification-statistics/certified").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("asOf"));
        officer().queryParam("level", "GLOBAL").get("/api/v1/certification-statistics/expiring").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("level"));
        officer().queryParam("region", "351").get("/api/v1/certification-statistics/certified").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("region"));
        officer().queryParam("year", 1899).get("/api/v1/certification-statistics/new").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("year"));
    }

    @Test
    void shouldKeepTheStatisticsFromApplicantsBanksAndExperts() {
        for (String figure : List.of("certified", "new", "expiring")) {
            String path = "/api/v1/certification-statistics/" + figure;
            given().auth().oauth2(Tokens.shared().applicant(Enterprises.aUscc())).get(path).then().statusCode(403)
                    .body("code", equalTo("FORBIDDEN"));
            given().auth().oauth2(Tokens.shared().bank("bank-1")).get(path).then().statusCode(403)
                    .body("code", equalTo("FORBIDDEN"));
            given().auth().oauth2(Tokens.shared().expert("expert-1")).get(path).then().statusCode(403);
            given().get(path).then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
            given().auth().oauth2(Tokens.shared().admin()).get(path).then().statusCode(200);
            given().auth().oauth2(Tokens.shared().integration("province")).get(path).then().statusCode(200);
        }
    }

    private static ValidatableResponse certified(String region, LocalDate asOf) {
        return officer().queryParam("asOf", asOf.toString()).queryParam("region", region)
                .get("/api/v1/certification-statistics/certified").then().statusCode(200);
    }

    private static ValidatableResponse expiring(String region, LocalDate asOf, int withinDays) {
        return officer().queryParam("asOf", asOf.toString()).queryParam("withinDays", withinDays)
                .queryParam("region", region).get("/api/v1/certification-statistics/expiring").then().statusCode(200);
    }

    /** An officer of every region (000000): the certificates of these tests lie in regions 97xxxx and 98xxxx. */
    private static io.restassured.specification.RequestSpecification officer() {
        return given().auth().oauth2(Tokens.shared().officer("000000"));
    }
}
