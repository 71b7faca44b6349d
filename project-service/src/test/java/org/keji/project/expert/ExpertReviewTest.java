package org.keji.project.expert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keji.project.expert.ReviewFixtures.ASSIGNMENTS;
import static org.keji.project.expert.ReviewFixtures.aField;
import static org.keji.project.expert.ReviewFixtures.aSubject;
import static org.keji.project.expert.ReviewFixtures.anExpert;
import static org.keji.project.expert.ReviewFixtures.declare;
import static org.keji.project.expert.ReviewFixtures.draw;
import static org.keji.project.expert.ReviewFixtures.score;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.project.application.ProjectApplication;
import org.keji.project.replica.ReplicaReach;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ExpertReviewTest {

    @Inject
    ReviewFixtures fixtures;

    @Inject
    ReplicaReach reach;

    /** Three experts drawn for a fresh application: assignment id → the subject of its expert. */
    private Map<UUID, String> drawnApplication(ProjectApplication[] out) {
        String field = aField();
        Map<String, String> subjects = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            String subject = aSubject();
            subjects.put(anExpert(subject, Usccs.aUscc(), field).toString(), subject);
        }
        out[0] = fixtures.inExpertReview(fixtures.call(3), Usccs.aUscc(), field, List.of(), OffsetDateTime.now());
        JsonPath drawn = draw(out[0].id(), null, null).then().statusCode(201).extract().jsonPath();
        Map<UUID, String> assignments = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            assignments.put(UUID.fromString(drawn.getString("experts[" + i + "].assignmentId")),
                    subjects.get(drawn.getString("experts[" + i + "].expertId")));
        }
        return assignments;
    }

    @Test
    void shouldShowAnExpertOnlyItsOwnAssignments() {
        ProjectApplication[] application = new ProjectApplication[1];
        Map<UUID, String> assignments = drawnApplication(application);
        var entries = List.copyOf(assignments.entrySet());
        UUID mine = entries.get(0).getKey();
        String me = entries.get(0).getValue();
        UUID others = entries.get(1).getKey();

        given().auth().oauth2(Tokens.shared().expert(me)).get(ASSIGNMENTS).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(mine.toString()))
                .body("items[0].trackingNumber", equalTo(application[0].trackingNumber()));
        given().auth().oauth2(Tokens.shared().expert(me)).get(ASSIGNMENTS + "/" + mine).then().statusCode(200)
                .body("application.title", equalTo(application[0].title()))
                .body("application.field", equalTo(application[0].field())).body("call.category", equalTo("INDUSTRIAL_RD"))
                .body("criteria.weight", equalTo(List.of(30, 25, 15, 20, 10)))
                .body("allowedActions", equalTo(List.of("declaration"))).body("call.totalBudget", nullValue())
                .body("call.approvedAmount", nullValue());
        given().auth().oauth2(Tokens.shared().expert(me)).get(ASSIGNMENTS + "/" + others).then().statusCode(404)
                .body("code", equalTo("EXPERT_ASSIGNMENT_NOT_FOUND"));
        declare(me, others, false, null).then().statusCode(404).body("code", equalTo("EXPERT_ASSIGNMENT_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().applicant(application[0].uscc())).get(ASSIGNMENTS).then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.shared().bank("B001")).get(ASSIGNMENTS + "/" + mine).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.shared().officer()).get(ASSIGNMENTS + "?applicationId=" + application[0].id())
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.id", hasItems(mine.toString(), others.toString()));
        given().auth().oauth2(Tokens.shared().officer("330100")).get(ASSIGNMENTS + "/" + mine).then()
                .statusCode(404).body("code", equalTo("EXPERT_ASSIGNMENT_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().officer("330100"))
                .get(ASSIGNMENTS + "?applicationId=" + application[0].id()).then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(Tokens.shared().integration("gov", List.of())).get(ASSIGNMENTS).then().statusCode(403);
        given().auth().oauth2(Tokens.shared().officer()).accept("text/csv")
                .get(ASSIGNMENTS + "?applicationId=" + application[0].id()).then().statusCode(200);
    }

    @Test
    void shouldReachTheEnterpriseOnlyWhileAssignedAndNotDeclined() {
        ProjectApplication[] application = new ProjectApplication[1];
        Map<UUID, String> assignments = drawnApplication(application);
        var entry = assignments.entrySet().iterator().next();
        String uscc = application[0].uscc();

        assertTrue(reach.expertAssigned(entry.getValue(), uscc));
        assertFalse(reach.expertAssigned(aSubject(), uscc));
        assertFalse(reach.expertAssigned(entry.getValue(), Usccs.aUscc()));
        declare(entry.getValue(), entry.getKey(), true, "亲属在申报单位任职").then().statusCode(200);
        assertFalse(reach.expertAssigned(entry.getValue(), uscc));
    }

    @Test
    void shouldRefuseInvalidScoresNamingEachViolation() {
        ProjectApplication[] application = new ProjectApplication[1];
        var entry = drawnApplication(application).entrySet().iterator().next();
        UUID id = entry.getKey();
        String expert = entry.getValue();

        score(expert, id, "80").then().statusCode(409).body("code", equalTo("EXPERT_ASSIGNMENT_ILLEGAL_TRANSITION"))
                .body("allowedActions", equalTo(List.of("declaration")));
        declare(expert, id, true, null).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem("reason"));
        // a reason sent with no conflict is not kept as a conflict reason
        declare(expert, id, false, "无利害关系").then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("conflictReason", nullValue());
        declare(expert, id, false, null).then().statusCode(409)
                .body("code", equalTo("EXPERT_ASSIGNMENT_ILLEGAL_TRANSITION"));

        score(expert, id, "80", "101", "-1", "80.001", "80").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItems("scores.score[1]", "scores.score[2]", "scores.score[3]"));
        given().auth().oauth2(Tokens.shared().expert(expert)).contentType("application/json").body("""
                {"scores":[{"criterion":"INNOVATION","score":"80"},{"criterion":"INNOVATION","score":"70"},
                 {"criterion":"NOVELTY","score":"70"}]}""").post(ASSIGNMENTS + "/" + id + "/scores").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItems("scores[1].criterion", "scores[2].criterion", "scores"));

        score(expert, id, "80.5", "70.25", "90", "60.75", "100").then().statusCode(200)
                .body("status", equalTo("SCORED")).body("weightedTotal", equalTo("77.3625"));
        score(expert, id, "80").then().statusCode(409).body("code", equalTo("EXPERT_ASSIGNMENT_ILLEGAL_TRANSITION"));
    }

    @Test
    void shouldNotLetADeclinedExpertScore() {
        ProjectApplication[] application = new ProjectApplication[1];
        var entry = drawnApplication(application).entrySet().iterator().next();
        declare(entry.getValue(), entry.getKey(), true, "近三年与申报单位有合作").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("conflictReason", equalTo("近三年与申报单位有合作"));
        score(entry.getValue(), entry.getKey(), "80").then().statusCode(409)
                .body("code", equalTo("EXPERT_ASSIGNMENT_ILLEGAL_TRANSITION"));
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json").body("""
                {"scores":[{"criterion":"INNOVATION","score":"80"}]}""")
                .post(ASSIGNMENTS + "/" + entry.getKey() + "/scores").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
    }
}
