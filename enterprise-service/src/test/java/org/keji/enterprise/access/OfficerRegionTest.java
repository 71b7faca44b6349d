package org.keji.enterprise.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keji.enterprise.application.Applications;
import org.keji.enterprise.certification.Certifications;
import org.keji.enterprise.figures.YearlyFiguresFixtures;
import org.keji.enterprise.incubator.Incubators;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * DESIGN.md "Who may see what": an officer acts within its region claim taken as a GB/T 2260 prefix (330100 → 3301xx,
 * 330000 → 33xxxx, 000000 → everything); records outside answer 404, lists are narrowed to it.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class OfficerRegionTest {

    private static final String HANGZHOU = "330100";

    @Test
    void shouldHideAndProtectAnEnterpriseOutsideTheOfficersRegion() {
        String fuzhou = YearlyFiguresFixtures.anEnterpriseWithThreeYearsOfFigures("福州辖区外有限公司");
        String certificationId = Certifications.record(fuzhou, "TECH_SME", LocalDate.now().minusMonths(1), null);
        String enterprise = "/api/v1/enterprises/" + fuzhou;

        for (String path : new String[] { enterprise, enterprise + "/figures", enterprise + "/violations",
                enterprise + "/ip-holdings", enterprise + "/eligibility-checks", enterprise + "/certifications" }) {
            hangzhou().get(path).then().statusCode(404).body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        }
        hangzhou().get("/api/v1/certifications/" + certificationId).then().statusCode(404)
                .body("code", equalTo("CERTIFICATION_NOT_FOUND"));
        hangzhou().contentType("application/json").body(update(fuzhou, "杭州改名有限公司", "350100"))
                .put(enterprise).then().statusCode(404).body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        hangzhou().contentType("application/json").body(YearlyFiguresFixtures.someFigures())
                .put(enterprise + "/figures/2024").then().statusCode(404).body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        hangzhou().contentType("application/json").body("""
                {"kind":"ENVIRONMENT","severity":"GENERAL","occurredOn":"2025-03-01","authority":"杭州市生态环境局",\
                "description":"超标排放"}""").post(enterprise + "/violations").then().statusCode(404)
                .body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        hangzhou().contentType("application/json").body("{\"version\":0,\"reason\":\"复核\"}")
                .post("/api/v1/certifications/" + certificationId + "/recheck").then().statusCode(404)
                .body("code", equalTo("CERTIFICATION_NOT_FOUND"));
        hangzhou().contentType("application/json").body("""
                {"uscc":"%s","certificationType":"HNTE","certificateNumber":"GR-HZ-1","validFrom":"%s"}"""
                .formatted(fuzhou, LocalDate.now().minusMonths(1))).post("/api/v1/certifications").then()
                .statusCode(422).body("code", equalTo("ENTERPRISE_NOT_REGISTERED"));

        // the officers of its city, its province and the whole country reach it
        for (String region : new String[] { "350100", "350000", "000000" }) {
            given().auth().oauth2(Tokens.shared().officer(region)).get(enterprise).then().statusCode(200);
        }
        given().auth().oauth2(Tokens.shared().officer("350102")).get(enterprise).then().statusCode(404);
    }

    @Test
    void shouldRefuseAnOfficerToRegisterOrMoveAnEnterpriseOutsideItsRegion() {
        String uscc = Enterprises.aUscc();
        hangzhou().contentType("application/json").body(Enterprises.aRegistration(uscc, "越界登记有限公司"))
                .post("/api/v1/enterprises").then().statusCode(403).body("code", equalTo("REGION_OUT_OF_REACH"));

        String own = registered(HANGZHOU, "杭州本地有限公司");
        hangzhou().contentType("application/json").body(update(own, "杭州本地有限公司", "350100"))
                .put("/api/v1/enterprises/" + own).then().statusCode(403).body("code", equalTo("REGION_OUT_OF_REACH"));
        hangzhou().contentType("application/json").body(update(own, "杭州本地科技有限公司", "330106"))
                .put("/api/v1/enterprises/" + own).then().statusCode(200).body("region", equalTo("330106"));
    }

    @Test
    void shouldNarrowEveryListToTheOfficersRegion() {
        String own = registered(HANGZHOU, "杭州列表有限公司");
        String foreign = Enterprises.aRegisteredEnterprise("福州列表有限公司");
        Certifications.record(foreign, "TECH_SME", LocalDate.now().minusMonths(1), null);
        given().auth().oauth2(Tokens.shared().admin()).contentType("application/json")
                .body("{\"uscc\":\"%s\",\"certificationType\":\"TECH_SME\",\"certificateNumber\":\"HZ%d\",\"validFrom\":\"%s\"}"
                        .formatted(own, System.nanoTime() % 1_000_000_000L, LocalDate.now().minusMonths(1)))
                .post("/api/v1/certifications").then().statusCode(201);

        hangzhou().queryParam("size", 100).queryParam("sort", "createdAt,desc").get("/api/v1/enterprises").then()
                .statusCode(200).body("items.region", everyItem(startsWith("3301")))
                .body("items.uscc", hasItem(own)).body("items.uscc", not(hasItem(foreign)));
        // a filter wider than the region is narrowed, a disjoint one finds nothing
        hangzhou().queryParam("region", "33").queryParam("size", 100).get("/api/v1/certifications").then()
                .statusCode(200).body("items.region", everyItem(startsWith("3301")));
        hangzhou().queryParam("region", "35").get("/api/v1/certifications").then().statusCode(200)
                .body("total", equalTo(0));
        hangzhou().queryParam("region", "350100").get("/api/v1/enterprises").then().statusCode(200)
                .body("total", equalTo(0));
        hangzhou().queryParam("region", "35").get("/api/v1/certification-statistics/certified").then()
                .statusCode(200).body("total", equalTo(0));
        hangzhou().get("/api/v1/certification-statistics/certified").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        hangzhou().queryParam("uscc", foreign).get("/api/v1/certification-applications").then().statusCode(200)
                .body("total", equalTo(0));
        hangzhou().queryParam("region", "350100").get("/api/v1/monitoring/certifications").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void shouldKeepAnotherRegionsApplicationsAndIncubatorsOutOfReach() {
        String fuzhou = YearlyFiguresFixtures.anEnterpriseWithThreeYearsOfFigures("福州申请有限公司");
        String id = Applications.aSubmittedApplication(Tokens.shared().applicant(fuzhou), fuzhou, "HNTE", 2026);
        Applications.get(Tokens.shared().officer(HANGZHOU), id).then().statusCode(404)
                .body("code", equalTo("APPLICATION_NOT_FOUND"));
        Applications.act(Tokens.shared().officer(HANGZHOU), id, "accept", null).then().statusCode(404)
                .body("code", equalTo("APPLICATION_NOT_FOUND"));
        Applications.get(Tokens.shared().officer(), id).then().statusCode(200);

        String incubator = given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body(Incubators.aRegistration("福州辖区孵化器" + Incubators.aMarker(), 10))
                .post("/api/v1/incubators").then().statusCode(201).extract().path("id");
        hangzhou().get("/api/v1/incubators/" + incubator).then().statusCode(404)
                .body("code", equalTo("INCUBATOR_NOT_FOUND"));
        hangzhou().get("/api/v1/incubators/" + incubator + "/tenants").then().statusCode(404)
                .body("code", equalTo("INCUBATOR_NOT_FOUND"));
        hangzhou().queryParam("size", 100).get("/api/v1/incubators").then().statusCode(200)
                .body("items.id", not(hasItem(incubator)));
        hangzhou().contentType("application/json").body(Incubators.aRegistration("越界孵化器" + Incubators.aMarker(), 10))
                .post("/api/v1/incubators").then().statusCode(403).body("code", equalTo("REGION_OUT_OF_REACH"));
    }

    @Test
    void shouldRefuseAnOfficerTokenWithoutARegion() {
        String uscc = Enterprises.aRegisteredEnterprise("无辖区令牌有限公司");
        for (Map<String, Object> claims : new Map[] { Map.of(), Map.of("region", "35") }) {
            String token = Tokens.shared().token("officer-nowhere", "officer", claims);
            given().auth().oauth2(token).get("/api/v1/enterprises/" + uscc).then().statusCode(403)
                    .body("code", equalTo("REGION_CLAIM_MISSING"));
            given().auth().oauth2(token).get("/api/v1/enterprises").then().statusCode(403)
                    .body("code", equalTo("REGION_CLAIM_MISSING"));
        }
    }

    private static RequestSpecification hangzhou() {
        return given().auth().oauth2(Tokens.shared().officer(HANGZHOU));
    }

    private static String registered(String region, String name) {
        String uscc = Enterprises.aUscc();
        given().auth().oauth2(Tokens.shared().officer(region)).contentType("application/json")
                .body(Enterprises.aRegistration(uscc, name, region, "I6511", "2019-03-15")).post("/api/v1/enterprises")
                .then().statusCode(201);
        return uscc;
    }

    private static String update(String uscc, String name, String region) {
        return """
                {"name":"%s","region":"%s","industry":"I6511","registrationDate":"2019-03-15","version":0}"""
                .formatted(name, region);
    }
}
