package org.keji.enterprise.application;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.keji.enterprise.application.Applications.act;
import static org.keji.enterprise.application.Applications.get;
import static org.keji.enterprise.application.Applications.review;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The decision on an application follows the rules (高新技术企业认定管理办法 第十一条, 第十五条): an assessment that fails a
 * condition is neither published nor certified, an upheld objection stops the certificate, and the certificate's
 * validity starts on the decision, not in the past.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ApplicationDecisionRulesTest {

    @Inject
    MutableClock clock;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldNotPublishOrCertifyAnApplicationWhoseInnovationScoreIs70() throws SQLException {
        String id = Applications.anHnteApplicationInExpertReview("七十分有限公司");
        act(Tokens.shared().officer(), id, "assign-experts", "{\"expertIds\":[\"expert-70\"]}").then().statusCode(200);
        // 22 + 20 + 14 expert points + 14 computed growth points = 70, not above 70 (第十一条（七）)
        act(Tokens.shared().expert("expert-70"), id, "expert-reviews", review(22, 20, 14)).then().statusCode(200);
        get(Tokens.shared().officer(), id).then().statusCode(200).body("assessment.verdict", equalTo("NOT_ELIGIBLE"))
                .body("assessment.conditions.find { it.code == 'INNOVATION_SCORE' }.points", equalTo(70));

        act(Tokens.shared().officer(), id, "start-publicity", "{}").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("APPLICATION_NOT_ELIGIBLE"))
                .body("detail", containsString("INNOVATION_SCORE 企业创新能力评价70分以上 [70/100, ≥ 71]"))
                .body("detail", not(containsString("RD_STAFF_RATIO")));
        get(Tokens.shared().officer(), id).then().body("status", equalTo("EXPERT_REVIEW"));

        // a case that reached publicity before the rule held (or by any other way) is not certified either
        LocalDate today = LocalDate.now(clock);
        forcePublicity(id, today.minusDays(20), today.minusDays(1));
        act(Tokens.shared().officer(), id, "certify", certify(id, null)).then().statusCode(422)
                .body("code", equalTo("APPLICATION_NOT_ELIGIBLE")).body("detail", containsString("INNOVATION_SCORE"));
        get(Tokens.shared().officer(), id).then().body("status", equalTo("PUBLICITY"))
                .body("certificationId", equalTo(null));
        act(Tokens.shared().officer(), id, "refuse", "{\"reason\":\"创新能力评价未达70分以上\"}").then().statusCode(200)
                .body("status", equalTo("REFUSED"));
    }

    @Test
    void shouldNotCertifyWhenAnObjectionWasUpheld() {
        String id = anApplicationInPublicity("异议成立有限公司", "expert-u");
        String objection = act(Tokens.shared().integration("petition"), id, "objections",
                "{\"content\":\"举报高新技术产品收入数据不实\"}").then().statusCode(200).extract().path("objections[0].id");
        act(Tokens.shared().officer(), id, "resolve-objection",
                "{\"objectionId\":\"" + objection + "\",\"upheld\":true,\"resolution\":\"经核查举报属实\"}").then()
                .statusCode(200).body("objections[0].upheld", equalTo(true));

        travelPastPublicity(id);
        act(Tokens.shared().officer(), id, "certify", certify(id, null)).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("OBJECTION_UPHELD"));
        get(Tokens.shared().officer(), id).then().body("status", equalTo("PUBLICITY"))
                .body("certificationId", equalTo(null));
        act(Tokens.shared().officer(), id, "refuse", "{\"reason\":\"公示异议成立\"}").then().statusCode(200)
                .body("status", equalTo("REFUSED"));
    }

    @Test
    void shouldStartTheValidityOnTheDecisionNotInThePast() {
        String id = anApplicationInPublicity("追溯有效期有限公司", "expert-v");
        LocalDate decided = travelPastPublicity(id);

        act(Tokens.shared().officer(), id, "certify", certify(id, decided.minusYears(2))).then().statusCode(422)
                .body("code", equalTo("VALIDITY_STARTS_IN_PAST"));
        act(Tokens.shared().officer(), id, "certify", certify(id, decided.minusDays(1))).then().statusCode(422)
                .body("code", equalTo("VALIDITY_STARTS_IN_PAST"));
        String certification = act(Tokens.shared().officer(), id, "certify", certify(id, null)).then()
                .statusCode(200).body("status", equalTo("CERTIFIED")).extract().path("certificationId");
        // HNTE: three years from the decision (第十五条)
        io.restassured.RestAssured.given().auth().oauth2(Tokens.shared().officer())
                .get("/api/v1/certifications/" + certification).then().statusCode(200)
                .body("validFrom", equalTo(decided.toString()))
                .body("validTo", equalTo(decided.plusYears(3).minusDays(1).toString()));
    }

    private LocalDate travelPastPublicity(String id) {
        LocalDate decided = LocalDate.parse(get(Tokens.shared().officer(), id).then().extract().path("publicityTo"))
                .plusDays(1);
        clock.travelTo(decided);
        return decided;
    }

    private void forcePublicity(String id, LocalDate from, LocalDate to) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE certification_application SET status = 'PUBLICITY', publicity_from = ?, publicity_to = ? "
                                + "WHERE id = ?")) {
            update.setDate(1, Date.valueOf(from));
            update.setDate(2, Date.valueOf(to));
            update.setObject(3, UUID.fromString(id));
            update.executeUpdate();
        }
    }

    private static String certify(String id, LocalDate validFrom) {
        String from = validFrom == null ? "" : ",\"validFrom\":\"" + validFrom + "\"";
        return "{\"certificateNumber\":\"GR2026" + id.substring(0, 8) + "\"" + from + "}";
    }

    private static String anApplicationInPublicity(String name, String expert) {
        String id = Applications.anHnteApplicationInExpertReview(name);
        act(Tokens.shared().officer(), id, "assign-experts", "{\"expertIds\":[\"" + expert + "\"]}").then()
                .statusCode(200);
        act(Tokens.shared().expert(expert), id, "expert-reviews", review(25, 25, 15)).then().statusCode(200);
        act(Tokens.shared().officer(), id, "start-publicity", "{}").then().statusCode(200);
        return id;
    }
}
