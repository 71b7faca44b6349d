package org.keji.project.call;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.keji.project.call.Calls.aCall;
import static org.keji.project.call.Calls.aCode;
import static org.keji.project.call.Calls.anOpenCall;
import static org.keji.project.call.Calls.create;
import static org.keji.project.call.Calls.created;
import static org.keji.project.call.Calls.now;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class CallResourceTest {

    @Inject
    AgroalDataSource dataSource;

    private final Tokens tokens = Tokens.shared();

    @Test
    void shouldCreateAndReadACallWithItsDerivedStatusAndRemainingBudget() {
        String code = aCode();
        OffsetDateTime now = now();
        Response response = create(tokens.officer(),
                aCall(code, now.minusDays(1), now.plusDays(10), "\"requiredCertifications\":[\"HNTE\"],"
                        + "\"eligibleRegions\":[\"3501\"],\"minRegistrationMonths\":12,\"refuseViolations\":true,"));
        response.then().statusCode(201).header("Location", startsWith("/api/v1/calls/"))
                .body("code", equalTo(code)).body("status", equalTo("OPEN"))
                .body("totalBudget", equalTo("50000000.00")).body("approvedAmount", equalTo("0.00"))
                .body("remainingBudget", equalTo("50000000.00")).body("requiredCertifications", equalTo(List.of("HNTE")))
                .body("eligibleRegions", equalTo(List.of("3501"))).body("minRegistrationMonths", equalTo(12))
                .body("requiredMaterials[1].kind", equalTo("RD_PROJECT"))
                .body("requiredMaterials[1].mayBeMissingAtAcceptance", equalTo(true))
                .body("matterCode", equalTo("350117010000")).body("promisedWorkingDays", equalTo(20))
                .body("legalWorkingDays", equalTo(30)).body("version", equalTo(0));
        String id = response.path("id");
        for (String reader : List.of(tokens.applicant(Usccs.aUscc()), tokens.expert("expert-1"),
                tokens.officer("330100"), tokens.integration("gov-portal", List.of("project:read")))) {
            given().auth().oauth2(reader).get("/api/v1/calls/" + id).then().statusCode(200)
                    .header("ETag", equalTo("\"0\"")).body("title", containsString("福州市重点研发计划"));
        }
        given().auth().oauth2(tokens.admin()).get("/api/v1/calls/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("CALL_NOT_FOUND"));
    }

    @Test
    void shouldRefuseWritesOfRolesThatDoNotRunCallsAndReadsOfABank() {
        String body = anOpenCall(aCode());
        create(tokens.applicant(Usccs.aUscc()), body).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        create(tokens.expert("expert-1"), body).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        create(tokens.bank("bank-1"), body).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        create(tokens.integration("gov-portal", List.of("project:read")), body).then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        create(tokens.officer("330100"), body).then().statusCode(403).body("code", equalTo("REGION_OUT_OF_REACH"));
        given().contentType("application/json").body(body).post("/api/v1/calls").then().statusCode(401);
        String id = created(tokens.integration("gov-portal", List.of("project:write")), body);
        given().auth().oauth2(tokens.bank("bank-1")).get("/api/v1/calls/" + id).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(tokens.bank("bank-1")).get("/api/v1/calls").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(tokens.integration("gov-portal", List.of())).get("/api/v1/calls/" + id).then()
                .statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
    }

    @Test
    void shouldRefuseInconsistentTermsNamingEachField() {
        OffsetDateTime now = now();
        String body = aCall(aCode(), now.plusDays(10), now.plusDays(10), "")
                .replace("\"maxGrant\":\"2000000.00\"", "\"maxGrant\":\"60000000.00\"")
                .replace("\"legalWorkingDays\":30", "\"legalWorkingDays\":10");
        create(tokens.officer(), body).then().statusCode(400).body("code", equalTo("CALL_INVALID"))
                .body("violations.field", hasItems("closesAt", "maxGrant", "legalWorkingDays"));
        String fields = aCall(aCode(), now.plusDays(1), now.plusDays(10),
                "\"requiredCertifications\":[\"hnte!\"],\"eligibleRegions\":[\"350\"],")
                .replace("\"expertsPerApplication\":5", "\"expertsPerApplication\":2")
                .replace("\"kind\":\"AUDIT_REPORT\"", "\"kind\":\"SELFIE\"");
        create(tokens.officer(), fields).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItems("expertsPerApplication",
                        "requiredCertifications.<list element>[0]", "eligibleRegions.<list element>[0]",
                        "requiredMaterials.kind[0]"));
        String twice = anOpenCall(aCode()).replace("\"kind\":\"RD_PROJECT\"", "\"kind\":\"AUDIT_REPORT\"");
        create(tokens.officer(), twice).then().statusCode(400).body("code", equalTo("CALL_INVALID"))
                .body("violations[0].field", equalTo("requiredMaterials.kind[1]"));
    }

    @Test
    void shouldRefuseAFractionWhereAWholeNumberIsExpectedNamingTheField() {
        OffsetDateTime now = now();
        String body = aCall(aCode(), now.plusDays(1), now.plusDays(10), "\"minRegistrationMonths\":12.5,")
                .replaceFirst("\"batch\":\\d+", "\"batch\":1.5")
                .replace("\"expertsPerApplication\":5", "\"expertsPerApplication\":5.0");
        // Jackson's default would store batch 1, 5 experts and 12 months: the client's mistake as another value
        create(tokens.officer(), body).then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"))
                .body("violations.field", hasItem("batch"));
        create(tokens.officer(), aCall(aCode(), now.plusDays(1), now.plusDays(10), "\"minRegistrationMonths\":12.5,"))
                .then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"))
                .body("violations.field", hasItem("minRegistrationMonths"));
    }

    @Test
    void shouldRefuseAWindowOutsideThePlanYearsNamingEachEnd() {
        OffsetDateTime now = now();
        create(tokens.officer(), aCall(aCode(), OffsetDateTime.parse("1999-12-31T23:00:00+08:00"),
                OffsetDateTime.parse("+99999-03-01T00:00:00+08:00"), "")).then().statusCode(400)
                .body("code", equalTo("CALL_INVALID")).body("violations.field", hasItems("opensAt", "closesAt"));
        create(tokens.officer(), aCall(aCode(), now.plusDays(1), OffsetDateTime.parse("2101-01-01T00:00:00+08:00"),
                "")).then().statusCode(400).body("code", equalTo("CALL_INVALID"))
                .body("violations[0].field", equalTo("closesAt"));
    }

    @Test
    void shouldAnswerTheWindowInTheBureausTimeZoneOnCreateAsOnRead() {
        OffsetDateTime opens = now().plusDays(3).withOffsetSameInstant(java.time.ZoneOffset.UTC);
        OffsetDateTime closes = opens.plusDays(20);
        Response response = create(tokens.officer(), aCall(aCode(), opens, closes, ""));
        response.then().statusCode(201).body("opensAt", endsWith("+08:00")).body("closesAt", endsWith("+08:00"));
        org.junit.jupiter.api.Assertions.assertTrue(opens.isEqual(OffsetDateTime.parse(response.path("opensAt"))));
        given().auth().oauth2(tokens.officer()).get("/api/v1/calls/" + response.path("id")).then().statusCode(200)
                .body("opensAt", equalTo(response.path("opensAt"))).body("closesAt", equalTo(response.path("closesAt")));
    }

    @Test
    void shouldRefuseATakenCodeAndATakenBatch() {
        String code = aCode();
        String body = anOpenCall(code);
        created(tokens.officer(), body);
        create(tokens.officer(), anOpenCall(code)).then().statusCode(409).body("code", equalTo("CALL_CODE_TAKEN"));
        create(tokens.officer(), body.replace(code, aCode())).then().statusCode(409)
                .body("code", equalTo("CALL_BATCH_TAKEN"));
    }

    @Test
    void shouldReplayACreateWithTheSameIdempotencyKey() {
        String key = UUID.randomUUID().toString();
        String body = anOpenCall(aCode());
        String first = given().auth().oauth2(tokens.officer()).contentType("application/json")
                .header("Idempotency-Key", key).body(body).post("/api/v1/calls").then().statusCode(201).extract()
                .path("id");
        String again = given().auth().oauth2(tokens.officer()).contentType("application/json")
                .header("Idempotency-Key", key).body(body).post("/api/v1/calls").then().statusCode(201).extract()
                .path("id");
        org.junit.jupiter.api.Assertions.assertEquals(first, again);
    }

    @Test
    void shouldChangeEveryTermBeforeTheCallOpensWithTheVersionReadAndRefuseStaleOnes() {
        OffsetDateTime now = now();
        String code = aCode();
        String body = aCall(code, now.plusDays(5), now.plusDays(20), "");
        String id = created(tokens.officer(), body);
        String changed = withVersion(body.replace("第", "（修订）第").replace("\"maxGrant\":\"2000000.00\"",
                "\"maxGrant\":\"1500000.00\""), 0);
        put(tokens.officer(), id, changed).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("maxGrant", equalTo("1500000.00")).body("title", containsString("（修订）"))
                .body("status", equalTo("UPCOMING")).body("version", equalTo(1));
        put(tokens.officer(), id, changed).then().statusCode(409).body("code", equalTo("VERSION_CONFLICT"));
        given().auth().oauth2(tokens.officer()).contentType("application/json").header("If-Match", "\"0\"")
                .body(body).put("/api/v1/calls/" + id).then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
        put(tokens.officer(), id, body).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("version"));
        put(tokens.officer(), id, withVersion(body.replace(code, aCode()), 1)).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("code"));
    }

    @Test
    void shouldHideACallOfAnotherRegionFromAnOfficersWritesAndRefuseOtherWriters() {
        String body = anOpenCall(aCode());
        String id = created(tokens.officer(), body);
        put(tokens.officer("330100"), id, withVersion(body, 0)).then().statusCode(404)
                .body("code", equalTo("CALL_NOT_FOUND"));
        put(tokens.applicant(Usccs.aUscc()), id, withVersion(body, 0)).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        put(tokens.bank("bank-1"), id, withVersion(body, 0)).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        put(tokens.integration("gov-portal", List.of("project:read")), id, withVersion(body, 0)).then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        put(tokens.officer(), id, withVersion(body.replace("\"region\":\"350100\"", "\"region\":\"330100\""), 0))
                .then().statusCode(403).body("code", equalTo("REGION_OUT_OF_REACH"));
        put(tokens.officer("350000"), id, withVersion(body, 0)).then().statusCode(200);
    }

    @Test
    void shouldOnlyExtendTheClosingTimeAndChangeTheBudgetOnceOpen() {
        OffsetDateTime now = now();
        OffsetDateTime closes = now.plusDays(10);
        String body = aCall(aCode(), now.minusDays(1), closes, "");
        String id = created(tokens.officer(), body);
        put(tokens.officer(), id, withVersion(body.replace("\"maxGrant\":\"2000000.00\"", "\"maxGrant\":\"100.00\"")
                .replace("\"expertsPerApplication\":5", "\"expertsPerApplication\":7"), 0)).then().statusCode(409)
                .body("code", equalTo("CALL_TERMS_FIXED")).body("detail", containsString("maxGrant, expertsPerApplication"));
        put(tokens.officer(), id, withVersion(body.replace(closes.toString(), closes.minusDays(1).toString()), 0))
                .then().statusCode(409).body("code", equalTo("CALL_TERMS_FIXED")).body("detail", containsString("closesAt"));
        String extended = body.replace(closes.toString(), closes.plusDays(7).toString())
                .replace("\"totalBudget\":\"50000000.00\"", "\"totalBudget\":\"60000000.00\"");
        put(tokens.officer(), id, withVersion(extended, 0)).then().statusCode(200).body("status", equalTo("OPEN"))
                .body("totalBudget", equalTo("60000000.00")).body("remainingBudget", equalTo("60000000.00"));
        String closesAt = given().auth().oauth2(tokens.officer()).get("/api/v1/calls/" + id).then().extract()
                .path("closesAt");
        org.junit.jupiter.api.Assertions.assertTrue(OffsetDateTime.parse(closesAt).isEqual(closes.plusDays(7)), closesAt);
    }

    @Test
    void shouldNeverLowerTheBudgetBelowTheGrantedAmountAndReopenNoClosedCall() throws SQLException {
        OffsetDateTime now = now();
        OffsetDateTime closes = now.minusDays(1);
        String body = aCall(aCode(), now.minusDays(30), closes, "");
        String id = created(tokens.officer(), body);
        grant(id, "12345678.91");
        given().auth().oauth2(tokens.officer()).get("/api/v1/calls/" + id).then().body("status", equalTo("CLOSED"))
                .body("approvedAmount", equalTo("12345678.91")).body("remainingBudget", equalTo("37654321.09"));
        put(tokens.officer(), id, withVersion(body.replace("\"totalBudget\":\"50000000.00\"",
                "\"totalBudget\":\"12345678.90\""), 0)).then().statusCode(409)
                .body("code", equalTo("CALL_BUDGET_BELOW_APPROVED")).body("detail", containsString("12345678.91"));
        put(tokens.officer(), id, withVersion(body.replace(closes.toString(), now.plusDays(3).toString()), 0)).then()
                .statusCode(409).body("code", equalTo("CALL_TERMS_FIXED"));
        put(tokens.officer(), id, withVersion(body.replace("\"totalBudget\":\"50000000.00\"",
                "\"totalBudget\":\"12345678.91\""), 0)).then().statusCode(200)
                .body("remainingBudget", equalTo("0.00"));
        // the budget changes show in the audit trail, refusals included
        List<String> history = given().auth().oauth2(tokens.admin()).queryParam("recordType", "calls")
                .queryParam("recordId", id).get("/api/v1/audit/project/records").then().statusCode(200).extract()
                .jsonPath().getList("items", java.util.Map.class).stream()
                .map(entry -> entry.get("operation") + " " + entry.get("status")).toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of("POST /api/v1/calls 201", "PUT /api/v1/calls/{id} 409",
                "PUT /api/v1/calls/{id} 409", "PUT /api/v1/calls/{id} 200"), history);
    }

    @Test
    void shouldSearchByFiltersStatusAndTextWithPagingAndExport() {
        OffsetDateTime now = now();
        String marker = "检索" + UUID.randomUUID().toString().substring(0, 6);
        String upcoming = created(tokens.officer(), aCall(aCode(), now.plusDays(3), now.plusDays(30), "")
                .replace("福州市重点研发计划", marker + "重点研发计划"));
        String open = created(tokens.officer(), aCall(aCode(), now.minusDays(3), now.plusDays(30), "")
                .replace("福州市重点研发计划", marker + "重点研发计划").replace("INDUSTRIAL_RD", "AGRICULTURAL"));
        String closed = created(tokens.officer(), aCall(aCode(), now.minusDays(30), now.minusDays(3), "")
                .replace("福州市重点研发计划", marker + "重点研发计划"));
        String applicant = tokens.applicant(Usccs.aUscc());
        given().auth().oauth2(applicant).queryParam("q", marker).get("/api/v1/calls").then().statusCode(200)
                .body("total", equalTo(3)).body("items.id", equalTo(List.of(upcoming, open, closed)));
        given().auth().oauth2(applicant).queryParam("q", marker).queryParam("status", "OPEN").get("/api/v1/calls")
                .then().body("items.id", equalTo(List.of(open))).body("items[0].status", equalTo("OPEN"));
        given().auth().oauth2(applicant).queryParam("q", marker).queryParam("status", "UPCOMING").get("/api/v1/calls")
                .then().body("items.id", equalTo(List.of(upcoming)));
        given().auth().oauth2(applicant).queryParam("q", marker).queryParam("status", "CLOSED").get("/api/v1/calls")
                .then().body("items.id", equalTo(List.of(closed)));
        given().auth().oauth2(applicant).queryParam("q", marker).queryParam("category", "AGRICULTURAL")
                .queryParam("level", "MUNICIPAL").queryParam("region", "3501").get("/api/v1/calls").then()
                .body("items.id", equalTo(List.of(open)));
        given().auth().oauth2(applicant).queryParam("q", marker).queryParam("region", "33").get("/api/v1/calls")
                .then().body("total", equalTo(0));
        given().auth().oauth2(applicant).queryParam("q", "%").queryParam("size", 100).get("/api/v1/calls").then()
                .statusCode(200).body("items.id", not(hasItem(open)));
        given().auth().oauth2(applicant).queryParam("q", marker).queryParam("size", 1).queryParam("page", 1)
                .queryParam("sort", "opensAt,asc").get("/api/v1/calls").then().body("items.id", equalTo(List.of(open)))
                .body("total", equalTo(3));
        given().auth().oauth2(applicant).queryParam("sort", "title").get("/api/v1/calls").then().statusCode(400)
                .body("code", equalTo("INVALID_SORT"));
        given().auth().oauth2(applicant).queryParam("region", "350").get("/api/v1/calls").then().statusCode(400);
        given().auth().oauth2(tokens.officer()).accept("text/csv").queryParam("q", marker).get("/api/v1/calls").then()
                .statusCode(200).body(containsString("指南编号")).body(containsString("剩余资金（元）"))
                .body(containsString(marker));
    }

    private static String withVersion(String body, long version) {
        return body.substring(0, body.lastIndexOf('}')) + ",\"version\":" + version + "}";
    }

    private static Response put(String token, String id, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).put("/api/v1/calls/" + id);
    }

    /** What the grants feature's conditional update does to the ledger. */
    private void grant(String id, String amount) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE project_call SET approved_amount = approved_amount + ?::numeric WHERE id = ?::uuid")) {
            update.setString(1, amount);
            update.setString(2, id);
            update.executeUpdate();
        }
    }
}
