package org.keji.ip.population;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class RegionalPopulationResourceTest {

    @Test
    void shouldRecordThenReplaceAFigureWithItsVersion() {
        int year = aYear();
        put(Tokens.shared().officer("350100"), "350102", year, """
                {"residents":8470000,"source":"福州市统计公报"}""").then().statusCode(201).header("ETag", "\"0\"")
                .body("residents", equalTo(8470000)).body("source", equalTo("福州市统计公报"));
        put(Tokens.shared().officer("350100"), "350102", year, """
                {"residents":8480000,"source":"福州市统计年鉴","version":0}""").then().statusCode(200)
                .body("residents", equalTo(8480000)).body("version", equalTo(1));
        put(Tokens.shared().officer("350100"), "350102", year, """
                {"residents":1,"source":"x","version":0}""").then().statusCode(409).body("code", equalTo("VERSION_CONFLICT"));
        given().auth().oauth2(Tokens.shared().admin()).get("/api/v1/regional-populations/350102/" + year).then()
                .statusCode(200).body("residents", equalTo(8480000)).body("source", equalTo("福州市统计年鉴"));
    }

    @Test
    void shouldKeepFiguresWithinTheOfficersRegion() {
        int year = aYear();
        put(Tokens.shared().admin(), "440300", year, """
                {"residents":17790000,"source":"深圳市统计公报"}""").then().statusCode(201);
        put(Tokens.shared().officer("350100"), "440300", year, """
                {"residents":1,"source":"x"}""").then().statusCode(403).body("code", equalTo("REGION_OUT_OF_REACH"));
        given().auth().oauth2(Tokens.shared().officer("350100")).get("/api/v1/regional-populations/440300/" + year)
                .then().statusCode(404).body("code", equalTo("POPULATION_NOT_FOUND"));
        put(Tokens.shared().officer("350100"), "350100", year, """
                {"residents":8470000,"source":"福州市统计公报"}""").then().statusCode(201);
        given().auth().oauth2(Tokens.shared().officer("350100")).get("/api/v1/regional-populations?year=" + year)
                .then().statusCode(200).body("total", equalTo(1)).body("items.region", everyItem(startsWith("3501")));
        given().auth().oauth2(Tokens.shared().admin()).get("/api/v1/regional-populations?region=44&year=" + year)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].residents", equalTo(17790000));
        given().auth().oauth2(Tokens.shared().admin()).accept("text/csv").get("/api/v1/regional-populations?year=" + year)
                .then().statusCode(200).body(containsString("常住人口（人）")).body(containsString("17790000"));
    }

    @Test
    void shouldRefuseBadInputRolesAndScopes() {
        int year = aYear();
        put(Tokens.shared().admin(), "3501", year, "{\"residents\":1,\"source\":\"x\"}").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        put(Tokens.shared().admin(), "350100", year, "{\"residents\":0,\"source\":\" \"}").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        put(Tokens.shared().applicant("91350100M000100Y43"), "350100", year, "{\"residents\":1,\"source\":\"x\"}")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        put(Tokens.shared().integration("stats", List.of("ip:read")), "350100", year,
                "{\"residents\":1,\"source\":\"x\"}").then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        given().auth().oauth2(Tokens.shared().integration("stats", List.of("ip:read")))
                .get("/api/v1/regional-populations").then().statusCode(200);
    }

    private static int aYear() {
        return ThreadLocalRandom.current().nextInt(2000, 2100);
    }

    private static Response put(String token, String region, int year, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .put("/api/v1/regional-populations/" + region + "/" + year);
    }
}
