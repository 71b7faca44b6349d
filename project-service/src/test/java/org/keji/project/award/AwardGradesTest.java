package org.keji.project.award;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.commons.material.MaterialReplica;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A year's grade table as data: replaced while unused, checked on the way in, and the nominations exported. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class AwardGradesTest {

    private static final int YEAR = 2082;

    @Inject
    MaterialReplica replica;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldReplaceAnUnusedYearsGradesAndWithdrawThoseNotListed() {
        // the grade table is the bureau's policy, not one region's: an officer reads it, an administrator publishes it
        String officer = Awards.officer("officer-chen");
        Awards.publish(officer, YEAR, Awards.grades("FIRST=1.00")).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        String chen = Tokens.shared().token("admin-chen", "admin", Map.of());
        Awards.publish(chen, YEAR, Awards.grades("THIRD=30000.00", "FIRST=150000.00/3", "SECOND=80000.00")).then()
                .statusCode(200).body("grade", equalTo(List.of("FIRST", "SECOND", "THIRD")))
                .body("[0].quota", equalTo(3)).body("[0].inUse", equalTo(false))
                .body("[0].publishedBy", equalTo("admin-chen"));

        Awards.publish(Tokens.shared().admin(), YEAR, Awards.grades("FIRST=160000.00", "SECOND=80000.00")).then()
                .statusCode(200).body("grade", equalTo(List.of("FIRST", "SECOND")))
                .body("[0].amount", equalTo("160000.00")).body("[0].quota", nullValue())
                .body("[0].publishedBy", equalTo("admin-1")).body("[1].publishedBy", equalTo("admin-chen"));
        given().auth().oauth2(officer).queryParam("year", YEAR).get(Awards.GRADES).then().statusCode(200)
                .body("total", equalTo(2)).body("items.amount", equalTo(List.of("160000.00", "80000.00")));
    }

    @Test
    void shouldRefuseATableWithAGradeTwiceOrNoAmount() {
        String admin = Tokens.shared().admin();
        Awards.publish(admin, YEAR + 1, Awards.grades("FIRST=100000.00", "FIRST=90000.00")).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("grades[1].grade"));
        Awards.publish(admin, YEAR + 1, Awards.grades("FIRST=0.00")).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("grades[0].amount"));
        Awards.publish(admin, YEAR + 1, Awards.grades("FIRST=100000.00/0")).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        Awards.publish(admin, 1999, Awards.grades("FIRST=100000.00")).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(admin).queryParam("year", YEAR + 1).get(Awards.GRADES).then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void shouldExportTheNominationsWithChineseHeadersAndNoClearIdNumbers() {
        Awards.published(2026, Awards.GRADES_2026);
        String uscc = Awards.anEnterprise(dataSource, "350102");
        Awards.aNomination(uscc, 2026, "THIRD", Awards.aReport(replica, uscc));

        given().auth().oauth2(Tokens.shared().applicant(uscc)).accept("text/csv").get(Awards.NOMINATIONS).then()
                .statusCode(200).body(containsString("办件编号")).body(containsString("成果名称"))
                .body(containsString(uscc)).body(not(containsString(Awards.ID_NUMBER)));
    }
}
