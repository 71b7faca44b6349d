package org.keji.enterprise.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keji.enterprise.certification.CertificationSample.ENTERPRISES;
import static org.keji.enterprise.certification.CertificationSample.PROVINCE;
import static org.keji.enterprise.certification.CertificationSample.REFERENCE;
import static org.keji.enterprise.statistics.ExpectedStatistics.certificatesByGroup;
import static org.keji.enterprise.statistics.ExpectedStatistics.count;
import static org.keji.enterprise.statistics.ExpectedStatistics.distinctEnterprises;
import static org.keji.enterprise.statistics.ExpectedStatistics.enterprisesByGroup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keji.enterprise.certification.CertificationLevel;
import org.keji.enterprise.certification.CertificationOrigin;
import org.keji.enterprise.certification.CertificationSample;
import org.keji.enterprise.certification.CertificationSample.Certificate;
import org.keji.enterprise.certification.CertificationStatus;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every statistics figure over the 100 000 enterprises of {@link CertificationSample}, against the figures computed in
 * Java from the same rules. Each request is logged with its time (first run and again), so the cost over the sample
 * shows in the build log; no time is asserted.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class CertificationStatisticsSampleTest {

    private static final Logger LOG = Logger.getLogger(CertificationStatisticsSampleTest.class);
    private static final String BASE = "/api/v1/certification-statistics/";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seedTheSample() {
        CertificationSample.seed(dataSource);
    }

    @Test
    void shouldCountEachCertifiedEnterpriseOncePerTypeAndOnceOverall() {
        List<Certificate> valid = validOn(REFERENCE, c -> true);
        Response response = timed("certified by type", Map.of("asOf", REFERENCE, "region", PROVINCE), List.of(),
                "certified");

        assertEquals(REFERENCE.toString(), response.path("asOf"));
        assertEquals(List.of("type"), response.path("groupBy"));
        assertEquals(enterprisesByGroup(valid, List.of("type")), response.path("rows"));
        assertEquals(distinctEnterprises(valid), (int) response.path("total"));
        // enterprises holding HNTE and TECH_SME (or TECH_GIANT) appear in two rows but once in the total
        int sumOfRows = response.<List<Integer>> path("rows.count").stream().mapToInt(Integer::intValue).sum();
        assertTrue(sumOfRows > (int) response.path("total"), "rows " + sumOfRows + " > total");
    }

    @Test
    void shouldCountCertifiedEnterprisesByEveryCombinationOfGroupings() {
        List<Certificate> valid = validOn(REFERENCE, c -> true);
        for (List<String> groupBy : List.of(List.of("type", "region"), List.of("region", "type"),
                List.of("level", "year"), List.of("year"), List.of("level"), List.of("region"),
                List.of("type", "level", "region", "year"))) {
            Response response = timed("certified by " + groupBy, Map.of("asOf", REFERENCE, "region", PROVINCE),
                    groupBy, "certified");

            assertEquals(groupBy, response.path("groupBy"));
            assertEquals(enterprisesByGroup(valid, groupBy), response.path("rows"), "rows by " + groupBy);
            assertEquals(distinctEnterprises(valid), (int) response.path("total"), "total by " + groupBy);
        }
    }

    @Test
    void shouldFilterCertifiedEnterprisesByCityCountyTypeAndLevel() {
        assertCertified(Map.of("asOf", REFERENCE, "region", "9803"), List.of("region"),
                validOn(REFERENCE, c -> c.region().startsWith("9803")));
        assertCertified(Map.of("asOf", REFERENCE, "region", "980203"), List.of("type"),
                validOn(REFERENCE, c -> c.region().equals("980203")));
        assertCertified(Map.of("asOf", REFERENCE, "region", PROVINCE, "certificationType", "TECH_SME"),
                List.of("year", "region"), validOn(REFERENCE, c -> c.type().equals("TECH_SME")));
        assertCertified(Map.of("asOf", REFERENCE, "region", PROVINCE, "level", "MUNICIPAL"), List.of("type"),
                validOn(REFERENCE, c -> c.level() == CertificationLevel.MUNICIPAL));
        LocalDate yearAgo = REFERENCE.minusYears(1);
        assertCertified(Map.of("asOf", yearAgo, "region", PROVINCE, "level", "NATIONAL"), List.of("level", "type"),
                validOn(yearAgo, c -> c.level() == CertificationLevel.NATIONAL));
    }

    @Test
    void shouldCountTheCertificatesNewInAYearByTypeAndOrigin() {
        for (int year : List.of(2026, 2025, 2023)) {
            List<Certificate> fresh = CertificationSample.certificates().stream()
                    .filter(c -> c.year() == year && c.status() != CertificationStatus.REVOKED).toList();
            Response response = timed("new in " + year + " by type", Map.of("year", year, "region", PROVINCE),
                    List.of(), "new");

            assertEquals(year, (int) response.path("year"));
            assertEquals(certificatesByGroup(fresh, List.of("type"), true), response.path("rows"));
            assertEquals(fresh.size(), (int) response.path("total"));
            assertEquals(count(fresh, CertificationOrigin.GRANTED), (int) response.path("granted"));
            assertEquals(count(fresh, CertificationOrigin.IMPORTED), (int) response.path("imported"));
        }
        List<Certificate> fresh = CertificationSample.certificates().stream()
                .filter(c -> c.year() == 2025 && c.status() != CertificationStatus.REVOKED
                        && c.region().startsWith("9801"))
                .toList();
        Response response = timed("new in 2025 by region and level", Map.of("year", 2025, "region", "9801"),
                List.of("region", "level"), "new");
        assertEquals(certificatesByGroup(fresh, List.of("region", "level"), true), response.path("rows"));
        assertEquals(fresh.size(), (int) response.path("total"));
    }

    @Test
    void shouldCountTheCertificatesExpiringSoonAndListTheSame() {
        for (int withinDays : List.of(90, 1, 3650)) {
            LocalDate until = REFERENCE.plusDays(withinDays);
            List<Certificate> expiring = validOn(REFERENCE, c -> !c.validTo().isAfter(until));
            Response response = timed("expiring within " + withinDays + " days by type",
                    Map.of("asOf", REFERENCE, "withinDays", withinDays, "region", PROVINCE), List.of(), "expiring");

            assertEquals(until.toString(), response.path("until"));
            assertEquals(certificatesByGroup(expiring, List.of("type"), false), response.path("rows"));
            assertEquals(expiring.size(), (int) response.path("total"));
            given().auth().oauth2(Tokens.shared().officer("000000")).queryParam("region", PROVINCE)
                    .queryParam("validOn", REFERENCE.toString()).queryParam("expiringWithinDays", withinDays)
                    .get("/api/v1/certifications").then().statusCode(200)
                    .body("total", equalTo(expiring.size()));
        }
        List<Certificate> expiring = validOn(REFERENCE,
                c -> !c.validTo().isAfter(REFERENCE.plusDays(180)) && c.region().equals("980402"));
        Response response = timed("expiring within 180 days by region, type and year",
                Map.of("asOf", REFERENCE, "withinDays", 180, "region", "980402"), List.of("region", "type", "year"),
                "expiring");
        assertEquals(certificatesByGroup(expiring, List.of("region", "type", "year"), false),
                response.path("rows"));
    }

    private void assertCertified(Map<String, ?> parameters, List<String> groupBy, List<Certificate> valid) {
        Response response = timed("certified by " + groupBy + " where " + parameters, parameters, groupBy,
                "certified");
        assertEquals(enterprisesByGroup(valid, groupBy), response.path("rows"), "rows where " + parameters);
        assertEquals(distinctEnterprises(valid), (int) response.path("total"), "total where " + parameters);
    }

    private static List<Certificate> validOn(LocalDate day, Predicate<Certificate> filter) {
        return CertificationSample.certificates().stream().filter(c -> c.validOn(day)).filter(filter).toList();
    }

    /** Asks twice, logging both times (the first includes warming up), and answers the second response. */
    private static Response timed(String what, Map<String, ?> parameters, List<String> groupBy, String figure) {
        long[] millis = new long[2];
        Response response = null;
        for (int run = 0; run < 2; run++) {
            var request = given().auth().oauth2(Tokens.shared().officer("000000"));
            parameters.forEach((name, value) -> request.queryParam(name, value.toString()));
            if (!groupBy.isEmpty()) {
                request.queryParam("groupBy", groupBy.toArray());
            }
            long start = System.nanoTime();
            response = request.get(BASE + figure);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            response.then().statusCode(200);
        }
        LOG.infof("statistics over %,d enterprises, %s: %d ms (first run %d ms)", ENTERPRISES, what, millis[1],
                millis[0]);
        return response;
    }
}
