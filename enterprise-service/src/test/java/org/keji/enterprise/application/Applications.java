package org.keji.enterprise.application;

import static io.restassured.RestAssured.given;

import org.keji.enterprise.figures.YearlyFiguresFixtures;
import org.keji.testkit.Tokens;

import io.restassured.response.Response;

/** Fixtures and steps of certification applications, over HTTP as callers use them. */
public final class Applications {

    private Applications() {
    }

    public static Response submit(String token, String uscc, String type, int year) {
        return given().auth().oauth2(token).contentType("application/json").body("""
                {"uscc":"%s","certificationType":"%s","year":%d,
                 "materials":[{"name":"研发项目说明","reference":"doc-001"}]}""".formatted(uscc, type, year))
                .post("/api/v1/certification-applications");
    }

    /** Submits as the enterprise itself and returns the application id. */
    public static String aSubmittedApplication(String applicantToken, String uscc, String type, int year) {
        return submit(applicantToken, uscc, type, year).then().statusCode(201).extract().path("id");
    }

    /** An HNTE application of an enterprise with three years of figures, accepted by an officer. */
    public static String anHnteApplicationInExpertReview(String enterpriseName) {
        String uscc = YearlyFiguresFixtures.anEnterpriseWithThreeYearsOfFigures(enterpriseName);
        String id = aSubmittedApplication(Tokens.shared().applicant(uscc), uscc, "HNTE", 2026);
        act(Tokens.shared().officer(), id, "accept", null).then().statusCode(200);
        return id;
    }

    public static Response act(String token, String id, String action, String body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        return request.post("/api/v1/certification-applications/" + id + "/" + action);
    }

    public static Response get(String token, String id) {
        return given().auth().oauth2(token).get("/api/v1/certification-applications/" + id);
    }

    public static String review(int ip, int conversion, int management) {
        return """
                {"scores":{"IP":%d,"CONVERSION":%d,"RD_MANAGEMENT":%d},"opinion":"知识产权与主要产品关联紧密","recommended":true}"""
                .formatted(ip, conversion, management);
    }
}
