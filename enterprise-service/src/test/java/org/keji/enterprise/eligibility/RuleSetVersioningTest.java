package org.keji.enterprise.eligibility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.enterprise.figures.YearlyFiguresFixtures;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A new rule-set version applies to new checks and leaves earlier checks as they were evaluated. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class RuleSetVersioningTest {

    /** A county of Fuzhou that no other test uses, so its rule sets are this test's own. */
    private static final String REGION = "350181";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldKeepEarlierChecksReproducibleAfterANewVersion() {
        String uscc = Enterprises.aUscc();
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body(Enterprises.aRegistration(uscc, "版本测试公司", REGION, "C3976", "2018-01-01"))
                .post("/api/v1/enterprises").then().statusCode(201);
        // R&D 2.6 M of 48 M sales = 5.42 %
        YearlyFiguresFixtures.report(uscc, 2025, YearlyFiguresFixtures.someFigures());

        String v1 = publish("0.05");
        JsonPath first = checkGiant(uscc, null);
        assertEquals("ELIGIBLE", first.getString("verdict"));
        assertEquals(1, first.getInt("ruleSet.version"));
        assertEquals(v1, first.getString("ruleSet.id"));

        String v2 = publish("0.06");
        JsonPath second = checkGiant(uscc, null);
        assertEquals("NOT_ELIGIBLE", second.getString("verdict"));
        assertEquals(2, second.getInt("ruleSet.version"));
        assertEquals(v2, second.getString("ruleSet.id"));
        assertEquals("0.06", second.getString("conditions[0].threshold"));

        // the first check reads as it was evaluated
        JsonPath again = given().auth().oauth2(Tokens.shared().officer())
                .get("/api/v1/enterprises/" + uscc + "/eligibility-checks/" + first.getString("id")).then()
                .statusCode(200).extract().jsonPath();
        assertEquals("ELIGIBLE", again.getString("verdict"));
        assertEquals(first.getList("conditions"), again.getList("conditions"));
        // and evaluating with version 1 again gives the same results
        JsonPath replayed = checkGiant(uscc, v1);
        assertEquals("ELIGIBLE", replayed.getString("verdict"));
        assertEquals(first.getList("conditions"), replayed.getList("conditions"));
    }

    @Test
    void shouldRefuseToChangeOrDeleteAPublishedRuleSetInTheDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> statement
                    .executeUpdate("UPDATE rule_set SET name = 'changed' WHERE id = '" + SeededRules.HNTE + "'"));
            assertEquals(true, update.getMessage().contains("immutable"), update.getMessage());
            assertThrows(SQLException.class, () -> statement
                    .executeUpdate("DELETE FROM rule WHERE rule_set_id = '" + SeededRules.HNTE + "'"));
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "UPDATE rule SET definition = '{\"kind\":\"MANUAL\"}' WHERE rule_set_id = '" + SeededRules.HNTE
                            + "'"));
        }
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/rule-sets/" + SeededRules.HNTE).then()
                .statusCode(200).body("name", equalTo("高新技术企业认定条件（2016）")).body("rules.size()", equalTo(9));
    }

    private static String publish(String rdRatio) {
        return given().auth().oauth2(Tokens.shared().admin()).contentType("application/json").body("""
                {"certificationType":"TECH_GIANT","region":"%s","year":2026,"name":"县级科技小巨人（测试）",
                 "source":"测试文件","rules":[{"code":"RD_TO_SALES","title":"研发投入占比","clause":"第一条",
                 "definition":{"kind":"THRESHOLD","metric":"RD_TO_SALES","operator":"GE","value":%s}}]}"""
                .formatted(REGION, rdRatio)).post("/api/v1/rule-sets").then().statusCode(201).extract().path("id");
    }

    private static JsonPath checkGiant(String uscc, String ruleSetId) {
        String ruleSet = ruleSetId == null ? "" : ",\"ruleSetId\":\"" + ruleSetId + "\"";
        return given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"certificationType\":\"TECH_GIANT\",\"year\":2026" + ruleSet + "}")
                .post("/api/v1/enterprises/" + uscc + "/eligibility-checks").then().statusCode(201).extract()
                .jsonPath();
    }
}
