package org.keji.project.expert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keji.project.expert.ReviewFixtures.EXPERTS;
import static org.keji.project.expert.ReviewFixtures.aField;
import static org.keji.project.expert.ReviewFixtures.aSubject;
import static org.keji.project.expert.ReviewFixtures.anExpert;
import static org.keji.project.expert.ReviewFixtures.expertJson;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ExpertPoolTest {

    @Test
    void shouldKeepThePoolWithMaskedPersonalDataForIntegrationClients() {
        String field = aField();
        String organisation = Usccs.aUscc();
        String subject = aSubject();
        UUID id = UUID.fromString(given().auth().oauth2(Tokens.shared().officer()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(expertJson(subject, organisation, field, "AVAILABLE", null, null)).post(EXPERTS).then()
                .statusCode(201).body("phone", equalTo("13805912345")).body("availableToday", equalTo(true))
                .extract().path("id"));
        given().auth().oauth2(Tokens.shared().integration("gov", List.of("project:read"))).get(EXPERTS + "/" + id)
                .then().statusCode(200).body("phone", equalTo("138****2345"))
                .body("idNumber", equalTo("350102********1234")).body("fields", equalTo(List.of(field)));
        given().auth().oauth2(Tokens.shared().officer()).contentType(ContentType.JSON)
                .body(expertJson(subject, Usccs.aUscc(), field, "AVAILABLE", null, null)).post(EXPERTS).then()
                .statusCode(409).body("code", equalTo("EXPERT_SUBJECT_TAKEN"));

        String until = LocalDate.now().plusDays(5).toString();
        given().auth().oauth2(Tokens.shared().admin()).contentType(ContentType.JSON)
                .body(expertJson(subject, organisation, field, "UNAVAILABLE", until, 0L)).put(EXPERTS + "/" + id)
                .then().statusCode(200).body("availableToday", equalTo(false)).body("version", equalTo(1))
                .body("unavailableUntil", equalTo(until));
        given().auth().oauth2(Tokens.shared().admin()).contentType(ContentType.JSON)
                .body(expertJson(subject, organisation, field, "AVAILABLE", null, 0L)).put(EXPERTS + "/" + id).then()
                .statusCode(409).body("code", equalTo("VERSION_CONFLICT"));

        anExpert(aSubject(), organisation, field);
        given().auth().oauth2(Tokens.shared().officer()).get(EXPERTS + "?field=" + field).then().statusCode(200)
                .body("total", equalTo(2));
        given().auth().oauth2(Tokens.shared().officer()).get(EXPERTS + "?field=" + field + "&available=false").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id.toString()));
        given().auth().oauth2(Tokens.shared().officer())
                .get(EXPERTS + "?field=" + field + "&available=true&organisation=" + organisation + "&regionPrefix=3501")
                .then().statusCode(200).body("total", equalTo(1));
        String csv = given().auth().oauth2(Tokens.shared().officer()).accept("text/csv")
                .get(EXPERTS + "?field=" + field).then().statusCode(200).extract().asString();
        assertTrue(csv.contains(subject), csv);
    }

    @Test
    void shouldRefuseBadExpertsForeignRegionsAndOtherRoles() {
        String field = aField();
        given().auth().oauth2(Tokens.shared().officer()).contentType(ContentType.JSON)
                .body(expertJson(aSubject(), Usccs.withWrongCheckCharacter(Usccs.aUscc()), field, "AVAILABLE",
                        "2026-12-31", null).replace("\"fields\":[\"" + field + "\"]", "\"fields\":[]"))
                .post(EXPERTS).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItems("fields", "organisationUscc"));
        // '+' and 20 digits: 21 characters, one more than the column holds (was a 500)
        given().auth().oauth2(Tokens.shared().officer()).contentType(ContentType.JSON)
                .body(expertJson(aSubject(), Usccs.aUscc(), field, "AVAILABLE", null, null)
                        .replace("13805912345", "+86138059123451234567"))
                .post(EXPERTS).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem("phone"));
        given().auth().oauth2(Tokens.shared().officer()).get(EXPERTS + "?available=maybe").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations.field", hasItem("available"));
        given().auth().oauth2(Tokens.shared().officer("330100")).contentType(ContentType.JSON)
                .body(expertJson(aSubject(), Usccs.aUscc(), field, "AVAILABLE", null, null)).post(EXPERTS).then()
                .statusCode(403).body("code", equalTo("REGION_OUT_OF_REACH"));
        UUID id = anExpert(aSubject(), Usccs.aUscc(), field);
        given().auth().oauth2(Tokens.shared().officer("330100")).get(EXPERTS + "/" + id).then().statusCode(404)
                .body("code", equalTo("EXPERT_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().officer("330100")).get(EXPERTS + "?field=" + field).then()
                .statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.shared().applicant(Usccs.aUscc())).get(EXPERTS).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.shared().expert(aSubject())).get(EXPERTS + "/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.shared().bank("B001")).get(EXPERTS).then().statusCode(403);
        given().auth().oauth2(Tokens.shared().integration("gov", List.of("project:read")))
                .contentType(ContentType.JSON).body(expertJson(aSubject(), Usccs.aUscc(), field, "AVAILABLE", null, null))
                .post(EXPERTS).then().statusCode(403);
    }
}
