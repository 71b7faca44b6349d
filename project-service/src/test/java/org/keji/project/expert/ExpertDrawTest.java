package org.keji.project.expert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keji.project.expert.ReviewFixtures.ASSIGNMENTS;
import static org.keji.project.expert.ReviewFixtures.aField;
import static org.keji.project.expert.ReviewFixtures.aSubject;
import static org.keji.project.expert.ReviewFixtures.anExpert;
import static org.keji.project.expert.ReviewFixtures.declare;
import static org.keji.project.expert.ReviewFixtures.draw;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.project.application.ProjectApplication;
import org.keji.project.call.ProjectCall;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ExpertDrawTest {

    @Inject
    ReviewFixtures fixtures;

    @Test
    void shouldExcludeExpertsOfTheApplicantsOrganisation() {
        String field = aField();
        String applicant = Usccs.aUscc();
        UUID colleague = anExpert(aSubject(), applicant, field);
        for (int i = 0; i < 3; i++) {
            anExpert(aSubject(), Usccs.aUscc(), field);
        }
        ProjectApplication application = fixtures.inExpertReview(fixtures.call(3), applicant, field, List.of(),
                OffsetDateTime.now());

        JsonPath drawn = draw(application.id(), null, null).then().statusCode(201).body("needed", equalTo(3))
                .body("poolSize", equalTo(4)).body("candidateCount", equalTo(3))
                .body("excluded.organisation", equalTo(1)).body("excluded.partner", equalTo(0))
                .body("excluded.conflict", equalTo(0)).body("experts.size()", equalTo(3))
                .body("experts.expertId", not(hasItem(colleague.toString()))).extract().jsonPath();
        given().auth().oauth2(Tokens.shared().officer()).get(ASSIGNMENTS + "/draws/" + drawn.getString("id")).then()
                .statusCode(200).body("seed", equalTo(drawn.getString("seed")))
                .body("experts.expertId", equalTo(drawn.getList("experts.expertId")));
    }

    @Test
    void shouldExcludeExpertsOfAPartnersOrganisation() {
        String field = aField();
        String partner = Usccs.aUscc();
        UUID partnersExpert = anExpert(aSubject(), partner, field);
        for (int i = 0; i < 3; i++) {
            anExpert(aSubject(), Usccs.aUscc(), field);
        }
        ProjectApplication application = fixtures.inExpertReview(fixtures.call(3), Usccs.aUscc(), field,
                List.of(partner), OffsetDateTime.now());

        draw(application.id(), null, null).then().statusCode(201).body("poolSize", equalTo(4))
                .body("candidateCount", equalTo(3)).body("excluded.organisation", equalTo(0))
                .body("excluded.partner", equalTo(1)).body("experts.expertId", not(hasItem(partnersExpert.toString())));
    }

    @Test
    void shouldExcludeAConflictDeclaredForTheEnterpriseAndReplaceTheExpert() {
        String field = aField();
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String subject = aSubject();
            subjects.add(subject);
            anExpert(subject, Usccs.aUscc(), field);
        }
        String applicant = Usccs.aUscc();
        ProjectCall call = fixtures.call(3);
        ProjectApplication application = fixtures.inExpertReview(call, applicant, field, List.of(),
                OffsetDateTime.now());
        JsonPath first = draw(application.id(), "42", null).then().statusCode(201).extract().jsonPath();
        UUID declinedAssignment = UUID.fromString(first.getString("experts[0].assignmentId"));
        String declinedExpert = first.getString("experts[0].expertId");
        String subject = subjectOf(declinedAssignment, subjects);

        declare(subject, declinedAssignment, true, "曾在申报单位任职").then().statusCode(200)
                .body("status", equalTo("DECLINED"));
        JsonPath replacement = draw(application.id(), "7", declinedAssignment).then().statusCode(201)
                .body("needed", equalTo(1)).body("poolSize", equalTo(5)).body("excluded.conflict", equalTo(1))
                .body("excluded.alreadyDrawn", equalTo(2)).body("candidateCount", equalTo(2))
                .body("replaces", equalTo(declinedAssignment.toString())).body("experts.size()", equalTo(1))
                .extract().jsonPath();
        assertFalse(first.getList("experts.expertId").contains(replacement.getString("experts[0].expertId")));
        given().auth().oauth2(Tokens.shared().officer()).get(ASSIGNMENTS + "/" + declinedAssignment).then()
                .statusCode(200).body("replacedBy", equalTo(replacement.getString("experts[0].assignmentId")));
        // a declined assignment is replaced once
        draw(application.id(), null, declinedAssignment).then().statusCode(409)
                .body("code", equalTo("EXPERT_ASSIGNMENT_ILLEGAL_TRANSITION"));

        // the conflict holds for every application of the enterprise
        ProjectApplication another = fixtures.inExpertReview(fixtures.call(3), applicant, field, List.of(),
                OffsetDateTime.now());
        draw(another.id(), null, null).then().statusCode(201).body("excluded.conflict", equalTo(1))
                .body("candidateCount", equalTo(4)).body("experts.expertId", not(hasItem(declinedExpert)));
    }

    @Test
    void shouldDrawTheSameExpertsFromTheSameSeedOverTheSamePool() {
        String field = aField();
        for (int i = 0; i < 9; i++) {
            anExpert(aSubject(), Usccs.aUscc(), field);
        }
        anExpert(aSubject(), Usccs.aUscc(), field, "UNAVAILABLE", LocalDate.now().plusDays(10).toString());
        ProjectCall call = fixtures.call(4);
        ProjectApplication one = fixtures.inExpertReview(call, Usccs.aUscc(), field, List.of(), OffsetDateTime.now());
        ProjectApplication two = fixtures.inExpertReview(call, Usccs.aUscc(), field, List.of(), OffsetDateTime.now());
        ProjectApplication three = fixtures.inExpertReview(call, Usccs.aUscc(), field, List.of(),
                OffsetDateTime.now());

        List<String> first = draw(one.id(), "-4962768465676381896", null).then().statusCode(201)
                .body("excluded.unavailable", equalTo(1)).body("candidateCount", equalTo(9))
                .body("seed", equalTo("-4962768465676381896")).extract().path("experts.expertId");
        List<String> again = draw(two.id(), "-4962768465676381896", null).then().statusCode(201).extract()
                .path("experts.expertId");
        assertEquals(first, again);
        assertEquals(4, first.size());
        // a random seed is recorded and drawn from as well
        String seed = draw(three.id(), null, null).then().statusCode(201).extract().path("seed");
        assertTrue(seed.matches("-?\\d{1,19}"));
    }

    @Test
    void shouldRefuseADrawingFromTooSmallAPool() {
        String field = aField();
        anExpert(aSubject(), Usccs.aUscc(), field);
        anExpert(aSubject(), Usccs.aUscc(), field);
        anExpert(aSubject(), Usccs.aUscc(), field, "UNAVAILABLE", null);
        ProjectApplication application = fixtures.inExpertReview(fixtures.call(3), Usccs.aUscc(), field, List.of(),
                OffsetDateTime.now());

        draw(application.id(), null, null).then().statusCode(422).body("code", equalTo("EXPERT_POOL_TOO_SMALL"));
        given().auth().oauth2(Tokens.shared().admin()).get(ASSIGNMENTS + "?applicationId=" + application.id()).then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldDrawOnceForAnApplicationInExpertReviewOnly() {
        String field = aField();
        for (int i = 0; i < 4; i++) {
            anExpert(aSubject(), Usccs.aUscc(), field);
        }
        ProjectApplication application = fixtures.inExpertReview(fixtures.call(3), Usccs.aUscc(), field, List.of(),
                OffsetDateTime.now());
        draw(application.id(), null, null).then().statusCode(201);
        draw(application.id(), null, null).then().statusCode(409).body("code", equalTo("EXPERT_ALREADY_DRAWN"));

        fixtures.withdraw(application.id());
        draw(application.id(), null, null).then().statusCode(409).body("code", equalTo("PROJECT_ILLEGAL_TRANSITION"))
                .body("allowedActions.size()", equalTo(0));
    }

    @Test
    void shouldKeepDrawingsToOfficersOfTheRegion() {
        String field = aField();
        for (int i = 0; i < 3; i++) {
            anExpert(aSubject(), Usccs.aUscc(), field);
        }
        ProjectApplication application = fixtures.inExpertReview(fixtures.call(3), Usccs.aUscc(), field, List.of(),
                OffsetDateTime.now());
        String body = """
                {"applicationId":"%s"}""".formatted(application.id());
        given().auth().oauth2(Tokens.shared().officer("330100")).contentType("application/json").body(body)
                .post(ASSIGNMENTS + "/draws").then().statusCode(404)
                .body("code", equalTo("EXPERT_APPLICATION_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().applicant(application.uscc())).contentType("application/json")
                .body(body).post(ASSIGNMENTS + "/draws").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.shared().integration("gov", List.of("project:read")))
                .contentType("application/json").body(body).post(ASSIGNMENTS + "/draws").then().statusCode(403);
        String id = draw(application.id(), null, null).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.shared().officer("330100")).get(ASSIGNMENTS + "/draws/" + id).then()
                .statusCode(404).body("code", equalTo("EXPERT_DRAW_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body("{\"applicationId\":\"" + application.id() + "\",\"seed\":\"9999999999999999999\"}")
                .post(ASSIGNMENTS + "/draws").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void shouldAssignOnceUnderConcurrentDrawingsForOneApplication() throws Exception {
        String field = aField();
        for (int i = 0; i < 8; i++) {
            anExpert(aSubject(), Usccs.aUscc(), field);
        }
        ProjectApplication application = fixtures.inExpertReview(fixtures.call(3), Usccs.aUscc(), field, List.of(),
                OffsetDateTime.now());
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                statuses.add(pool.submit(() -> draw(application.id(), null, null).statusCode()));
            }
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answers.add(status.get());
            }
            assertEquals(1, answers.stream().filter(status -> status == 201).count(), answers.toString());
            assertEquals(19, answers.stream().filter(status -> status == 409).count(), answers.toString());
        } finally {
            pool.shutdown();
        }
        given().auth().oauth2(Tokens.shared().admin()).get(ASSIGNMENTS + "?applicationId=" + application.id()).then()
                .statusCode(200).body("total", equalTo(3));
    }

    private static String subjectOf(UUID assignmentId, List<String> subjects) {
        for (String subject : subjects) {
            if (given().auth().oauth2(Tokens.shared().expert(subject)).get(ASSIGNMENTS + "/" + assignmentId)
                    .statusCode() == 200) {
                return subject;
            }
        }
        throw new AssertionError("no expert owns " + assignmentId);
    }
}
