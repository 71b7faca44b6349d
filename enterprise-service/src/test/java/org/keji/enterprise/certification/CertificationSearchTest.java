package org.keji.enterprise.certification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keji.enterprise.certification.CertificationSample.PROVINCE;
import static org.keji.enterprise.certification.CertificationSample.REFERENCE;
import static org.keji.enterprise.certification.StoredCertifications.aCertificate;
import static org.keji.enterprise.certification.StoredCertifications.aRegion;
import static org.keji.enterprise.certification.StoredCertifications.anEnterprise;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keji.commons.paging.PageQuery;
import org.keji.enterprise.registry.Enterprises;
import org.keji.enterprise.support.RegionScope;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The officers' search of certificates, over the 100 000 enterprises of {@link CertificationSample} and a few more. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class CertificationSearchTest {

    private static final Logger LOG = Logger.getLogger(CertificationSearchTest.class);

    @Inject
    DataSource dataSource;

    @Inject
    CertificationRepository certifications;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void seedTheSample() {
        CertificationSample.seed(dataSource);
    }

    @Test
    void shouldCombineTypeStatusAndRegionFilters() {
        long expected = CertificationSample.certificates().stream().filter(c -> c.type().equals("TECH_SME")
                && c.status() == CertificationStatus.REVOKED && c.region().startsWith("9802")).count();
        officer().queryParam("certificationType", "TECH_SME").queryParam("status", "REVOKED")
                .queryParam("region", "9802").get("/api/v1/certifications").then().statusCode(200)
                .body("total", equalTo((int) expected)).body("size", equalTo(20));

        long county = CertificationSample.certificates().stream().filter(c -> c.region().equals("980301")).count();
        officer().queryParam("region", "980301").get("/api/v1/certifications").then().statusCode(200)
                .body("total", equalTo((int) county));
        long valid = CertificationSample.certificates().stream()
                .filter(c -> c.validOn(REFERENCE) && c.type().equals("TECH_GIANT")).count();
        officer().queryParam("region", PROVINCE).queryParam("certificationType", "TECH_GIANT")
                .queryParam("validOn", REFERENCE.toString()).get("/api/v1/certifications").then().statusCode(200)
                .body("total", equalTo((int) valid));
    }

    @Test
    void shouldPageInTheRequestedOrderWithTheIdAsTieBreaker() {
        // many certificates of the sample share a validTo: the id orders them, so the pages never overlap
        for (String sort : List.of("validTo,asc", "validFrom,desc", "createdAt,asc")) {
            String column = switch (sort.substring(0, sort.indexOf(','))) {
                case "validTo" -> "valid_to";
                case "validFrom" -> "valid_from";
                default -> "created_at";
            };
            String direction = sort.endsWith("asc") ? "ASC" : "DESC";
            List<String> expected = ids("SELECT id FROM certification WHERE region = '980102' ORDER BY " + column + " "
                    + direction + ", id " + direction + " LIMIT 25 OFFSET 50");
            List<String> page = officer().queryParam("region", "980102").queryParam("sort", sort)
                    .queryParam("size", 25).queryParam("page", 2).get("/api/v1/certifications").then()
                    .statusCode(200).body("page", equalTo(2)).extract().path("items.id");
            assertEquals(expected, page, sort);
        }
    }

    @Test
    void shouldFindAnEnterprisesCertificatesByItsCode() {
        String region = aRegion();
        String uscc = anEnterprise(dataSource, region);
        UUID older = aCertificate(dataSource, uscc, "TECH_SME", LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31),
                CertificationStatus.EXPIRED, CertificationOrigin.IMPORTED);
        UUID newer = aCertificate(dataSource, uscc, "HNTE", LocalDate.of(2024, 12, 1), LocalDate.of(2027, 11, 30));
        anEnterprise(dataSource, region);

        officer().queryParam("uscc", uscc).queryParam("sort", "validFrom,desc").get("/api/v1/certifications").then()
                .statusCode(200).body("total", equalTo(2))
                .body("items.id", equalTo(List.of(newer.toString(), older.toString())))
                .body("items[0].uscc", equalTo(uscc)).body("items[0].region", equalTo(region))
                .body("items[1].status", equalTo("EXPIRED"));
        officer().queryParam("uscc", uscc).queryParam("validOn", "2024-01-15").get("/api/v1/certifications").then()
                .statusCode(200).body("total", equalTo(0));
        officer().queryParam("uscc", uscc).queryParam("validOn", "2025-01-15").get("/api/v1/certifications").then()
                .statusCode(200).body("items.id", equalTo(List.of(newer.toString())));
    }

    @Test
    void shouldRefuseBadFiltersPagesAndSorts() {
        officer().queryParam("sort", "uscc").get("/api/v1/certifications").then().statusCode(400)
                .body("code", equalTo("INVALID_SORT"));
        officer().queryParam("size", 0).get("/api/v1/certifications").then().statusCode(400)
                .body("code", equalTo("INVALID_PAGE"));
        officer().queryParam("expiringWithinDays", 0).get("/api/v1/certifications").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("expiringWithinDays"));
        officer().queryParam("status", "LAPSED").get("/api/v1/certifications").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("status"));
        officer().queryParam("validOn", "tomorrow").get("/api/v1/certifications").then().statusCode(400)
                .body("violations[0].field", equalTo("validOn"));
        officer().queryParam("region", "3").get("/api/v1/certifications").then().statusCode(400)
                .body("violations[0].field", equalTo("region"));
        officer().queryParam("uscc", "9135010OM000100Y43").get("/api/v1/certifications").then().statusCode(400)
                .body("violations[0].field", equalTo("uscc"));
    }

    @Test
    void shouldKeepTheSearchFromApplicantsAndBanks() {
        given().auth().oauth2(Tokens.shared().applicant(Enterprises.aUscc())).get("/api/v1/certifications").then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.shared().bank("bank-1")).get("/api/v1/certifications").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().get("/api/v1/certifications").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        given().auth().oauth2(Tokens.shared().admin()).get("/api/v1/certifications").then().statusCode(200);
        given().auth().oauth2(Tokens.shared().integration("province")).get("/api/v1/certifications").then()
                .statusCode(200);
    }

    @Test
    void shouldReadACountysCertificatesThroughAnIndex() {
        CertificationFilter filter = new CertificationFilter(null, null, RegionScope.of("980102"), null, null, null);
        PageQuery query = PageQuery.of(null, null, null, CertificationRepository.SORTABLE.keySet(), "validTo,asc");
        CertificationRepository.SearchSql sql = certifications.searchSql(filter, REFERENCE, query);

        for (String statement : List.of(sql.page(), sql.count())) {
            String plan = explain(statement, sql, query);
            LOG.infof("plan of %s%n%s", statement, plan);
            assertFalse(plan.contains("Seq Scan on certification"), plan);
            assertTrue(plan.contains("Index"), plan);
        }
    }

    private String explain(String statement, CertificationRepository.SearchSql sql, PageQuery query) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var explain = entityManager.createNativeQuery("EXPLAIN " + statement, String.class);
            sql.parameters().forEach(explain::setParameter);
            if (statement.contains(":limit")) {
                explain.setParameter("limit", query.size()).setParameter("offset", query.offset());
            }
            return String.join("\n", explain.getResultList().stream().map(Object::toString).toList());
        });
    }

    private List<String> ids(String sql) {
        List<String> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    /** An officer of every region (000000): the certificates of these tests lie in regions 97xxxx and 98xxxx. */
    private static RequestSpecification officer() {
        return given().auth().oauth2(Tokens.shared().officer("000000"));
    }
}
