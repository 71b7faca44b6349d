package org.keji.enterprise.application;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.keji.enterprise.application.Applications.act;
import static org.keji.enterprise.application.Applications.get;
import static org.keji.enterprise.application.Applications.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Refusals: illegal moves, roles, ownership, expert assignment, scores, publicity and objections. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ApplicationRulesTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldRefuseAnActionTheStateDoesNotAllow() {
        String uscc = Enterprises.aRegisteredEnterprise("非法操作有限公司");
        String id = Applications.aSubmittedApplication(Tokens.shared().applicant(uscc), uscc, "TECH_SME", 2026);

        act(Tokens.shared().officer(), id, "certify", "{\"certificateNumber\":\"X\"}").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("APPLICATION_ILLEGAL_TRANSITION"))
                .body("currentState", equalTo("SUBMITTED"))
                .body("allowedActions", equalTo(List.of("request-correction", "accept", "refuse", "withdraw")));
        act(Tokens.shared().applicant(uscc), id, "resubmit",
                "{\"materials\":" + Applications.materials("a", UUID.randomUUID().toString()) + "}")
                .then().statusCode(409).body("code", equalTo("APPLICATION_ILLEGAL_TRANSITION"));
        act(Tokens.shared().applicant(uscc), id, "withdraw", null).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        act(Tokens.shared().officer(), id, "accept", null).then().statusCode(409)
                .body("currentState", equalTo("WITHDRAWN")).body("allowedActions", equalTo(List.of()));
    }

    @Test
    void shouldKeepOneOpenApplicationPerTypeAndOnlyTheApplicantsOwn() {
        String uscc = Enterprises.aRegisteredEnterprise("重复申请有限公司");
        String id = Applications.aSubmittedApplication(Tokens.shared().applicant(uscc), uscc, "TECH_SME", 2026);
        Applications.submit(Tokens.shared().applicant(uscc), uscc, "TECH_SME", 2026).then().statusCode(409)
                .body("code", equalTo("APPLICATION_ALREADY_OPEN"));

        String other = Enterprises.aUscc();
        Applications.submit(Tokens.shared().applicant(other), uscc, "HNTE", 2026).then().statusCode(404)
                .body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        get(Tokens.shared().applicant(other), id).then().statusCode(404).body("code", equalTo("APPLICATION_NOT_FOUND"));
        act(Tokens.shared().applicant(other), id, "withdraw", null).then().statusCode(404)
                .body("code", equalTo("APPLICATION_NOT_FOUND"));
        act(Tokens.shared().applicant(uscc), id, "accept", null).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        Applications.submit(Tokens.shared().bank("icbc-fz"), uscc, "HNTE", 2026).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        Applications.submit(Tokens.shared().officer(), uscc, "NOPE", 2026).then().statusCode(422)
                .body("code", equalTo("CERTIFICATION_TYPE_UNKNOWN"));
    }

    @Test
    void shouldLetOnlyAssignedExpertsSeeAndReviewWithCompleteScores() {
        String id = Applications.anHnteApplicationInExpertReview("专家评审有限公司");
        act(Tokens.shared().officer(), id, "assign-experts", "{\"expertIds\":[\"expert-x\"]}").then().statusCode(200);

        get(Tokens.shared().expert("expert-y"), id).then().statusCode(404).body("code", equalTo("APPLICATION_NOT_FOUND"));
        act(Tokens.shared().expert("expert-y"), id, "expert-reviews", review(20, 20, 10)).then().statusCode(404)
                .body("code", equalTo("APPLICATION_NOT_FOUND"));
        act(Tokens.shared().expert("expert-x"), id, "expert-reviews",
                "{\"scores\":{\"IP\":31,\"GUESS\":1},\"opinion\":\"x\",\"recommended\":true}").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem("scores.IP")).body("violations.field", hasItem("scores.CONVERSION"))
                .body("violations.field", hasItem("scores.GUESS"));
        act(Tokens.shared().officer(), id, "start-publicity", "{}").then().statusCode(422)
                .body("code", equalTo("EXPERT_REVIEWS_INCOMPLETE"));
        act(Tokens.shared().expert("expert-x"), id, "expert-reviews", review(20, 20, 10)).then().statusCode(200)
                .body("reviews.size()", equalTo(1));
        act(Tokens.shared().expert("expert-x"), id, "expert-reviews", review(20, 20, 10)).then().statusCode(409)
                .body("code", equalTo("EXPERT_REVIEW_EXISTS"));
        get(Tokens.shared().expert("expert-x"), id).then().statusCode(200).body("experts", equalTo(null));
        io.restassured.RestAssured.given().auth().oauth2(Tokens.shared().expert("expert-x"))
                .get("/api/v1/certification-applications").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
    }

    @Test
    void shouldCertifyOnlyAfterPublicityWithEveryObjectionResolved() {
        String id = Applications.anHnteApplicationInExpertReview("公示异议有限公司");
        act(Tokens.shared().officer(), id, "assign-experts", "{\"expertIds\":[\"expert-z\"]}").then().statusCode(200);
        act(Tokens.shared().expert("expert-z"), id, "expert-reviews", review(25, 25, 15)).then().statusCode(200);
        String publicityTo = act(Tokens.shared().officer(), id, "start-publicity", "{}").then().statusCode(200)
                .extract().path("publicityTo");
        String objection = act(Tokens.shared().integration("petition"), id, "objections",
                "{\"content\":\"举报研发人员数据不实\"}").then().statusCode(200).extract().path("objections[0].id");
        act(Tokens.shared().applicant(Enterprises.aUscc()), id, "objections", "{\"content\":\"x\"}").then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));

        clock.travelTo(LocalDate.parse(publicityTo).plusDays(1));
        String certify = "{\"certificateNumber\":\"GR2026" + id.substring(0, 8) + "\"}";
        act(Tokens.shared().officer(), id, "certify", certify).then().statusCode(422)
                .body("code", equalTo("OBJECTIONS_OPEN"));
        String resolve = "{\"objectionId\":\"" + objection + "\",\"upheld\":false,\"resolution\":\"经核查数据属实\"}";
        act(Tokens.shared().officer(), id, "resolve-objection", resolve).then().statusCode(200)
                .body("objections[0].upheld", equalTo(false));
        act(Tokens.shared().officer(), id, "resolve-objection", resolve).then().statusCode(409)
                .body("code", equalTo("OBJECTION_ALREADY_RESOLVED"));
        act(Tokens.shared().officer(), id, "withdraw", null).then().statusCode(403);
        act(Tokens.shared().officer(), id, "certify", certify).then().statusCode(200)
                .body("status", equalTo("CERTIFIED"));
    }

    @Test
    void shouldRefuseWithAReasonTheApplicantSees() {
        String uscc = Enterprises.aRegisteredEnterprise("不予认定有限公司");
        String id = Applications.aSubmittedApplication(Tokens.shared().applicant(uscc), uscc, "TECH_SME", 2026);
        act(Tokens.shared().officer(), id, "refuse", "{\"reason\":\"科技人员占比不足\"}").then().statusCode(200)
                .body("status", equalTo("REFUSED"));
        get(Tokens.shared().applicant(uscc), id).then().body("refusalReason", equalTo("科技人员占比不足"))
                .body("decidedOn", equalTo(LocalDate.now(clock).toString()));
        act(Tokens.shared().officer(), id, "refuse", "{\"reason\":\"again\"}").then().statusCode(409)
                .body("code", equalTo("APPLICATION_ILLEGAL_TRANSITION"));
        act(Tokens.shared().officer(), id, "refuse", "{\"reason\":\" \"}").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void shouldFindACaseByItsTrackingNumber() {
        String uscc = Enterprises.aRegisteredEnterprise("办件查询有限公司");
        String tracking = Applications.submit(Tokens.shared().applicant(uscc), uscc, "TECH_SME", 2026).then()
                .statusCode(201).extract().path("trackingNumber");
        io.restassured.RestAssured.given().auth().oauth2(Tokens.shared().applicant(uscc))
                .queryParam("trackingNumber", tracking).get("/api/v1/certification-applications").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].uscc", equalTo(uscc));
        io.restassured.RestAssured.given().auth().oauth2(Tokens.shared().applicant(Enterprises.aUscc()))
                .queryParam("trackingNumber", tracking).get("/api/v1/certification-applications").then()
                .statusCode(200).body("total", equalTo(0));
        io.restassured.RestAssured.given().auth().oauth2(Tokens.shared().officer()).queryParam("status", "DONE")
                .get("/api/v1/certification-applications").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("status"));
    }
}
