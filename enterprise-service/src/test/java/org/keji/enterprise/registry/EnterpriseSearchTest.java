package org.keji.enterprise.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keji.enterprise.certification.CertificationStatus;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class EnterpriseSearchTest {

    @Test
    void shouldFindByPartOfTheChineseNameInAnyCase() {
        String tag = tag();
        String uscc = register("福州" + tag + "光电科技有限公司", "350100", "C3976", "2018-05-01");
        register("厦门" + tag + "生物医药有限公司", "350200", "C2761", "2020-07-01");

        officer().queryParam("name", tag + "光电").get("/api/v1/enterprises").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].uscc", equalTo(uscc));
        officer().queryParam("name", tag.toLowerCase()).get("/api/v1/enterprises").then().body("total", equalTo(2));
    }

    @Test
    void shouldCombineRegionIndustryPrefixAndRegistrationDates() {
        String tag = tag();
        String early = register(tag + "甲", "350100", "C3976", "2015-01-01");
        String late = register(tag + "乙", "350100", "C3971", "2021-06-30");
        register(tag + "丙", "350100", "I6511", "2021-06-30");
        register(tag + "丁", "350200", "C3976", "2021-06-30");

        officer().queryParam("name", tag).queryParam("region", "350100").queryParam("industry", "C39")
                .queryParam("sort", "registrationDate,asc").get("/api/v1/enterprises").then().statusCode(200)
                .body("items.uscc", equalTo(List.of(early, late)));
        officer().queryParam("name", tag).queryParam("industry", "C").queryParam("registeredFrom", "2021-06-30")
                .queryParam("registeredTo", "2021-06-30").get("/api/v1/enterprises").then().body("total", equalTo(2));
        officer().queryParam("name", tag).queryParam("registeredTo", "2014-12-31").get("/api/v1/enterprises").then()
                .body("total", equalTo(0)).body("items.size()", equalTo(0));
    }

    @Test
    void shouldFindTheHoldersOfACertificateTypeInAState() {
        String tag = tag();
        String holder = register(tag + "高企", "350100", "I6511", "2015-01-01");
        String expired = register(tag + "过期高企", "350100", "I6511", "2015-01-01");
        register(tag + "无证书", "350100", "I6511", "2015-01-01");
        certify(holder, "HNTE", "2025-01-01");
        certify(expired, "HNTE", "2019-01-01");

        officer().queryParam("name", tag).queryParam("certificationType", "HNTE").get("/api/v1/enterprises").then()
                .statusCode(200).body("total", equalTo(2));
        officer().queryParam("name", tag).queryParam("certificationType", "HNTE")
                .queryParam("certificationStatus", "ACTIVE").get("/api/v1/enterprises").then()
                .body("items.uscc", equalTo(List.of(holder)));
        officer().queryParam("name", tag).queryParam("certificationStatus", "EXPIRED").get("/api/v1/enterprises")
                .then().body("items.uscc", equalTo(List.of(expired)));
        officer().queryParam("certificationStatus", "LOST").get("/api/v1/enterprises").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("certificationStatus"));
    }

    @Test
    void shouldOfferEveryStateOfACertificateAsAFilter() {
        assertEquals(Arrays.stream(CertificationStatus.values()).map(Enum::name).toList(),
                List.of(EnterpriseFilter.CERTIFICATION_STATES.split("\\|")));
    }

    @Test
    void shouldPageAndSortByName() {
        String tag = tag();
        register(tag + "C公司", "350100", "I6511", "2019-01-01");
        register(tag + "A公司", "350100", "I6511", "2019-01-01");
        register(tag + "B公司", "350100", "I6511", "2019-01-01");

        officer().queryParam("name", tag).queryParam("sort", "name,desc").queryParam("size", 2)
                .queryParam("page", 1).get("/api/v1/enterprises").then().statusCode(200).body("total", equalTo(3))
                .body("page", equalTo(1)).body("size", equalTo(2)).body("items.name", equalTo(List.of(tag + "A公司")));
    }

    @Test
    void shouldTreatLikeWildcardsInTheNameLiterally() {
        String tag = tag();
        register(tag + "百分百科技", "350100", "I6511", "2019-01-01");
        officer().queryParam("name", tag + "%").get("/api/v1/enterprises").then().body("total", equalTo(0));
        officer().queryParam("name", tag + "_").get("/api/v1/enterprises").then().body("total", equalTo(0));
    }

    @Test
    void shouldRefuseBadFiltersAndSorts() {
        officer().queryParam("sort", "revenue").get("/api/v1/enterprises").then().statusCode(400)
                .body("code", equalTo("INVALID_SORT"));
        officer().queryParam("region", "35").get("/api/v1/enterprises").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        officer().queryParam("registeredFrom", "yesterday").get("/api/v1/enterprises").then().statusCode(400);
        officer().queryParam("size", 0).get("/api/v1/enterprises").then().statusCode(400)
                .body("code", equalTo("INVALID_PAGE"));
    }

    @Test
    void shouldKeepTheRegistryFromApplicants() {
        given().auth().oauth2(Tokens.shared().applicant(Enterprises.aUscc())).get("/api/v1/enterprises").then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().get("/api/v1/enterprises").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    private static void certify(String uscc, String type, String validFrom) {
        officer().contentType("application/json").body("""
                {"uscc":"%s","certificationType":"%s","certificateNumber":"%s","validFrom":"%s"}"""
                .formatted(uscc, type, "N" + uscc, validFrom)).post("/api/v1/certifications").then().statusCode(201);
    }

    /** An officer of Fujian (350000): these tests register enterprises in Fuzhou and Xiamen. */
    private static RequestSpecification officer() {
        return given().auth().oauth2(Tokens.shared().officer("350000"));
    }

    /** A marker unique to one test, put into names so that the test finds only its own enterprises. */
    private static String tag() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String register(String name, String region, String industry, String registrationDate) {
        String uscc = Enterprises.aUscc();
        officer().contentType("application/json")
                .body(Enterprises.aRegistration(uscc, name, region, industry, registrationDate))
                .post("/api/v1/enterprises").then().statusCode(201);
        return uscc;
    }
}
