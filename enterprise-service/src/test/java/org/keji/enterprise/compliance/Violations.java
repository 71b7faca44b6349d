package org.keji.enterprise.compliance;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;

import org.keji.testkit.Tokens;

/** Fixtures: violation records shared by other authorities, entered over HTTP as an integration source does. */
public final class Violations {

    private Violations() {
    }

    /** Records a violation of {@code kind} and {@code severity} that occurred on {@code occurredOn}. */
    public static void record(String uscc, String kind, String severity, LocalDate occurredOn) {
        given().auth().oauth2(Tokens.shared().integration("credit")).contentType("application/json").body("""
                {"kind":"%s","severity":"%s","occurredOn":"%s","authority":"福州市市场监督管理局",\
                "description":"处罚决定书榕市监罚〔%d〕7号"}""".formatted(kind, severity, occurredOn, occurredOn.getYear()))
                .post("/api/v1/enterprises/" + uscc + "/violations").then().statusCode(201);
    }
}
