package org.keji.project.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keji.project.statistics.FundedProjects.aProvince;
import static org.keji.project.statistics.FundedProjects.call;
import static org.keji.project.statistics.FundedProjects.column;
import static org.keji.project.statistics.FundedProjects.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.OutboxRows;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class EvaluationTest {

    private static final String BASE = "/api/v1/project-evaluations";

    @Inject
    DataSource dataSource;

    private record Project(UUID id, String uscc, String region) {
    }

    private Project aProject(String status) {
        String region = aProvince() + "0100";
        String uscc = Usccs.aUscc(region);
        UUID call = call(dataSource, 2092, 1, "MUNICIPAL", "INDUSTRIAL_RD");
        return new Project(project(dataSource, uscc, call, region, status), uscc, region);
    }

    private static Map<String, Object> report(int patents, int inventions, String profit) {
        return Map.ofEntries(Map.entry("salesRevenue", "1250000.00"), Map.entry("profit", profit),
                Map.entry("tax", "86000.00"), Map.entry("foreignExchangeUsd", "15000.00"), Map.entry("newJobs", 12),
                Map.entry("trainedTalents", 5), Map.entry("patentsApplied", patents),
                Map.entry("inventionPatentsApplied", inventions), Map.entry("newProducts", 2),
                Map.entry("highTechProducts", 1), Map.entry("awards", 1),
                Map.entry("receivedGovernmentFunds", "500000.00"), Map.entry("receivedSelfRaisedFunds", "780000.00"));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    private String create(String token, Project project) {
        return as(token).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("projectId", project.id(), "report", report(4, 2, "-32000.50"))).post(BASE).then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void shouldReportUpdateAndConfirmAnEvaluationMovingTheProjectToEvaluated() {
        Project project = aProject("PASSED_AFTER_RECTIFICATION");
        String applicant = Tokens.shared().applicant(project.uscc());
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("projectId", project.id(), "report", report(4, 2, "-32000.50"));
        String id = as(applicant).header("Idempotency-Key", key).body(body).post(BASE).then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("report.profit", equalTo("-32000.50"))
                .body("report.inventionPatentsApplied", equalTo(2)).body("version", equalTo(0)).extract().path("id");
        // a retry with the same key answers the same evaluation, no second one
        as(applicant).header("Idempotency-Key", key).body(body).post(BASE).then().statusCode(201)
                .body("id", equalTo(id));
        as(applicant).header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(BASE).then()
                .statusCode(409).body("code", equalTo("PROJECT_EVALUATION_EXISTS"));

        as(applicant).body(Map.of("report", report(5, 3, "10.00"), "version", 0)).put(BASE + "/" + id).then()
                .statusCode(200).body("report.patentsApplied", equalTo(5)).body("version", equalTo(1));
        as(applicant).body(Map.of("report", report(5, 3, "10.00"), "version", 0)).put(BASE + "/" + id).then()
                .statusCode(409).body("code", equalTo("VERSION_CONFLICT"));
        as(applicant).body(Map.of("report", report(5, 3, "10.00"))).put(BASE + "/" + id).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));

        String officer = Tokens.shared().officer(project.region());
        as(officer).body(Map.of("grade", "GOOD", "comment", "目标完成良好。", "version", 1)).post(BASE + "/" + id + "/confirm")
                .then().statusCode(200).body("status", equalTo("CONFIRMED")).body("grade", equalTo("GOOD"))
                .body("comment", equalTo("目标完成良好。"));
        assertEquals("EVALUATED", column(dataSource, project.id(), "status"));
        List<String> events = OutboxRows.payloads(dataSource, column(dataSource, project.id(), "tracking_number"));
        assertTrue(events.stream().anyMatch(e -> e.contains("keji.project.evaluated.v1") && e.contains("\"GOOD\"")),
                events.toString());
        assertTrue(events.stream().anyMatch(e -> e.contains("keji.project.status-changed.v1")
                && e.contains("\"EVALUATED\"") && e.contains("\"evaluate\"")), events.toString());

        // the audit trail holds every change of the report, the replayed creation and the refusals included
        assertEquals(List.of("POST /api/v1/project-evaluations 201", "POST /api/v1/project-evaluations 201",
                "PUT /api/v1/project-evaluations/{id} 200", "PUT /api/v1/project-evaluations/{id} 409",
                "PUT /api/v1/project-evaluations/{id} 400", "POST /api/v1/project-evaluations/{id}/confirm 200"),
                audited(id));

        // from now on the statistics count what it received: 500 000.00 + 780 000.00 of the planned 1 300 000.00
        given().auth().oauth2(officer).queryParam("region", project.region())
                .get("/api/v1/project-statistics/performance").then().statusCode(200)
                .body("rows[12].evaluatedProjects", equalTo(1))
                .body("rows[12].receivedTotalFunds", equalTo("1280000.00"))
                .body("rows[12].receivedRatioPercent", equalTo("98.46"));

        // confirmed: no change, no second confirmation
        as(applicant).body(Map.of("report", report(5, 3, "10.00"), "version", 2)).put(BASE + "/" + id).then()
                .statusCode(409).body("code", equalTo("PROJECT_EVALUATION_CONFIRMED"));
        as(officer).body(Map.of("grade", "FAIL")).post(BASE + "/" + id + "/confirm").then().statusCode(409)
                .body("code", equalTo("PROJECT_EVALUATION_CONFIRMED"));
        given().auth().oauth2(applicant).get(BASE + "/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("grade", equalTo("GOOD"));
    }

    private List<String> audited(String recordId) {
        List<String> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection
                        .prepareStatement("SELECT operation, status FROM audit_entry WHERE record_id = ? ORDER BY seq")) {
            query.setString(1, recordId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(rows.getString(1) + " " + rows.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    @Test
    void shouldRefuseMoreInventionPatentsThanPatents() {
        Project project = aProject("PASSED");
        as(Tokens.shared().applicant(project.uscc())).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("projectId", project.id(), "report", report(2, 3, "0.00"))).post(BASE).then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItem("report.inventionPatentsApplied"));
        as(Tokens.shared().applicant(project.uscc())).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("projectId", project.id(), "report", Map.of("salesRevenue", "1.00"))).post(BASE).then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void shouldRefuseNegativeAmountsAndMissingCountsNamingEachField() {
        Project project = aProject("PASSED");
        String applicant = Tokens.shared().applicant(project.uscc());
        Map<String, Object> negative = new HashMap<>(report(2, 1, "-5.00"));
        negative.put("salesRevenue", "-1.00");
        negative.put("tax", "-0.01");
        negative.put("foreignExchangeUsd", "-2.00");
        negative.put("receivedGovernmentFunds", "-3.00");
        negative.put("receivedSelfRaisedFunds", "-4.00");
        as(applicant).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("projectId", project.id(), "report", negative)).post(BASE).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", containsInAnyOrder("report.salesRevenue", "report.tax",
                        "report.foreignExchangeUsd", "report.receivedGovernmentFunds",
                        "report.receivedSelfRaisedFunds"));
        // a count sent as null or left out is missing, not zero
        Map<String, Object> missing = new HashMap<>(report(2, 1, "-5.00"));
        missing.put("newJobs", null);
        missing.remove("awards");
        as(applicant).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("projectId", project.id(), "report", missing)).post(BASE).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", containsInAnyOrder("report.newJobs", "report.awards"));
        String id = create(applicant, project);
        as(applicant).body(Map.of("report", negative, "version", 0)).put(BASE + "/" + id).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations.field", hasItem("report.tax"));
    }

    @Test
    void shouldNeverLetTheUndertakerReplaceAReportTheBureauEntered() {
        Project project = aProject("PASSED");
        String applicant = Tokens.shared().applicant(project.uscc());
        String officer = Tokens.shared().officer(project.region());
        // the undertaker's own report: the undertaker may replace it, until an officer corrects it
        String id = create(applicant, project);
        as(applicant).body(Map.of("report", report(3, 1, "1.00"), "version", 0)).put(BASE + "/" + id).then()
                .statusCode(200).body("verified", equalTo(false));
        as(officer).body(Map.of("report", report(3, 2, "1.00"), "version", 1)).put(BASE + "/" + id).then()
                .statusCode(200).body("verified", equalTo(true));
        as(applicant).body(Map.of("report", report(9, 9, "1.00"), "version", 2)).put(BASE + "/" + id).then()
                .statusCode(409).body("code", equalTo("PROJECT_EVALUATION_VERIFIED"));
        as(applicant).get(BASE + "/" + id).then().statusCode(200).body("report.patentsApplied", equalTo(3))
                .body("report.inventionPatentsApplied", equalTo(2));

        // reported by an officer from the start
        Project other = aProject("PASSED");
        String byOfficer = create(Tokens.shared().officer(other.region()), other);
        as(Tokens.shared().applicant(other.uscc())).body(Map.of("report", report(1, 0, "0.00"), "version", 0))
                .put(BASE + "/" + byOfficer).then().statusCode(409).body("code", equalTo("PROJECT_EVALUATION_VERIFIED"));
    }

    @Test
    void shouldRefuseAProjectWhoseAcceptanceIsNotDecided() {
        Project active = aProject("ACTIVE");
        as(Tokens.shared().applicant(active.uscc())).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("projectId", active.id(), "report", report(1, 1, "0.00"))).post(BASE).then()
                .statusCode(409).body("code", equalTo("PROJECT_ILLEGAL_TRANSITION"))
                .body("allowedActions", hasItem("request-acceptance"));
        // a FAILED project is evaluated too
        Project failed = aProject("FAILED");
        create(Tokens.shared().applicant(failed.uscc()), failed);
    }

    @Test
    void shouldHideOtherEnterprisesAndRegionsAndRefuseOtherRoles() {
        Project project = aProject("PASSED");
        String id = create(Tokens.shared().officer(project.region()), project);
        String stranger = Tokens.shared().applicant(Usccs.aUscc(project.region()));
        String otherOfficer = Tokens.shared().officer(aProvince() + "0100");
        as(stranger).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("projectId", project.id(), "report", report(1, 1, "0.00"))).post(BASE).then()
                .statusCode(404).body("code", equalTo("PROJECT_EVALUATION_PROJECT_NOT_FOUND"));
        for (String token : List.of(stranger, otherOfficer)) {
            given().auth().oauth2(token).get(BASE + "/" + id).then().statusCode(404)
                    .body("code", equalTo("PROJECT_EVALUATION_NOT_FOUND"));
            given().auth().oauth2(token).queryParam("projectId", project.id()).get(BASE).then().statusCode(200)
                    .body("total", equalTo(0));
        }
        as(otherOfficer).body(Map.of("grade", "PASS")).post(BASE + "/" + id + "/confirm").then().statusCode(404)
                .body("code", equalTo("PROJECT_EVALUATION_NOT_FOUND"));
        // the undertaker may not grade its own report; experts and banks see nothing of evaluations
        as(Tokens.shared().applicant(project.uscc())).body(Map.of("grade", "EXCELLENT"))
                .post(BASE + "/" + id + "/confirm").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        for (String token : List.of(Tokens.shared().expert("expert-1"), Tokens.shared().bank("bank-1"))) {
            given().auth().oauth2(token).get(BASE + "/" + id).then().statusCode(403)
                    .body("code", equalTo("FORBIDDEN"));
            given().auth().oauth2(token).get(BASE).then().statusCode(403);
        }
        as(Tokens.shared().integration("erp", List.of("project:read"))).header("Idempotency-Key", "k-" + id)
                .body(Map.of("projectId", project.id(), "report", report(1, 1, "0.00"))).post(BASE).then()
                .statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        given().auth().oauth2(Tokens.shared().integration("erp", List.of("project:read"))).get(BASE + "/" + id)
                .then().statusCode(200);
    }

    @Test
    void shouldListOwnEvaluationsAndExportThem() {
        Project project = aProject("PASSED");
        String applicant = Tokens.shared().applicant(project.uscc());
        String id = create(applicant, project);
        given().auth().oauth2(applicant).get(BASE).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
        given().auth().oauth2(Tokens.shared().officer(project.region())).queryParam("regionPrefix", project.region())
                .queryParam("status", "DRAFT").get(BASE).then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(applicant).accept("text/csv").get(BASE).then().statusCode(200)
                .body(containsString("成果与经费·销售收入（元）")).body(containsString("1250000.00"));
        given().auth().oauth2(applicant).queryParam("sort", "grade").get(BASE).then().statusCode(400)
                .body("code", equalTo("INVALID_SORT"));
    }
}
