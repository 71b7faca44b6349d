package org.keji.project.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keji.project.application.Projects.act;
import static org.keji.project.application.Projects.get;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keji.commons.calendar.WorkingCalendars;
import org.keji.commons.calendar.WorkingDayCalendar;
import org.keji.commons.event.EventJson;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.OutboxRows;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * One application from draft to closed through the API of every feature that moves it (lifecycle, experts, grants,
 * evaluation), each step by the role DESIGN.md gives it and refused to the others, with its domain events, its case
 * events and its working-day deadlines; the money moves by a maker and a checker and appear in the audit trail.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ProjectScenarioTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Inject
    MutableClock clock;

    @Inject
    Projects projects;

    @Inject
    WorkingCalendars calendars;

    @Inject
    AgroalDataSource dataSource;

    /** Two officers of Fuzhou: every money move needs both. */
    final String officerA = Tokens.shared().token("officer-a", "officer", Map.of("region", "350100"));
    final String officerB = Tokens.shared().token("officer-b", "officer", Map.of("region", "350100"));
    final String otherRegion = Tokens.shared().officer("330100");

    @BeforeEach
    void pinClock() {
        clock.travelTo(TODAY);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldTakeOneApplicationFromDraftToClosedThroughEveryFeatureByTheRightRoles() {
        WorkingDayCalendar calendar = calendars.current();
        String uscc = Usccs.aUscc();
        projects.enterprise(uscc, "350102");
        String applicant = Tokens.shared().applicant(uscc);
        String stranger = Tokens.shared().applicant(Usccs.aUscc());
        UUID call = aCall();
        UUID report = projects.aMaterial(uscc, "AUDIT_REPORT");
        String field = "SCN" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();

        // draft and submission: the applicant's; the case opens with its promised and legal due dates
        String plan = Projects.plan("800000.00", List.of(report)).replace("NEW_ENERGY", field);
        JsonPath draft = Projects.create(applicant, Projects.body(call, null, plan)).then().statusCode(201)
                .body("status", equalTo("DRAFT")).extract().jsonPath();
        String id = draft.getString("id");
        String tracking = draft.getString("trackingNumber");
        act(officerA, id, "submit", null).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        act(stranger, id, "submit", null).then().statusCode(404);
        act(applicant, id, "submit", null).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("promisedDueOn", equalTo(calendar.addWorkingDays(TODAY, Projects.PROMISED).toString()))
                .body("legalDueOn", equalTo(calendar.addWorkingDays(TODAY, Projects.LEGAL).toString()));

        // formal review: the officer's; a correction pauses the clock for two working days
        act(applicant, id, "accept", "{}").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        act(otherRegion, id, "accept", "{}").then().statusCode(404);
        LocalDate pausedOn = calendar.addWorkingDays(TODAY, 1);
        clock.travelTo(pausedOn);
        act(officerA, id, "request-correction", "{\"missingKinds\":[\"BUSINESS_PLAN\"]}").then().statusCode(200)
                .body("status", equalTo("CORRECTION_REQUESTED")).body("paused", equalTo(true));
        LocalDate resumedOn = calendar.addWorkingDays(pausedOn, 2);
        clock.travelTo(resumedOn);
        UUID businessPlan = projects.aMaterial(uscc, "BUSINESS_PLAN");
        act(applicant, id, "resubmit", "{\"materials\":[\"" + report + "\",\"" + businessPlan + "\"]}").then()
                .statusCode(200).body("status", equalTo("SUBMITTED")).body("pausedWorkingDays", equalTo(2))
                .body("promisedDueOn", equalTo(calendar.addWorkingDays(TODAY, Projects.PROMISED + 2).toString()));
        act(officerA, id, "accept", "{}").then().statusCode(200).body("status", equalTo("EXPERT_REVIEW"));

        // expert review: three experts of the field drawn at random with a recorded seed, each sees only its own
        Map<String, String> subjectByExpert = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            String subject = "scenario-expert-" + UUID.randomUUID().toString().substring(0, 8);
            subjectByExpert.put(anExpert(subject, field), subject);
        }
        given().auth().oauth2(applicant).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID())
                .body("{\"applicationId\":\"" + id + "\"}").post("/api/v1/expert-assignments/draws").then()
                .statusCode(403);
        JsonPath drawn = given().auth().oauth2(officerA).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID()).body("{\"applicationId\":\"" + id + "\"}")
                .post("/api/v1/expert-assignments/draws").then().statusCode(201).body("experts.size()", equalTo(3))
                .extract().jsonPath();
        List<String> assignments = drawn.getList("experts.assignmentId");
        List<String> experts = drawn.getList("experts.expertId");
        String[] totals = { "90", "80", "85" };
        for (int i = 0; i < 3; i++) {
            String expert = Tokens.shared().expert(subjectByExpert.get(experts.get(i)));
            String other = assignments.get((i + 1) % 3);
            given().auth().oauth2(expert).get("/api/v1/expert-assignments/" + other).then().statusCode(404);
            given().auth().oauth2(expert).get(Projects.PATH).then().statusCode(403);
            given().auth().oauth2(expert).contentType(ContentType.JSON)
                    .body("{\"conflict\":false}").post("/api/v1/expert-assignments/" + assignments.get(i)
                            + "/declaration")
                    .then().statusCode(200);
            score(expert, assignments.get(i), totals[i]).then().statusCode(200);
        }
        // the call is ranked as a whole, once its window has closed
        given().auth().oauth2(officerA).contentType(ContentType.JSON).body("{\"callId\":\"" + call + "\"}")
                .post("/api/v1/expert-assignments/rankings").then().statusCode(409)
                .body("code", equalTo("EXPERT_RANKING_WINDOW_OPEN"));
        clock.travelTo(TODAY.plusDays(11));
        given().auth().oauth2(officerA).contentType(ContentType.JSON).body("{\"callId\":\"" + call + "\"}")
                .post("/api/v1/expert-assignments/rankings").then().statusCode(200);
        get(officerA, id).then().body("status", equalTo("RANKED")).body("reviewScore", equalTo("85.00"))
                .body("reviewRank", equalTo(1));

        // publicity for five working days, then the grant: proposed by one officer, confirmed by another
        act(officerA, id, "start-publicity", null).then().statusCode(200).body("status", equalTo("PUBLICITY"));
        String publicityTo = get(officerA, id).then().extract().path("publicityTo");
        grant(officerA, id, "600000.00").then().statusCode(422).body("code", equalTo("GRANT_PUBLICITY_NOT_ENDED"));
        LocalDate decidedOn = calendar.addWorkingDays(LocalDate.parse(publicityTo), 1);
        clock.travelTo(decidedOn);
        grant(applicant, id, "600000.00").then().statusCode(403);
        grant(officerA, id, "600000.00").then().statusCode(201);
        given().auth().oauth2(officerA).post("/api/v1/projects/" + id + "/grant/confirm").then().statusCode(409)
                .body("code", equalTo("MAKER_CHECKER_VIOLATION"));
        given().auth().oauth2(officerB).post("/api/v1/projects/" + id + "/grant/confirm").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("granted", equalTo("600000.00"));
        get(officerA, id).then().body("status", equalTo("APPROVED")).body("closedOn", equalTo(decidedOn.toString()))
                .body("overdue", equalTo(false));

        // the task contract, a tranche paid by a second officer, a mid-term rectification and the one extension
        act(applicant, id, "sign-contract", "{}").then().statusCode(403);
        act(officerA, id, "sign-contract", "{\"signedOn\":\"" + decidedOn + "\",\"contractEnd\":\"2028-06-30\"}")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        String tranche = post(officerA, "/api/v1/projects/" + id + "/tranches",
                "{\"amount\":\"360000.00\",\"purpose\":\"首期拨付\",\"plannedOn\":\"2026-09-15\"}").then()
                .statusCode(201).extract().path("id");
        String pay = "/api/v1/projects/" + id + "/tranches/" + tranche + "/pay";
        String voucher = "{\"paidOn\":\"" + decidedOn + "\",\"voucherNumber\":\"FZKJ-2026-09-0112\"}";
        post(officerA, pay, voucher).then().statusCode(409).body("code", equalTo("MAKER_CHECKER_VIOLATION"));
        post(officerB, pay, voucher).then().statusCode(200).body("status", equalTo("PAID"));
        given().auth().oauth2(stranger).get("/api/v1/projects/" + id).then().statusCode(404);
        given().auth().oauth2(applicant).get("/api/v1/projects/" + id).then().statusCode(200)
                .body("paid", equalTo("360000.00")).body("unpaid", equalTo("240000.00"));
        act(officerA, id, "mid-term-check", "{\"result\":\"RECTIFICATION\",\"rectificationDueOn\":\"2027-03-31\","
                + "\"remarks\":\"进度滞后\"}").then().statusCode(200).body("status", equalTo("RECTIFYING"));
        act(officerA, id, "complete-rectification", null).then().statusCode(200).body("status", equalTo("ACTIVE"));
        String extension = act(applicant, id, "changes", "{\"kind\":\"EXTENSION\",\"reason\":\"技术路线调整\","
                + "\"newEnd\":\"2028-12-31\"}").then().statusCode(201).extract().path("id");
        act(applicant, id, "changes/" + extension + "/approve", "{}").then().statusCode(403);
        act(officerA, id, "changes/" + extension + "/approve", "{}").then().statusCode(200);
        get(applicant, id).then().body("contractEnd", equalTo("2028-12-31")).body("extended", equalTo(true));

        // acceptance within six months of the (extended) contract end, one rectification, passed
        clock.travelTo(LocalDate.of(2029, 3, 2));
        act(applicant, id, "request-acceptance", null).then().statusCode(200)
                .body("status", equalTo("ACCEPTANCE_REQUESTED"));
        act(officerA, id, "require-rectification", "{\"dueOn\":\"2029-05-31\"}").then().statusCode(200)
                .body("status", equalTo("ACCEPTANCE_RECTIFICATION"));
        act(applicant, id, "pass", null).then().statusCode(403);
        act(officerA, id, "pass", null).then().statusCode(200).body("status", equalTo("PASSED_AFTER_RECTIFICATION"));

        // performance evaluation: the applicant reports the outcome, an officer grades it; then the project closes
        String evaluation = post(applicant, "/api/v1/project-evaluations", "{\"projectId\":\"" + id + "\","
                + "\"report\":{\"salesRevenue\":\"1250000.00\",\"profit\":\"-32000.50\",\"tax\":\"86000.00\","
                + "\"foreignExchangeUsd\":\"15000.00\",\"newJobs\":12,\"trainedTalents\":5,\"patentsApplied\":4,"
                + "\"inventionPatentsApplied\":2,\"newProducts\":2,\"highTechProducts\":1,\"awards\":1,"
                + "\"receivedGovernmentFunds\":\"360000.00\",\"receivedSelfRaisedFunds\":\"1600000.00\"}}").then()
                .statusCode(201).extract().path("id");
        given().auth().oauth2(applicant).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\"}")
                .post("/api/v1/project-evaluations/" + evaluation + "/confirm").then().statusCode(403);
        given().auth().oauth2(officerB).contentType(ContentType.JSON).body("{\"grade\":\"GOOD\",\"comment\":\"目标完成良好\"}")
                .post("/api/v1/project-evaluations/" + evaluation + "/confirm").then().statusCode(200);
        get(officerA, id).then().body("status", equalTo("EVALUATED"));
        act(applicant, id, "close", null).then().statusCode(403);
        act(officerA, id, "close", null).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("allowedActions", equalTo(List.of()));
        act(officerA, id, "close", null).then().statusCode(409).body("code", equalTo("PROJECT_ILLEGAL_TRANSITION"))
                .body("allowedActions", equalTo(List.of()));

        // the events of the case, in order of commit, all under the tracking number
        List<String> events = OutboxRows.payloads(dataSource, tracking).stream()
                .map(payload -> EventJson.read(payload).type()).toList();
        List<String> caseEvents = events.stream().filter(type -> type.startsWith("keji.case.")).toList();
        assertEquals(List.of("keji.case.opened.v1", "keji.case.paused.v1", "keji.case.resumed.v1",
                "keji.case.status-changed.v1", "keji.case.status-changed.v1", "keji.case.status-changed.v1",
                "keji.case.closed.v1"), caseEvents, events.toString());
        assertTrue(events.containsAll(List.of("keji.project.grant.approved.v1", "keji.project.tranche.paid.v1",
                "keji.project.evaluated.v1")), events.toString());
        // submit, request-correction, resubmit, accept, rank, start-publicity, approve, sign-contract, mid-term-check,
        // complete-rectification, request-acceptance, require-rectification, pass, evaluate, close
        assertEquals(15, events.stream().filter("keji.project.status-changed.v1"::equals).count(), events.toString());
        // the money moves are in the audit trail, each by its checker
        assertEquals(List.of("officer-b 200"), audit("POST /api/v1/projects/{id}/grant/confirm", id));
        assertEquals(List.of("officer-b 200"), audit("POST /api/v1/projects/{id}/tranches/{trancheId}/pay",
                id + "/" + tranche));
        given().auth().oauth2(officerA).get(Projects.PATH + "?trackingNumber=" + tracking).then().statusCode(200)
                .body("items.status", hasItem("CLOSED"));
    }

    /** A county call of Fuqing (350181, inside the officers' 3501), published through the calls API by officer A. */
    private UUID aCall() {
        int batch = 1 + (int) (Math.random() * 99);
        String body = """
                {"code":"SCN-%s","title":"2026年度福清市重大科技专项 第%d批","level":"COUNTY","category":"MAJOR_SPECIAL",
                 "year":2026,"batch":%d,"region":"350181","opensAt":"%s","closesAt":"%s",
                 "totalBudget":"50000000.00","maxGrant":"1000000.00","expertsPerApplication":3,
                 "requiredCertifications":[],"eligibleRegions":["3501"],"minRegistrationMonths":12,
                 "refuseViolations":true,
                 "requiredMaterials":[{"kind":"AUDIT_REPORT","mayBeMissingAtAcceptance":false}],
                 "matterCode":"%s","promisedWorkingDays":%d,"legalWorkingDays":%d}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8).toUpperCase(), batch, batch,
                        Projects.noon(TODAY.minusDays(10)),
                        Projects.noon(TODAY.plusDays(10)), Projects.MATTER, Projects.PROMISED, Projects.LEGAL);
        given().auth().oauth2(Tokens.shared().applicant(Usccs.aUscc())).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/api/v1/calls").then()
                .statusCode(403);
        return UUID.fromString(post(officerA, "/api/v1/calls", body).then().statusCode(201)
                .body("status", equalTo("OPEN")).extract().path("id"));
    }

    private String anExpert(String subject, String field) {
        return given().auth().oauth2(Tokens.shared().admin()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body("""
                        {"subject":"%s","name":"专家%s","organisationUscc":"%s","organisationName":"福州大学",
                         "fields":["%s"],"region":"350100","title":"教授","phone":"13805912345",
                         "idNumber":"350102198003071234","availability":"AVAILABLE"}"""
                        .formatted(subject, subject.substring(subject.length() - 4), Usccs.aUscc(), field))
                .post("/api/v1/experts").then().statusCode(201).extract().path("id");
    }

    /** Every default criterion of the call's category scored {@code score}: the weighted total is the score. */
    private static Response score(String expert, String assignment, String score) {
        StringBuilder body = new StringBuilder("{\"comment\":\"良好\",\"scores\":[");
        String[] criteria = { "INNOVATION", "FEASIBILITY", "TEAM", "BENEFIT", "BUDGET" };
        for (int i = 0; i < criteria.length; i++) {
            body.append(i == 0 ? "" : ",").append("{\"criterion\":\"").append(criteria[i]).append("\",\"score\":\"")
                    .append(score).append("\"}");
        }
        return given().auth().oauth2(expert).contentType(ContentType.JSON).body(body.append("]}").toString())
                .post("/api/v1/expert-assignments/" + assignment + "/scores");
    }

    private static Response grant(String token, String id, String amount) {
        return post(token, "/api/v1/projects/" + id + "/grant",
                "{\"amount\":\"" + amount + "\",\"reason\":\"公示无异议，按评审意见资助\"}");
    }

    private static Response post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(path);
    }

    private List<String> audit(String operation, String recordId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT subject, status FROM audit_entry "
                        + "WHERE operation = ? AND record_id = ? AND status = 200")) {
            query.setString(1, operation);
            query.setString(2, recordId);
            List<String> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + " " + result.getInt(2));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
