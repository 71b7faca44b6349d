package org.keji.project.expert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keji.project.expert.ReviewFixtures.ASSIGNMENTS;
import static org.keji.project.expert.ReviewFixtures.aField;
import static org.keji.project.expert.ReviewFixtures.aSubject;
import static org.keji.project.expert.ReviewFixtures.anExpert;
import static org.keji.project.expert.ReviewFixtures.draw;
import static org.keji.project.expert.ReviewFixtures.review;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.project.application.ProjectApplication;
import org.keji.project.call.ProjectCall;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.OutboxRows;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ExpertRankingTest {

    @Inject
    ReviewFixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    private final Map<String, String> subjects = new HashMap<>();

    /** A pool of exactly three experts of a fresh field: every drawing takes all three. */
    private String poolOfThree() {
        String field = aField();
        for (int i = 0; i < 3; i++) {
            String subject = aSubject();
            subjects.put(anExpert(subject, Usccs.aUscc(), field).toString(), subject);
        }
        return field;
    }

    /** Draws the three experts for the application and has each score every criterion with its own score. */
    private void reviewed(ProjectApplication application, String... perExpert) {
        JsonPath drawn = draw(application.id(), null, null).then().statusCode(201).extract().jsonPath();
        for (int i = 0; i < perExpert.length; i++) {
            review(subjects.get(drawn.getString("experts[" + i + "].expertId")),
                    UUID.fromString(drawn.getString("experts[" + i + "].assignmentId")), perExpert[i].split(" "));
        }
    }

    @Test
    void shouldRankByTheExactAverageWithTheDocumentedTieBreakAndMoveEachApplication() {
        String field = poolOfThree();
        ProjectCall call = fixtures.call(3);
        OffsetDateTime early = OffsetDateTime.now().minusDays(3);
        ProjectApplication a = fixtures.inExpertReview(call, Usccs.aUscc(), field, List.of(), early);
        ProjectApplication b = fixtures.inExpertReview(call, Usccs.aUscc(), field, List.of(), early);
        ProjectApplication c = fixtures.inExpertReview(call, Usccs.aUscc(), field, List.of(), early.plusHours(1));
        ProjectApplication d = fixtures.inExpertReview(call, Usccs.aUscc(), field, List.of(), early);
        ProjectApplication e = fixtures.inExpertReview(call, Usccs.aUscc(), field, List.of(), early);

        reviewed(a, "85", "85", "85"); // 85.00, lowest 85
        reviewed(b, "90", "80", "85"); // 85.00, lowest 80: after a and c
        reviewed(c, "85", "85", "85"); // 85.00, lowest 85, submitted after a
        // each expert: 80×30 + 80.02×25 + 80×15 + 80×20 + 80×10 = 8000.50 → 80.0050; the average 80.005 rounds
        // half-up to 80.01 (as a double 80.005 is 80.00499999… and would round to 80.00)
        reviewed(d, "80 80.02 80 80 80", "80 80.02 80 80 80", "80 80.02 80 80 80");
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"callId\":\"" + call.id() + "\"}").post(ASSIGNMENTS + "/rankings").then().statusCode(409)
                .body("code", equalTo("EXPERT_RANKING_UNSCORED")).body("detail", containsString(e.trackingNumber()));
        // totals 80.0100, 80.0000, 80.0000: the average 80.00333… is 80.00
        reviewed(e, "80 80 80 80 80.1", "80", "80");

        JsonPath ranking = given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"callId\":\"" + call.id() + "\"}").post(ASSIGNMENTS + "/rankings").then().statusCode(200)
                .body("ranked", equalTo(5)).extract().jsonPath();
        assertEquals(List.of(a.trackingNumber(), c.trackingNumber(), b.trackingNumber(), d.trackingNumber(),
                e.trackingNumber()), ranking.getList("items.trackingNumber"));
        assertEquals(List.of("85.00", "85.00", "85.00", "80.01", "80.00"), ranking.getList("items.score"));
        assertEquals(List.of(1, 2, 3, 4, 5), ranking.getList("items.rank"));
        assertEquals(List.of("RANKED", "RANKED", "RANKED", "RANKED", "RANKED"), ranking.getList("items.status"));

        List<String> events = OutboxRows.payloads(dataSource, d.trackingNumber());
        assertTrue(events.stream().anyMatch(event -> event.contains("keji.project.status-changed.v1")
                && event.contains("\"status\": \"RANKED\"") && event.contains("\"previousStatus\": \"EXPERT_REVIEW\"")
                && event.contains("\"action\": \"rank\"")), events.toString());
        assertTrue(events.stream().anyMatch(event -> event.contains("keji.case.status-changed.v1")
                && event.contains("\"status\": \"RANKED\"")), events.toString());

        given().auth().oauth2(Tokens.shared().integration("gov", List.of("project:read")))
                .get(ASSIGNMENTS + "/rankings?callId=" + call.id() + "&size=2").then().statusCode(200)
                .body("total", equalTo(5)).body("items.trackingNumber", equalTo(List.of(a.trackingNumber(),
                        c.trackingNumber())))
                .body("items[0].score", equalTo("85.00"));
        String csv = given().auth().oauth2(Tokens.shared().officer()).accept("text/csv")
                .get(ASSIGNMENTS + "/rankings?callId=" + call.id()).then().statusCode(200).extract().asString();
        assertTrue(csv.contains("80.01") && csv.contains(e.trackingNumber()), csv);
        // ranked: nothing left in expert review
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"callId\":\"" + call.id() + "\"}").post(ASSIGNMENTS + "/rankings").then().statusCode(409)
                .body("code", equalTo("EXPERT_RANKING_EMPTY"));
        draw(a.id(), null, null).then().statusCode(409).body("code", equalTo("PROJECT_ILLEGAL_TRANSITION"));
    }

    @Test
    void shouldAverageExactlyWhereRoundingEachTotalFirstWouldDiffer() {
        String field = poolOfThree();
        ProjectCall call = fixtures.call(3);
        ProjectApplication application = fixtures.inExpertReview(call, Usccs.aUscc(), field, List.of(),
                OffsetDateTime.now());
        // totals 80.0050, 80.0050, 80.0000: each rounded first (80.01, 80.01, 80.00) averages to 80.01;
        // exactly the average is 80.00333… → 80.00
        reviewed(application, "80 80.02 80 80 80", "80 80.02 80 80 80", "80");

        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"callId\":\"" + call.id() + "\"}").post(ASSIGNMENTS + "/rankings").then().statusCode(200)
                .body("items[0].score", equalTo("80.00"));
        assertEquals(new BigDecimal("80.00"), fixtures.reviewScore(application.id()));
    }

    @Test
    void shouldHideTheScoreAndRankFromTheApplicantUntilThePublicity() {
        String field = poolOfThree();
        ProjectCall call = fixtures.call(3);
        ProjectApplication application = fixtures.inExpertReview(call, Usccs.aUscc(), field, List.of(),
                OffsetDateTime.now());
        reviewed(application, "90", "80", "85");
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"callId\":\"" + call.id() + "\"}").post(ASSIGNMENTS + "/rankings").then().statusCode(200);
        String path = "/api/v1/project-applications/" + application.id();
        String applicant = Tokens.shared().applicant(application.uscc());

        // ranked, not yet published: the bureau sees the score, the applicant neither score nor rank
        given().auth().oauth2(Tokens.shared().officer()).get(path).then().statusCode(200)
                .body("reviewScore", equalTo("85.00")).body("reviewRank", equalTo(1));
        given().auth().oauth2(applicant).get(path).then().statusCode(200).body("status", equalTo("RANKED"))
                .body("reviewScore", nullValue()).body("reviewRank", nullValue());
        given().auth().oauth2(applicant).get("/api/v1/project-applications").then().statusCode(200)
                .body("items.find { it.id == '" + application.id() + "' }.reviewScore", nullValue());
        // nor who the experts are or what they gave
        given().auth().oauth2(applicant).get(ASSIGNMENTS + "?applicationId=" + application.id()).then()
                .statusCode(403);

        given().auth().oauth2(Tokens.shared().officer()).post(path + "/start-publicity").then().statusCode(200);
        given().auth().oauth2(applicant).get(path).then().statusCode(200).body("status", equalTo("PUBLICITY"))
                .body("reviewScore", equalTo("85.00")).body("reviewRank", equalTo(1));
    }

    @Test
    void shouldRankACallOnceOnlyAfterItsWindowHasClosedAndItsFormalReviewEnded() {
        String field = poolOfThree();
        // the window still open: an application arriving later would be ranked 1 again by a second ranking
        ProjectCall open = fixtures.call(3, OffsetDateTime.now().plusDays(2));
        reviewed(fixtures.inExpertReview(open, Usccs.aUscc(), field, List.of(), OffsetDateTime.now()), "85", "85",
                "85");
        rank(open).then().statusCode(409).body("code", equalTo("EXPERT_RANKING_WINDOW_OPEN"))
                .body("detail", containsString(open.code()));

        // closed, but one application still awaits formal review: it could still join expert review
        String other = poolOfThree();
        ProjectCall closed = fixtures.call(3);
        ProjectApplication reviewed = fixtures.inExpertReview(closed, Usccs.aUscc(), other, List.of(),
                OffsetDateTime.now().minusDays(3));
        reviewed(reviewed, "80", "80", "80");
        ProjectApplication pending = fixtures.submitted(closed, Usccs.aUscc(), other, OffsetDateTime.now().minusDays(2));
        rank(closed).then().statusCode(409).body("code", equalTo("EXPERT_RANKING_PENDING"))
                .body("detail", containsString(pending.trackingNumber()));
        assertNull(fixtures.reviewScore(reviewed.id()));

        fixtures.withdraw(pending.id());
        rank(closed).then().statusCode(200).body("ranked", equalTo(1)).body("items[0].rank", equalTo(1));
    }

    private Response rank(ProjectCall call) {
        return given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"callId\":\"" + call.id() + "\"}").post(ASSIGNMENTS + "/rankings");
    }

    @Test
    void shouldKeepRankingToOfficersOfTheCallsRegion() {
        ProjectCall call = fixtures.call(3);
        String body = "{\"callId\":\"" + call.id() + "\"}";
        given().auth().oauth2(Tokens.shared().officer("330100")).contentType("application/json").body(body)
                .post(ASSIGNMENTS + "/rankings").then().statusCode(404).body("code", equalTo("EXPERT_CALL_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().expert(aSubject())).contentType("application/json").body(body)
                .post(ASSIGNMENTS + "/rankings").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json").body("{}")
                .post(ASSIGNMENTS + "/rankings").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json").body(body)
                .post(ASSIGNMENTS + "/rankings").then().statusCode(409).body("code", equalTo("EXPERT_RANKING_EMPTY"));
    }
}
