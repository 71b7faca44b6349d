package org.keji.enterprise.application;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.enterprise.figures.YearlyFiguresFixtures;
import org.keji.enterprise.material.Materials;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.SampleDocuments;
import org.keji.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.restassured.response.Response;

/** Fixtures and steps of certification applications, over HTTP as callers use them. */
public final class Applications {

    private Applications() {
    }

    /**
     * Submits with one material, the R&D project description, uploaded to the enterprise's materials first (by an
     * admin, so that the submitting token's reach is what the submission tests); an enterprise not registered gets no
     * material, its submission fails on the enterprise.
     */
    public static Response submit(String token, String uscc, String type, int year) {
        Response upload = Materials.uploadForm(Tokens.shared().admin(), uscc, SampleDocuments.pdf(), "研发项目说明.pdf",
                "RD_PROJECT", null);
        String materials = upload.statusCode() == 201 ? materials("研发项目说明", upload.path("id")) : "[]";
        return submit(token, uscc, type, year, materials);
    }

    /** Submits with the given materials (a JSON array, see {@link #materials}). */
    public static Response submit(String token, String uscc, String type, int year, String materials) {
        return given().auth().oauth2(token).contentType("application/json").body("""
                {"uscc":"%s","certificationType":"%s","year":%d,"materials":%s}""".formatted(uscc, type, year,
                materials)).post("/api/v1/certification-applications");
    }

    /** A JSON array of one material reference. */
    public static String materials(String name, String materialId) {
        return "[{\"name\":\"%s\",\"materialId\":\"%s\"}]".formatted(name, materialId);
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

    /** An application and the enterprise it is for. */
    public record Submitted(String uscc, String id) {
    }

    /** A newly registered enterprise's TECH_SME application for 2026, submitted by the enterprise today. */
    public static Submitted aTechSmeApplication(String enterpriseName) {
        String uscc = Enterprises.aRegisteredEnterprise(enterpriseName);
        return new Submitted(uscc, aSubmittedApplication(Tokens.shared().applicant(uscc), uscc, "TECH_SME", 2026));
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

    /** The {@code keji.case.*} events of a case as written to the outbox, in order. */
    public static List<CloudEvent> caseEvents(AgroalDataSource dataSource, String trackingNumber) {
        List<CloudEvent> events = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT payload FROM outbox_event "
                        + "WHERE message_key = ? AND type LIKE 'keji.case.%' ORDER BY seq")) {
            query.setString(1, trackingNumber);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(EventJson.read(rows.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return events;
    }

    /** The types of the case events of a case, in order. */
    public static List<String> caseEventTypes(AgroalDataSource dataSource, String trackingNumber) {
        return caseEvents(dataSource, trackingNumber).stream().map(CloudEvent::type).toList();
    }
}
