package org.keji.enterprise.incubator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class IncubatorResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldRegisterAnIncubatorAndReadItBackWithItsChineseName() {
        String name = "福州市软件园科技企业孵化器" + Incubators.aMarker();
        Response created = Incubators.register(Tokens.shared().officer(), Incubators.aRegistration(name, 60));
        created.then().statusCode(201).body("name", equalTo(name)).body("kind", equalTo("INCUBATOR"))
                .body("level", equalTo("PROVINCIAL")).body("operatorName", equalTo("福州软件园产业发展有限公司"))
                .body("capacity", equalTo(60)).body("activeTenants", equalTo(0))
                .body("seedFundTotal", equalTo("0.00")).body("version", equalTo(0));
        String id = created.path("id");
        assertEquals(Incubators.PATH + "/" + id, created.header("Location"));
        assertTrue(created.asString().contains("\"spaceSquareMetres\":12500.50"), created.asString());

        Response read = given().auth().oauth2(Tokens.shared().officer()).get(Incubators.PATH + "/" + id);
        read.then().statusCode(200).body("name", equalTo(name)).body("region", equalTo("350100"))
                .body("recognisedOn", equalTo("2021-06-30")).body("activeTenants", equalTo(0))
                .body("seedFundTotal", equalTo("0.00")).body("createdAt", endsWith("+08:00"));
        assertTrue(read.asString().contains("\"spaceSquareMetres\":12500.50"), read.asString());
    }

    @Test
    void shouldListIncubatorsFilteredByLevelKindRegionAndName() {
        String marker = Incubators.aMarker();
        String token = Tokens.shared().officer();
        Incubators.register(token, Incubators.aRegistration("县级众创空间" + marker, "COUNTY", "MAKER_SPACE", 10))
                .then().statusCode(201);
        Incubators.register(token, Incubators.aRegistration("国家级孵化器" + marker, "NATIONAL", "INCUBATOR", 10))
                .then().statusCode(201);
        Incubators.register(token, Incubators.aRegistration("省级孵化器" + marker, "PROVINCIAL", "INCUBATOR", 10))
                .then().statusCode(201);

        given().auth().oauth2(token).queryParam("name", marker).queryParam("sort", "level")
                .get(Incubators.PATH).then().statusCode(200).body("total", equalTo(3))
                .body("items.level", equalTo(List.of("NATIONAL", "PROVINCIAL", "COUNTY")));
        given().auth().oauth2(token).queryParam("name", marker).queryParam("sort", "level,desc")
                .get(Incubators.PATH).then().statusCode(200)
                .body("items.level", equalTo(List.of("COUNTY", "PROVINCIAL", "NATIONAL")));
        given().auth().oauth2(token).queryParam("name", marker).queryParam("kind", "INCUBATOR")
                .queryParam("region", "350100").get(Incubators.PATH).then().statusCode(200).body("total", equalTo(2));
        given().auth().oauth2(token).queryParam("name", "国家级孵化器" + marker).queryParam("level", "NATIONAL")
                .get(Incubators.PATH).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].name", equalTo("国家级孵化器" + marker));
        given().auth().oauth2(token).queryParam("name", marker).queryParam("size", 2).queryParam("page", 1)
                .queryParam("sort", "name").get(Incubators.PATH).then().statusCode(200).body("total", equalTo(3))
                .body("page", equalTo(1)).body("size", equalTo(2)).body("items.size()", equalTo(1));
        given().auth().oauth2(token).queryParam("name", "%" + marker).get(Incubators.PATH).then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void shouldRefuseAnInvalidFilterOrSort() {
        given().auth().oauth2(Tokens.shared().officer()).queryParam("level", "GALACTIC").get(Incubators.PATH).then()
                .statusCode(400).contentType(PROBLEM).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("level"));
        given().auth().oauth2(Tokens.shared().officer()).queryParam("sort", "capacity").get(Incubators.PATH).then()
                .statusCode(400).body("code", equalTo("INVALID_SORT"));
    }

    @Test
    void shouldRejectMissingAndOutOfRangeFields() {
        String body = """
                {"name":" ","kind":"INCUBATOR","level":"PROVINCIAL","operatorUscc":"91350100M000100Y44",\
                "operatorName":"运营方","region":"35","spaceSquareMetres":-1,"capacity":0,"recognisedOn":"2021-06-30"}""";
        Incubators.register(Tokens.shared().officer(), body).then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations.field",
                        equalTo(List.of("capacity", "name", "operatorUscc", "region", "spaceSquareMetres")));
        Incubators.register(Tokens.shared().officer(), Incubators.aRegistration("面积三位小数", 5)
                .replace("12500.50", "12500.505")).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("spaceSquareMetres"));
        Incubators.register(Tokens.shared().officer(), Incubators.aRegistration("未知类别", "PROVINCIAL", "GARAGE", 5))
                .then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));
    }

    @Test
    void shouldReplayAnIdempotentRegistrationWithoutASecondIncubator() {
        String marker = Incubators.aMarker();
        String key = UUID.randomUUID().toString();
        String body = Incubators.aRegistration("幂等孵化器" + marker, 5);
        Response first = given().auth().oauth2(Tokens.shared().officer()).header("Idempotency-Key", key)
                .contentType("application/json").body(body).post(Incubators.PATH);
        Response retry = given().auth().oauth2(Tokens.shared().officer()).header("Idempotency-Key", key)
                .contentType("application/json").body(body).post(Incubators.PATH);

        assertEquals(201, first.statusCode());
        assertEquals(201, retry.statusCode());
        assertEquals(first.asString(), retry.asString());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        given().auth().oauth2(Tokens.shared().officer()).queryParam("name", marker).get(Incubators.PATH).then()
                .statusCode(200).body("total", equalTo(1));
    }

    @Test
    void shouldUpdateAtTheCurrentVersionAndRefuseAStaleOne() {
        UUID id = Incubators.anIncubator(10);
        String path = Incubators.PATH + "/" + id;
        given().auth().oauth2(Tokens.shared().admin()).contentType("application/json")
                .body(Incubators.anUpdate("国家级众创空间（更名）", 20, 0)).put(path).then().statusCode(200)
                .body("name", equalTo("国家级众创空间（更名）")).body("level", equalTo("NATIONAL"))
                .body("kind", equalTo("MAKER_SPACE")).body("capacity", equalTo(20)).body("version", equalTo(1))
                .body(containsString("\"spaceSquareMetres\":13000.00"));

        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body(Incubators.anUpdate("过期版本", 30, 0)).put(path).then().statusCode(409).contentType(PROBLEM)
                .body("code", equalTo("VERSION_CONFLICT"));
        given().auth().oauth2(Tokens.shared().officer()).get(path).then().statusCode(200)
                .body("name", equalTo("国家级众创空间（更名）")).body("version", equalTo(1));
    }

    @Test
    void shouldRefuseACapacityBelowTheIncubatingTenants() {
        UUID id = Incubators.anIncubator(3);
        Incubators.aTenant(id, Enterprises.aUscc());
        Incubators.aTenant(id, Enterprises.aUscc());

        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body(Incubators.anUpdate("缩减容量", 1, 0)).put(Incubators.PATH + "/" + id).then().statusCode(422)
                .contentType(PROBLEM).body("code", equalTo("INCUBATOR_CAPACITY_BELOW_TENANTS"));
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body(Incubators.anUpdate("缩减容量", 2, 0)).put(Incubators.PATH + "/" + id).then().statusCode(200)
                .body("capacity", equalTo(2)).body("activeTenants", equalTo(2));
    }

    @Test
    void shouldLetBureauRolesAndApplicantsReadTheDirectoryButOnlyOfficersAndAdminsWrite() {
        UUID id = Incubators.anIncubator(5);
        for (String reader : List.of(Tokens.shared().applicant(Enterprises.aUscc()), Tokens.shared().officer(),
                Tokens.shared().integration("province-platform"))) {
            given().auth().oauth2(reader).get(Incubators.PATH + "/" + id).then().statusCode(200);
            given().auth().oauth2(reader).get(Incubators.PATH).then().statusCode(200);
        }
        // the registry's data is not for banks and experts (DESIGN.md "Who may see what")
        for (String outsider : List.of(Tokens.shared().bank("icbc-fz"), Tokens.shared().expert("expert-7"))) {
            given().auth().oauth2(outsider).get(Incubators.PATH + "/" + id).then().statusCode(403)
                    .body("code", equalTo("FORBIDDEN"));
        }
        Incubators.register(Tokens.shared().applicant(Enterprises.aUscc()), Incubators.aRegistration("申报主体自建", 5))
                .then().statusCode(403).contentType(PROBLEM).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.shared().integration("province-platform")).contentType("application/json")
                .body(Incubators.anUpdate("外部系统修改", 5, 0)).put(Incubators.PATH + "/" + id).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        Incubators.register(Tokens.shared().admin(), Incubators.aRegistration("管理员登记", 5)).then().statusCode(201);
    }

    @Test
    void shouldRequireAToken() {
        given().contentType("application/json").body(Incubators.aRegistration("无令牌", 5)).post(Incubators.PATH)
                .then().statusCode(401).contentType(PROBLEM).body("code", equalTo("UNAUTHENTICATED"));
        given().get(Incubators.PATH).then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void shouldAnswer404ForAnUnknownIncubator() {
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(Tokens.shared().officer()).get(Incubators.PATH + "/" + unknown).then().statusCode(404)
                .contentType(PROBLEM).body("code", equalTo("INCUBATOR_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body(Incubators.anUpdate("不存在", 5, 0)).put(Incubators.PATH + "/" + unknown).then().statusCode(404)
                .body("code", equalTo("INCUBATOR_NOT_FOUND"));
    }
}
