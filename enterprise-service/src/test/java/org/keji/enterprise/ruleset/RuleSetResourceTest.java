package org.keji.enterprise.ruleset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class RuleSetResourceTest {

    @Test
    void shouldServeTheSeededRuleSetsWithTheirClauses() {
        given().auth().oauth2(Tokens.shared().applicant("91350100M000100Y43"))
                .get("/api/v1/rule-sets?certificationType=HNTE&region=000000").then().statusCode(200)
                .body("items[0].source", equalTo("国科发火〔2016〕32号 第十一条；国科发火〔2016〕195号 工作指引"))
                .body("items[0].rules.find { it.code == 'RD_EXPENSE_RATIO' }.definition.tiers.size()", equalTo(3))
                .body("items[0].rules.find { it.code == 'INNOVATION_SCORE' }.definition.minimum", equalTo(71));
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/certification-types").then().statusCode(200)
                .body("code", hasItem("TECH_GIANT"))
                .body("find { it.code == 'HNTE' }.validityYears", equalTo(3))
                .body("find { it.code == 'HNTE' }.publicityWorkingDays", equalTo(10))
                // the legal limit (法定时限) of each type is data too, never shorter than the promise
                .body("find { it.code == 'HNTE' }.promisedWorkingDays", equalTo(60))
                .body("find { it.code == 'HNTE' }.legalWorkingDays", equalTo(60))
                .body("find { it.code == 'TECH_SME' }.promisedWorkingDays", equalTo(20))
                .body("find { it.code == 'TECH_SME' }.legalWorkingDays", equalTo(30));
    }

    @Test
    void shouldResolveTheRuleSetInForceFromTheMostSpecificRegion() {
        // a district of Fuzhou: TECH_GIANT comes from the city, HNTE from the nation
        inForce("TECH_GIANT", "350102", 2026).then().statusCode(200).body("region", equalTo("350100"));
        inForce("HNTE", "350102", 2026).then().statusCode(200).body("region", equalTo("000000"))
                .body("year", equalTo(2016));
        inForce("TECH_GIANT", "350200", 2026).then().statusCode(404).body("code", equalTo("NO_RULE_SET_IN_FORCE"));
        inForce("TECH_GIANT", "350100", 2025).then().statusCode(404).body("code", equalTo("NO_RULE_SET_IN_FORCE"));
    }

    @Test
    void shouldRefuseIllDefinedRulesNamingEachProblem() {
        publish(Tokens.shared().admin(), "HNTE",
                """
                        [{"code":"A","title":"t","clause":"c","definition":{"kind":"THRESHOLD","metric":"RD_TO_SALES_3Y",
                          "operator":"GE","tierMetric":"SALES_REVENUE","tiers":[{"upTo":200,"value":0.04},{"upTo":100,"value":0.05},{"value":0.03}]}},
                         {"code":"B","title":"t","clause":"c","definition":{"kind":"DIRECT_PASS","metric":"HOLDS_CERTIFICATION",
                          "operator":"GE","value":1,"replaces":["NOPE"]}},
                         {"code":"C","title":"t","clause":"c","definition":{"kind":"SCORE","minimum":90,"items":[
                          {"code":"X","title":"x","max":20,"manual":true,"alternatives":[{"metric":"EMPLOYEES","bands":[{"from":1,"points":5}]}]},
                          {"code":"Y","title":"y","max":20,"alternatives":[{"metric":"EMPLOYEES","bands":[{"from":1,"points":5},{"from":2,"points":30}]}]}]}},
                         {"code":"C","title":"t","clause":"c","definition":{"kind":"MANUAL"}}]""")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("RULE_SET_INVALID"))
                .body("violations.field", containsInAnyOrder("rules[3].code", "rules[0].definition.tiers[1].upTo",
                        "rules[1].definition.parameter", "rules[1].definition.replaces",
                        "rules[2].definition.items[0].alternatives",
                        "rules[2].definition.items[1].alternatives[0].bands[1].from",
                        "rules[2].definition.items[1].alternatives[0].bands[1].points",
                        "rules[2].definition.minimum"));
    }

    @Test
    void shouldRefuseUnknownKindsTypesAndNonAdministrators() {
        String rules = """
                [{"code":"A","title":"t","clause":"c","definition":{"kind":"GUESS"}}]""";
        publish(Tokens.shared().admin(), "HNTE", rules).then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));
        String manual = """
                [{"code":"A","title":"t","clause":"c","definition":{"kind":"MANUAL"}}]""";
        publish(Tokens.shared().admin(), "NO_SUCH_TYPE", manual).then().statusCode(422)
                .body("code", equalTo("CERTIFICATION_TYPE_UNKNOWN"));
        publish(Tokens.shared().officer(), "HNTE", manual).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        publish(Tokens.shared().admin(), "HNTE", "[]").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/rule-sets/" + UUID.randomUUID())
                .then().statusCode(404).body("code", equalTo("RULE_SET_NOT_FOUND"));
    }

    @Test
    void shouldNumberVersionsPerTypeRegionAndYear() {
        String manual = """
                [{"code":"A","title":"手工判断","clause":"第一条","definition":{"kind":"MANUAL","guidance":"看材料"}}]""";
        given().auth().oauth2(Tokens.shared().admin()).contentType("application/json")
                .body(body("TECH_SME", "350725", 2030, manual)).post("/api/v1/rule-sets").then().statusCode(201)
                .body("version", equalTo(1)).body("rules[0].definition.guidance", equalTo("看材料"));
        given().auth().oauth2(Tokens.shared().admin()).contentType("application/json")
                .body(body("TECH_SME", "350725", 2030, manual)).post("/api/v1/rule-sets").then().statusCode(201)
                .body("version", equalTo(2)).body("createdBy", equalTo("admin-1"));
        inForce("TECH_SME", "350725", 2031).then().statusCode(200).body("version", equalTo(2))
                .body("region", equalTo("350725"));
    }

    private static Response inForce(String type, String region, int year) {
        return given().auth().oauth2(Tokens.shared().officer()).queryParam("certificationType", type)
                .queryParam("region", region).queryParam("year", year).get("/api/v1/rule-sets/in-force");
    }

    private static Response publish(String token, String type, String rules) {
        return given().auth().oauth2(token).contentType("application/json").body(body(type, "350100", 2027, rules))
                .post("/api/v1/rule-sets");
    }

    private static String body(String type, String region, int year, String rules) {
        return """
                {"certificationType":"%s","region":"%s","year":%d,"name":"测试规则","source":"测试文件","rules":%s}"""
                .formatted(type, region, year, rules);
    }
}
