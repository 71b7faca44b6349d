package org.keji.project.award;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.keji.project.award.Awards.act;
import static org.keji.project.award.Awards.get;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.commons.material.MaterialReplica;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Who reaches awards: an applicant its own enterprise's nominations, an officer those of its region, integration with
 * the project scopes; everyone else 404 for a record out of reach and 403 for an operation outside the role or scope.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class AwardAccessTest {

    @Inject
    MaterialReplica replica;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldHideANominationFromAForeignApplicantAndAnOfficerOfAnotherRegion() {
        Awards.published(2026, Awards.GRADES_2026);
        String uscc = Awards.anEnterprise(dataSource, "350102");
        String id = Awards.aNomination(uscc, 2026, "SECOND", Awards.aReport(replica, uscc));
        String foreigner = Tokens.shared().applicant(Awards.anEnterprise(dataSource, "350102"));
        String xiamen = Tokens.shared().officer("350200");

        get(foreigner, id).then().statusCode(404).body("code", equalTo("AWARD_NOMINATION_NOT_FOUND"));
        act(foreigner, id, "withdraw", null).then().statusCode(404).body("code", equalTo("AWARD_NOMINATION_NOT_FOUND"));
        get(xiamen, id).then().statusCode(404).body("code", equalTo("AWARD_NOMINATION_NOT_FOUND"));
        act(xiamen, id, "review", null).then().statusCode(404).body("code", equalTo("AWARD_NOMINATION_NOT_FOUND"));
        given().auth().oauth2(foreigner).get(Awards.NOMINATIONS).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(foreigner).queryParam("uscc", uscc).get(Awards.NOMINATIONS).then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(xiamen).get(Awards.NOMINATIONS).then().statusCode(200).body("items.id", not(hasItem(id)));
        // within reach: the enterprise itself, an officer of its city, a province officer
        get(Tokens.shared().applicant(uscc), id).then().statusCode(200);
        get(Tokens.shared().officer("350100"), id).then().statusCode(200);
        given().auth().oauth2(Tokens.shared().officer("350000")).queryParam("uscc", uscc).get(Awards.NOMINATIONS)
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
    }

    @Test
    void shouldRefuseNominatingAnotherEnterpriseOrOneOutsideTheOfficersRegion() {
        Awards.published(2026, Awards.GRADES_2026);
        String uscc = Awards.anEnterprise(dataSource, "350102");
        UUID report = Awards.aReport(replica, uscc);
        String other = Tokens.shared().applicant(Awards.anEnterprise(dataSource, "350102"));

        Awards.nominate(other, Awards.body(uscc, 2026, "SECOND", report)).then().statusCode(404)
                .body("code", equalTo("ENTERPRISE_REPLICA_NOT_FOUND"));
        Awards.nominate(Tokens.shared().officer("350200"), Awards.body(uscc, 2026, "SECOND", report)).then()
                .statusCode(404).body("code", equalTo("ENTERPRISE_REPLICA_NOT_FOUND"));
        // on the enterprise's behalf: its city's officer and an integration client with project:write
        Awards.nominate(Tokens.shared().officer("350100"), Awards.body(uscc, 2026, "SECOND", report)).then()
                .statusCode(201).body("submittedBy", equalTo("officer-350100"));
        Awards.nominate(Tokens.shared().integration("zwfw", List.of("project:write")),
                Awards.body(uscc, 2026, "THIRD", report)).then().statusCode(201);
    }

    @Test
    void shouldRefuseExpertsBanksAndIntegrationWithoutTheScope() {
        Awards.published(2026, Awards.GRADES_2026);
        String uscc = Awards.anEnterprise(dataSource, "350102");
        UUID report = Awards.aReport(replica, uscc);
        String id = Awards.aNomination(uscc, 2026, "SECOND", report);
        String body = Awards.body(uscc, 2026, "SECOND", report);
        String expert = Tokens.shared().expert("expert-wang");
        String bank = Tokens.shared().bank("CIB");
        String reader = Tokens.shared().integration("tongji", List.of("project:read"));
        String none = Tokens.shared().integration("other", List.of("enterprise:read"));

        for (String token : List.of(expert, bank)) {
            Awards.nominate(token, body).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            get(token, id).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            given().auth().oauth2(token).get(Awards.NOMINATIONS).then().statusCode(403);
            given().auth().oauth2(token).get(Awards.TOTALS).then().statusCode(403);
        }
        given().auth().oauth2(bank).get(Awards.GRADES).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(expert).get(Awards.GRADES).then().statusCode(200);
        given().auth().oauth2(Tokens.shared().applicant(uscc)).queryParam("year", 2026).get(Awards.GRADES).then()
                .statusCode(200).body("items.grade", equalTo(List.of("SPECIAL", "FIRST", "SECOND", "THIRD")));
        // grades are published by the bureau only; money decisions by officers only
        Awards.publish(Tokens.shared().applicant(uscc), 2026, Awards.grades(Awards.GRADES_2026)).then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        act(Tokens.shared().applicant(uscc), id, "review", null).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        act(reader, id, "withdraw", null).then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        Awards.nominate(reader, body).then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        get(reader, id).then().statusCode(200);
        get(none, id).then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        given().auth().oauth2(none).get(Awards.TOTALS).then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
    }
}
