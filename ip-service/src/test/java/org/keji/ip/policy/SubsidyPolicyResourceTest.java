package org.keji.ip.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.keji.ip.policy.SubsidyPolicies.aCode;
import static org.keji.ip.policy.SubsidyPolicies.aGrantReward;
import static org.keji.ip.policy.SubsidyPolicies.create;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class SubsidyPolicyResourceTest {

    @Test
    void shouldKeepChineseTextAndAmountsExactly() {
        String code = aCode();
        Response created = create(Tokens.shared().officer("350100"), aGrantReward(code, "350100"));
        created.then().statusCode(201).body("code", equalTo(code)).body("name", equalTo("福州市2026年度发明专利授权奖励（测试）"))
                .body("amounts.INVENTION", equalTo("5000.00")).body("amounts.UTILITY_MODEL", equalTo("1000.50"))
                .body("amounts.DESIGN", nullValue()).body("capAmount", equalTo("200000.00"))
                .body("capCount", equalTo(50)).body("budget", equalTo("3000000.00")).body("status", equalTo("OPEN"))
                .body("matterCode", equalTo("330217009000")).body("version", equalTo(0))
                .body("createdBy", equalTo("officer-350100"));
        given().auth().oauth2(Tokens.shared().admin()).get(created.header("Location")).then().statusCode(200)
                .header("ETag", "\"0\"").body("name", equalTo("福州市2026年度发明专利授权奖励（测试）"))
                .body("amounts.PCT_INVENTION", equalTo("5000.00"));
    }

    @Test
    void shouldRefuseInconsistentTermsNamingEachField() {
        String body = """
                {"code":"%s","name":"奖励","year":2026,"region":"350100","kind":"GRANT_REWARD",
                 "amounts":{"INVENTION":"0.00"},"capAmount":"-5.00","eligibleStatus":"FILED",
                 "applicationFrom":"2026-03-01","applicationTo":"2026-02-28","matterCode":"330217009000",
                 "promisedWorkingDays":20,"legalWorkingDays":15}""".formatted(aCode());
        create(Tokens.shared().admin(), body).then().statusCode(400).body("code", equalTo("SUBSIDY_POLICY_INVALID"))
                .body("violations.field", containsInAnyOrder("amounts.INVENTION", "capAmount", "eligibleStatus",
                        "applicationTo", "legalWorkingDays"));
        // an unknown patent type as an amount's key, too many decimals, a bad region
        create(Tokens.shared().admin(), aGrantReward(aCode(), "350100").replace("\"UTILITY_MODEL\"", "\"TRADEMARK\""))
                .then().log().ifValidationFails().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"))
                .body("violations[0].field", startsWith("amounts"));
        create(Tokens.shared().admin(), aGrantReward(aCode(), "350100").replace("1000.50", "1000.505"))
                .then().log().ifValidationFails().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"))
                .body("violations[0].field", equalTo("amounts.UTILITY_MODEL"));
        create(Tokens.shared().admin(), aGrantReward(aCode(), "3501")).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("region"));
    }

    @Test
    void shouldRefuseATakenCode() {
        String code = aCode();
        create(Tokens.shared().admin(), aGrantReward(code, "350100")).then().statusCode(201);
        create(Tokens.shared().admin(), aGrantReward(code, "330100")).then().statusCode(409)
                .body("code", equalTo("SUBSIDY_POLICY_CODE_TAKEN"));
    }

    @Test
    void shouldReplayACreateWithTheSameIdempotencyKey() {
        String key = UUID.randomUUID().toString();
        String body = aGrantReward(aCode(), "350100");
        String first = given().auth().oauth2(Tokens.shared().admin()).contentType("application/json")
                .header("Idempotency-Key", key).body(body).post("/api/v1/patent-subsidy-policies").then()
                .statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.shared().admin()).contentType("application/json").header("Idempotency-Key", key)
                .body(body).post("/api/v1/patent-subsidy-policies").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
    }

    @Test
    void shouldKeepPoliciesWithinTheirRegion() {
        String shenzhen = create(Tokens.shared().officer("440300"), aGrantReward(aCode(), "440300")).then()
                .statusCode(201).extract().path("id");
        String fujian = create(Tokens.shared().officer("350000"), aGrantReward(aCode(), "350000")).then()
                .statusCode(201).extract().path("id");
        // an officer of another region does not see a region's policy
        given().auth().oauth2(Tokens.shared().officer("350100")).get("/api/v1/patent-subsidy-policies/" + shenzhen)
                .then().statusCode(404).body("code", equalTo("SUBSIDY_POLICY_NOT_FOUND"));
        // a city officer sees its province's policy, which applies to it, but cannot change it
        given().auth().oauth2(Tokens.shared().officer("350100")).get("/api/v1/patent-subsidy-policies/" + fujian)
                .then().statusCode(200);
        given().auth().oauth2(Tokens.shared().officer("350100")).post("/api/v1/patent-subsidy-policies/" + fujian + "/close")
                .then().statusCode(403).body("code", equalTo("REGION_OUT_OF_REACH"));
        // an officer creates only within its region
        create(Tokens.shared().officer("350100"), aGrantReward(aCode(), "440300")).then().statusCode(403)
                .body("code", equalTo("REGION_OUT_OF_REACH"));
        // lists are narrowed the same way
        given().auth().oauth2(Tokens.shared().officer("350100")).get("/api/v1/patent-subsidy-policies?size=100")
                .then().statusCode(200).body("items.id", hasItem(fujian)).body("items.id", not(hasItem(shenzhen)))
                .body("items.region", not(hasItem("440300")));
        // an applicant sees the policies applying to its enterprise's region (USCC digits 3–8)
        String fuzhouApplicant = Tokens.shared().applicant(Usccs.aUscc("350102"));
        given().auth().oauth2(fuzhouApplicant).get("/api/v1/patent-subsidy-policies/" + fujian).then().statusCode(200);
        given().auth().oauth2(fuzhouApplicant).get("/api/v1/patent-subsidy-policies/" + shenzhen).then().statusCode(404)
                .body("code", equalTo("SUBSIDY_POLICY_NOT_FOUND"));
        given().auth().oauth2(fuzhouApplicant).get("/api/v1/patent-subsidy-policies?size=100").then().statusCode(200)
                .body("items.id", hasItem(fujian)).body("items.id", not(hasItem(shenzhen)));
        // a national policy applies to everyone
        String national = create(Tokens.shared().admin(), aGrantReward(aCode(), "000000")).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(fuzhouApplicant).get("/api/v1/patent-subsidy-policies/" + national).then().statusCode(200);
        given().auth().oauth2(Tokens.shared().officer("440300")).get("/api/v1/patent-subsidy-policies/" + national)
                .then().statusCode(200);
        given().auth().oauth2(Tokens.shared().admin()).get("/api/v1/patent-subsidy-policies?region=44&size=100").then()
                .statusCode(200).body("items.id", hasItem(shenzhen)).body("items.id", not(hasItem(fujian)));
        given().auth().oauth2(Tokens.shared().admin()).get("/api/v1/patent-subsidy-policies?appliesTo=350102&size=100")
                .then().statusCode(200).body("items.id", hasItem(fujian)).body("items.id", not(hasItem(shenzhen)));
    }

    @Test
    void shouldRefuseRolesAndScopesThatMayNotWrite() {
        String body = aGrantReward(aCode(), "350100");
        create(Tokens.shared().applicant(Usccs.aUscc()), body).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        create(Tokens.shared().expert("e-1"), body).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        create(Tokens.shared().integration("province", List.of("ip:read")), body).then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        create(Tokens.shared().integration("province", List.of("ip:read", "ip:write")), body).then().statusCode(201);
        given().auth().oauth2(Tokens.shared().bank("B1")).get("/api/v1/patent-subsidy-policies").then().statusCode(403);
    }

    @Test
    void shouldReplaceTermsWithTheirVersionUntilClosed() {
        String code = aCode();
        String id = create(Tokens.shared().officer("350100"), aGrantReward(code, "350100")).then().statusCode(201)
                .extract().path("id");
        String changed = aGrantReward(code, "350102").replace("5000.00", "6000.00");
        changed = changed.substring(0, changed.lastIndexOf('}')) + ",\"version\":0}";
        given().auth().oauth2(Tokens.shared().officer("350100")).contentType("application/json").body(changed)
                .put("/api/v1/patent-subsidy-policies/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("amounts.INVENTION", equalTo("6000.00")).body("region", equalTo("350102"))
                .body("version", equalTo(1));
        // stale version, stale If-Match, no version at all, a changed code
        given().auth().oauth2(Tokens.shared().officer("350100")).contentType("application/json").body(changed)
                .put("/api/v1/patent-subsidy-policies/" + id).then().statusCode(409).body("code", equalTo("VERSION_CONFLICT"));
        given().auth().oauth2(Tokens.shared().officer("350100")).contentType("application/json").header("If-Match", "\"0\"")
                .body(aGrantReward(code, "350100")).put("/api/v1/patent-subsidy-policies/" + id).then().statusCode(412)
                .body("code", equalTo("PRECONDITION_FAILED"));
        given().auth().oauth2(Tokens.shared().officer("350100")).contentType("application/json")
                .body(aGrantReward(code, "350100")).put("/api/v1/patent-subsidy-policies/" + id).then().statusCode(400)
                .body("violations[0].field", equalTo("version"));
        given().auth().oauth2(Tokens.shared().officer("350100")).contentType("application/json").header("If-Match", "\"1\"")
                .body(aGrantReward(aCode(), "350100")).put("/api/v1/patent-subsidy-policies/" + id).then().statusCode(400)
                .body("violations[0].field", equalTo("code"));
        // moving it out of the officer's region
        given().auth().oauth2(Tokens.shared().officer("350100")).contentType("application/json").header("If-Match", "\"1\"")
                .body(aGrantReward(code, "440300")).put("/api/v1/patent-subsidy-policies/" + id).then().statusCode(403)
                .body("code", equalTo("REGION_OUT_OF_REACH"));

        given().auth().oauth2(Tokens.shared().officer("350100")).post("/api/v1/patent-subsidy-policies/" + id + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("closedAt", not(nullValue()));
        given().auth().oauth2(Tokens.shared().officer("350100")).post("/api/v1/patent-subsidy-policies/" + id + "/close")
                .then().statusCode(409).body("code", equalTo("SUBSIDY_POLICY_CLOSED"))
                .body("currentState", equalTo("CLOSED"));
        given().auth().oauth2(Tokens.shared().officer("350100")).contentType("application/json").header("If-Match", "\"2\"")
                .body(aGrantReward(code, "350100")).put("/api/v1/patent-subsidy-policies/" + id).then().statusCode(409)
                .body("code", equalTo("SUBSIDY_POLICY_CLOSED"));
        given().auth().oauth2(Tokens.shared().admin()).get("/api/v1/patent-subsidy-policies?status=CLOSED&size=100")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void shouldExportPoliciesWithChineseHeaders() {
        create(Tokens.shared().admin(), aGrantReward(aCode(), "350100")).then().statusCode(201);
        given().auth().oauth2(Tokens.shared().admin()).accept("text/csv").get("/api/v1/patent-subsidy-policies?year=2026")
                .then().statusCode(200).body(containsString("政策名称")).body(containsString("资助标准"))
                .body(containsString("5000.00"));
    }
}
