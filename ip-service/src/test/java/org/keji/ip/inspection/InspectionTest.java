package org.keji.ip.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Enforcement inspections: recorded by officers of the region, validated, followed up against the version read. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class InspectionTest {

    private static final String PATH = "/api/v1/enforcement-inspections";

    static String body(String region, String marking, String problems) {
        return """
                {"region":"%s","place":"福州市鼓楼区五四路158号环球广场一层","inspectedOn":"2026-11-20",
                 "partyName":"福州鼓楼区优品电器商行","partyUscc":"92350102MA2Y8H0C5W",
                 "products":[{"name":"智能电动牙刷","model":"DT-300","quantity":120,"patentMarking":"%s"},
                             {"name":"电吹风","quantity":40}],
                 "problems":%s}""".formatted(region, marking, problems);
    }

    private static final String LAPSED = """
            [{"type":"MARKING_LAPSED_PATENT","productIndex":0,"description":"包装标注专利号，经核该专利已因未缴年费终止"}]""";

    static Response record(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(PATH);
    }

    @Test
    void shouldRecordAnInspectionWithChineseTextAndTheMarkingInCanonicalForm() {
        String id = record(Tokens.shared().officer(), body("350102", "ZL 202310123456.6", LAPSED)).then()
                .statusCode(201).body("place", equalTo("福州市鼓楼区五四路158号环球广场一层"))
                .body("partyName", equalTo("福州鼓楼区优品电器商行"))
                .body("products[0].patentMarking", equalTo("202310123456.6"))
                .body("products[1].patentMarking", equalTo(null))
                .body("problems[0].type", equalTo("MARKING_LAPSED_PATENT"))
                .body("problems[0].description", equalTo("包装标注专利号，经核该专利已因未缴年费终止"))
                .body("problemCount", equalTo(1)).body("followUp.action", equalTo("NONE")).body("version", equalTo(0))
                .extract().path("id");
        given().auth().oauth2(Tokens.shared().officer()).get(PATH + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").body("problems[0].productIndex", equalTo(0));
    }

    @Test
    void shouldRefuseBadInputNamingTheField() {
        String officer = Tokens.shared().officer();
        record(officer, body("350102", "202310123456.7", LAPSED)).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", containsString("patentMarking"));
        record(officer, body("350102", "202310123456.6", """
                [{"type":"OTHER","productIndex":2,"description":"无"}]""")).then().statusCode(400)
                .body("violations[0].field", equalTo("problems[0].productIndex"));
        record(officer, body("350102", "202310123456.6", "[]").replace("\"problems\":[]",
                "\"problems\":[],\"followUp\":{\"action\":\"RECTIFICATION_ORDERED\"}")).then().statusCode(400)
                .body("violations[0].field", equalTo("followUp.dueOn"));
        record(officer, body("350102", "202310123456.6", "[]").replace("\"problems\":[]",
                "\"problems\":[],\"followUp\":{\"action\":\"NONE\",\"caseReference\":\"榕知执立〔2026〕15号\"}")).then()
                .statusCode(400).body("violations[0].field", equalTo("followUp.caseReference"));
        record(officer, body("350102", "202310123456.6", """
                [{"type":"FAKE","description":"无"}]""")).then().statusCode(400);
        record(officer, body("350102", "202310123456.6", "[]").replace("92350102MA2Y8H0C5W", "9235010IMA2Y8H0C5")).then()
                .statusCode(400).body("violations[0].field", equalTo("partyUscc"));
        record(officer, body("350102", "202310123456.6", LAPSED).replace("2026-11-20",
                LocalDate.now().plusDays(2).toString())).then().statusCode(400)
                .body("violations[0].field", equalTo("inspectedOn"));
    }

    @Test
    void shouldLetOnlyOfficersOfTheRegionAdminsAndScopedIntegrationsRecordAndSee() {
        String body = body("350102", "202310123456.6", LAPSED);
        record(Tokens.shared().applicant(Usccs.aUscc()), body).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        record(Tokens.shared().expert("expert-a"), body).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        record(Tokens.shared().integration("market-regulation", List.of("ip:read")), body).then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        record(Tokens.shared().officer("350200"), body).then().statusCode(403)
                .body("code", equalTo("REGION_OUT_OF_REACH"));

        String id = record(Tokens.shared().integration("market-regulation", List.of("ip:write")), body).then()
                .statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.shared().officer("350200")).get(PATH + "/" + id).then().statusCode(404)
                .body("code", equalTo("INSPECTION_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().applicant(Usccs.aUscc())).get(PATH + "/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.shared().admin()).get(PATH + "/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.shared().officer("350200")).queryParam("regionPrefix", "3501").get(PATH).then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(Tokens.shared().officer("350200")).contentType(ContentType.JSON)
                .body("{\"version\":0,\"followUp\":{\"action\":\"NONE\"}}").post(PATH + "/" + id + "/follow-up").then()
                .statusCode(404).body("code", equalTo("INSPECTION_NOT_FOUND"));
    }

    @Test
    void shouldRecordTheFollowUpOnlyOnTheVersionRead() {
        String officer = Tokens.shared().officer();
        String id = record(officer, body("350102", "202310123456.6", LAPSED)).then().statusCode(201).extract()
                .path("id");
        String path = PATH + "/" + id + "/follow-up";
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("""
                {"version":0,"followUp":{"action":"RECTIFICATION_ORDERED","dueOn":"2026-12-31","note":"责令撤下涉案包装"}}""")
                .post(path).then().statusCode(200).body("followUp.action", equalTo("RECTIFICATION_ORDERED"))
                .body("followUp.dueOn", equalTo("2026-12-31")).body("version", equalTo(1)).header("ETag", "\"1\"");
        // another officer read version 0 too
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"version\":0,\"followUp\":{\"action\":\"CASE_FILED\",\"caseReference\":\"榕知执立〔2026〕15号\"}}")
                .post(path).then().statusCode(409).body("code", equalTo("VERSION_CONFLICT"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"followUp\":{\"action\":\"NONE\"}}").post(path).then().statusCode(412)
                .body("code", equalTo("PRECONDITION_FAILED"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"followUp\":{\"action\":\"NONE\"}}")
                .post(path).then().statusCode(400).body("violations[0].field", equalTo("version"));
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("""
                        {"version":1,"followUp":{"action":"RECTIFICATION_ORDERED","dueOn":"2026-12-31","doneOn":"2026-12-20","note":"已整改完毕"}}""")
                .post(path).then().statusCode(200).body("followUp.doneOn", equalTo("2026-12-20"))
                .body("followUp.note", equalTo("已整改完毕")).body("version", equalTo(2));
    }

    @Test
    void shouldFilterByRegionDatesAndProblemType() {
        String officer = Tokens.shared().officer();
        String region = "350104";
        String counterfeit = record(officer, body(region, "202310123456.6", """
                [{"type":"COUNTERFEIT_PATENT_MARKING","productIndex":1,"description":"标注不存在的专利号"}]""")).then()
                .statusCode(201).extract().path("id");
        String clean = record(officer, body(region, "202310123456.6", "[]").replace("2026-11-20", "2026-06-01"))
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(officer).queryParam("regionPrefix", region)
                .queryParam("problemType", "COUNTERFEIT_PATENT_MARKING").queryParam("size", 100).get(PATH).then()
                .statusCode(200).body("items.id", hasItem(counterfeit)).body("items.id", not(hasItem(clean)));
        given().auth().oauth2(officer).queryParam("regionPrefix", region).queryParam("from", "2026-05-01")
                .queryParam("to", "2026-06-30").queryParam("size", 100).get(PATH).then().statusCode(200)
                .body("items.id", hasItem(clean)).body("items.id", not(hasItem(counterfeit)));
        given().auth().oauth2(officer).queryParam("from", "2026-06-30").queryParam("to", "2026-05-01").get(PATH)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(officer).queryParam("regionPrefix", region).accept("text/csv").get(PATH).then()
                .statusCode(200).body(containsString("检查地点"));
    }
}
