package org.keji.project.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keji.project.application.Projects.act;
import static org.keji.project.application.Projects.get;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keji.commons.calendar.WorkingCalendars;
import org.keji.commons.calendar.WorkingDayCalendar;
import org.keji.commons.event.EventJson;
import org.keji.project.application.Projects.CallTerms;
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

/**
 * A project application from draft through every state the lifecycle API moves it to (the moves of the experts, the
 * grant and the evaluation driven on the entity): each state refuses an action it does not allow with 409 and its
 * allowed actions, the case clock pauses for a correction and moves its due dates by the paused working days, and
 * every move leaves its domain and case events in the outbox under the tracking number.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ProjectLifecycleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Inject
    MutableClock clock;

    @Inject
    Projects projects;

    @Inject
    WorkingCalendars calendars;

    @Inject
    AgroalDataSource dataSource;

    final String officer = Tokens.shared().officer();

    @BeforeEach
    void pinClock() {
        clock.travelTo(TODAY);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldWalkEveryStateFromDraftToClosedRefusingWhatEachStateDoesNotAllow() {
        WorkingDayCalendar calendar = calendars.current();
        String uscc = Usccs.aUscc();
        projects.enterprise(uscc, "350102");
        String applicant = Tokens.shared().applicant(uscc);
        UUID call = projects.aCall(CallTerms.around(TODAY)
                .materials("[{\"kind\":\"AUDIT_REPORT\",\"mayBeMissingAtAcceptance\":false}]"));
        UUID report = projects.aMaterial(uscc, "AUDIT_REPORT");

        JsonPath draft = Projects.create(applicant, Projects.body(call, null, Projects.plan("800000.00",
                List.of(report)))).then().statusCode(201).body("status", equalTo("DRAFT"))
                .body("trackingNumber", matchesPattern("PRJ-\\d{8}-\\d{8}")).body("matterCode", equalTo(Projects.MATTER))
                .body("region", equalTo("350102")).body("requestedAmount", equalTo("800000.00"))
                .body("materials[0].kind", equalTo("AUDIT_REPORT")).body("submittedOn", nullValue())
                .body("allowedActions", equalTo(List.of("update", "submit", "withdraw"))).extract().jsonPath();
        String id = draft.getString("id");
        String tracking = draft.getString("trackingNumber");
        refused(id, ProjectStatus.DRAFT);

        act(applicant, id, "submit", null).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("submittedOn", equalTo(TODAY.toString()))
                .body("promisedDueOn", equalTo(calendar.addWorkingDays(TODAY, Projects.PROMISED).toString()))
                .body("legalDueOn", equalTo(calendar.addWorkingDays(TODAY, Projects.LEGAL).toString()))
                .body("workingDaysLeft", equalTo(Projects.PROMISED)).body("overdue", equalTo(false));
        refused(id, ProjectStatus.SUBMITTED);

        LocalDate pausedOn = calendar.addWorkingDays(TODAY, 1);
        clock.travelTo(pausedOn);
        act(officer, id, "request-correction", "{\"missingKinds\":[\"BUSINESS_PLAN\"]}").then().statusCode(200)
                .body("status", equalTo("CORRECTION_REQUESTED")).body("paused", equalTo(true))
                .body("missingMaterials", equalTo(List.of("BUSINESS_PLAN")));
        refused(id, ProjectStatus.CORRECTION_REQUESTED);
        LocalDate resumedOn = calendar.addWorkingDays(pausedOn, 3);
        clock.travelTo(resumedOn);
        UUID plan = projects.aMaterial(uscc, "BUSINESS_PLAN");
        act(applicant, id, "resubmit", "{\"materials\":[\"" + report + "\",\"" + plan + "\"]}").then()
                .statusCode(200).body("status", equalTo("SUBMITTED")).body("pausedWorkingDays", equalTo(3))
                .body("promisedDueOn", equalTo(calendar.addWorkingDays(TODAY, Projects.PROMISED + 3).toString()))
                .body("legalDueOn", equalTo(calendar.addWorkingDays(TODAY, Projects.LEGAL + 3).toString()))
                .body("missingMaterials", nullValue());

        act(officer, id, "accept", "{}").then().statusCode(200).body("status", equalTo("EXPERT_REVIEW"));
        refused(id, ProjectStatus.EXPERT_REVIEW);
        projects.rank(id);
        refused(id, ProjectStatus.RANKED);
        act(officer, id, "start-publicity", null).then().statusCode(200).body("status", equalTo("PUBLICITY"))
                .body("publicityFrom", equalTo(calendar.addWorkingDays(resumedOn, 1).toString()))
                .body("publicityTo", equalTo(calendar.addWorkingDays(resumedOn, 5).toString()));
        refused(id, ProjectStatus.PUBLICITY);
        projects.approve(id);
        get(officer, id).then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("closedOn", equalTo(resumedOn.toString())).body("workingDaysLeft", nullValue());
        refused(id, ProjectStatus.APPROVED);

        act(officer, id, "sign-contract", "{\"signedOn\":\"" + resumedOn + "\",\"contractEnd\":\"2028-06-30\"}")
                .then().statusCode(200).body("status", equalTo("ACTIVE"))
                .body("contractNumber", matchesPattern("RW2026\\d{6}"));
        refused(id, ProjectStatus.ACTIVE);
        // a due date belongs to a rectification only: on another result it was dropped without a word
        act(officer, id, "mid-term-check", "{\"result\":\"PASSED\",\"rectificationDueOn\":\"2027-03-31\"}").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("rectificationDueOn"));
        act(officer, id, "mid-term-check", "{\"result\":\"PASSED\"}").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        act(officer, id, "mid-term-check", "{\"result\":\"RECTIFICATION\",\"rectificationDueOn\":\"2027-03-31\","
                + "\"remarks\":\"进度滞后\"}").then().statusCode(200).body("status", equalTo("RECTIFYING"))
                .body("rectificationDueOn", equalTo("2027-03-31"));
        refused(id, ProjectStatus.RECTIFYING);
        act(officer, id, "complete-rectification", null).then().statusCode(200).body("status", equalTo("ACTIVE"));
        act(officer, id, "suspend", "{\"reason\":\"承担单位重大事项调整\"}").then().statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        refused(id, ProjectStatus.SUSPENDED);
        act(officer, id, "resume", null).then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().auth().oauth2(officer).get(Projects.PATH + "/" + id + "/mid-term-checks").then().statusCode(200)
                .body("items.result", equalTo(List.of("PASSED", "RECTIFICATION"))).body("total", equalTo(2));
        given().auth().oauth2(officer).queryParam("size", 1).queryParam("sort", "createdAt,desc")
                .get(Projects.PATH + "/" + id + "/mid-term-checks").then().statusCode(200)
                .body("items.result", equalTo(List.of("RECTIFICATION"))).body("total", equalTo(2));

        clock.travelTo(LocalDate.of(2028, 7, 15));
        act(applicant, id, "request-acceptance", null).then().statusCode(200)
                .body("status", equalTo("ACCEPTANCE_REQUESTED"));
        refused(id, ProjectStatus.ACCEPTANCE_REQUESTED);
        act(officer, id, "require-rectification", "{\"dueOn\":\"2028-10-16\"}").then().statusCode(422)
                .body("code", equalTo("ACCEPTANCE_RECTIFICATION_TOO_LONG"));
        act(officer, id, "require-rectification", "{\"dueOn\":\"2028-10-15\"}").then().statusCode(200)
                .body("status", equalTo("ACCEPTANCE_RECTIFICATION")).body("acceptanceRectified", equalTo(true));
        refused(id, ProjectStatus.ACCEPTANCE_RECTIFICATION);
        act(officer, id, "pass", null).then().statusCode(200).body("status", equalTo("PASSED_AFTER_RECTIFICATION"));
        refused(id, ProjectStatus.PASSED_AFTER_RECTIFICATION);
        projects.evaluate(id);
        refused(id, ProjectStatus.EVALUATED);
        act(officer, id, "close", null).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("allowedActions", equalTo(List.of()));
        refused(id, ProjectStatus.CLOSED);

        List<String> events = OutboxRows.payloads(dataSource, tracking).stream()
                .map(payload -> EventJson.read(payload).type()).toList();
        assertEquals("keji.case.opened.v1", events.get(1));
        assertTrue(events.containsAll(List.of("keji.project.status-changed.v1", "keji.case.paused.v1",
                "keji.case.resumed.v1", "keji.case.status-changed.v1", "keji.case.closed.v1")), events.toString());
        // one status-changed event per move, submit to close (a passed mid-term check is no move)
        assertEquals(17, events.stream().filter("keji.project.status-changed.v1"::equals).count(), events.toString());
    }

    @Test
    void shouldEndInEveryOtherFinalStateRefusingFurtherMoves() {
        String uscc = Usccs.aUscc();
        projects.enterprise(uscc, "350102");
        String applicant = Tokens.shared().applicant(uscc);
        UUID call = projects.aCall(CallTerms.around(TODAY));

        String withdrawn = Projects.aDraft(uscc, call, List.of());
        act(applicant, withdrawn, "withdraw", null).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        refused(withdrawn, ProjectStatus.WITHDRAWN);

        String ineligible = Projects.aDraft(uscc, call, List.of());
        act(applicant, ineligible, "submit", null).then().statusCode(200);
        act(officer, ineligible, "refuse", "{\"reason\":\"不符合申报条件\"}").then().statusCode(200)
                .body("status", equalTo("INELIGIBLE")).body("decisionReason", equalTo("不符合申报条件"));
        refused(ineligible, ProjectStatus.INELIGIBLE);

        String notFunded = Projects.aDraft(uscc, call, List.of());
        act(applicant, notFunded, "submit", null).then().statusCode(200);
        act(officer, notFunded, "accept", "{}").then().statusCode(200);
        projects.rank(notFunded);
        act(officer, notFunded, "start-publicity", null).then().statusCode(200);
        act(officer, notFunded, "not-fund", "{\"reason\":\"预算不足\"}").then().statusCode(200)
                .body("status", equalTo("NOT_FUNDED"));
        refused(notFunded, ProjectStatus.NOT_FUNDED);

        String other = Usccs.aUscc();
        projects.enterprise(other, "350102");
        String terminated = active(other, call);
        act(officer, terminated, "mid-term-check", "{\"result\":\"TERMINATION\"}").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        act(officer, terminated, "mid-term-check", "{\"result\":\"TERMINATION\",\"remarks\":\"无法继续实施\"}").then()
                .statusCode(200).body("status", equalTo("TERMINATED"));
        refused(terminated, ProjectStatus.TERMINATED);
        act(officer, terminated, "close", null).then().statusCode(200).body("status", equalTo("CLOSED"));

        String third = Usccs.aUscc();
        projects.enterprise(third, "350102");
        String failed = active(third, call);
        act(Tokens.shared().applicant(third), failed, "request-acceptance", null).then().statusCode(200);
        act(officer, failed, "fail", "{\"reason\":\"主要指标未完成\"}").then().statusCode(200)
                .body("status", equalTo("FAILED"));
        refused(failed, ProjectStatus.FAILED);

        String fourth = Usccs.aUscc();
        projects.enterprise(fourth, "350102");
        String passed = active(fourth, call);
        act(Tokens.shared().applicant(fourth), passed, "request-acceptance", null).then().statusCode(200);
        act(officer, passed, "pass", null).then().statusCode(200).body("status", equalTo("PASSED"));
        refused(passed, ProjectStatus.PASSED);
    }

    @Test
    void shouldExtendOnceWithinTheMaximumAndRequestAcceptanceWithinTheWindow() {
        String uscc = Usccs.aUscc();
        projects.enterprise(uscc, "350102");
        String applicant = Tokens.shared().applicant(uscc);
        String id = active(uscc, projects.aCall(CallTerms.around(TODAY)));

        // an extension the approval could never grant is refused when asked for: beyond 12 months, not after the end
        act(applicant, id, "changes", "{\"kind\":\"EXTENSION\",\"reason\":\"技术路线调整\","
                + "\"newEnd\":\"2029-07-01\"}").then().statusCode(422)
                .body("code", equalTo("PROJECT_EXTENSION_TOO_LONG"));
        act(applicant, id, "changes", "{\"kind\":\"EXTENSION\",\"reason\":\"技术路线调整\","
                + "\"newEnd\":\"2028-06-30\"}").then().statusCode(422)
                .body("code", equalTo("PROJECT_EXTENSION_TOO_LONG"));
        act(applicant, id, "changes", "{\"kind\":\"BUDGET\",\"reason\":\"设备费调整\",\"newEnd\":\"2029-06-30\"}")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("newEnd"));
        // a change request is created once per Idempotency-Key, at its own address
        String key = UUID.randomUUID().toString();
        String asked = "{\"kind\":\"EXTENSION\",\"reason\":\"技术路线调整\",\"newEnd\":\"2029-06-30\"}";
        JsonPath created = given().auth().oauth2(applicant).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(asked).post(Projects.PATH + "/" + id + "/changes").then()
                .statusCode(201).body("status", equalTo("PENDING")).body("reason", equalTo("技术路线调整"))
                .extract().jsonPath();
        String refused = created.getString("id");
        given().auth().oauth2(applicant).contentType(ContentType.JSON).header("Idempotency-Key", key).body(asked)
                .post(Projects.PATH + "/" + id + "/changes").then().statusCode(201).body("id", equalTo(refused))
                .header("Location", endsWith("/api/v1/project-applications/" + id + "/changes/" + refused));
        given().auth().oauth2(applicant).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(asked.replace("2029-06-30", "2029-05-31")).post(Projects.PATH + "/" + id + "/changes").then()
                .statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        act(officer, id, "changes/" + refused + "/refuse", "{\"reason\":\"理由不充分\"}").then().statusCode(200)
                .body("status", equalTo("REFUSED"));
        act(officer, id, "changes/" + refused + "/approve", "{}").then().statusCode(409)
                .body("code", equalTo("PROJECT_CHANGE_ILLEGAL_TRANSITION"));
        given().auth().oauth2(applicant).get(Projects.PATH + "/" + id + "/changes/" + refused).then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("decisionReason", equalTo("理由不充分"));
        given().auth().oauth2(Tokens.shared().applicant(Usccs.aUscc())).get(Projects.PATH + "/" + id + "/changes/"
                + refused).then().statusCode(404).body("code", equalTo("PROJECT_APPLICATION_NOT_FOUND"));
        given().auth().oauth2(applicant).get(Projects.PATH + "/" + id + "/changes/" + UUID.randomUUID()).then()
                .statusCode(404).body("code", equalTo("PROJECT_CHANGE_NOT_FOUND"));
        act(applicant, id, "changes", "{\"kind\":\"EXTENSION\",\"reason\":\"技术路线调整\"}").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));

        String extension = act(applicant, id, "changes", "{\"kind\":\"EXTENSION\",\"reason\":\"技术路线调整\","
                + "\"newEnd\":\"2029-06-30\"}").then().statusCode(201).extract().path("id");
        String budget = act(applicant, id, "changes", "{\"kind\":\"BUDGET\",\"reason\":\"设备费调整为材料费\"}").then()
                .statusCode(201).extract().path("id");
        String second = act(applicant, id, "changes", "{\"kind\":\"EXTENSION\",\"reason\":\"再次延期\","
                + "\"newEnd\":\"2029-05-31\"}").then().statusCode(201).extract().path("id");
        act(officer, id, "changes/" + extension + "/approve", "{\"reason\":\"同意\"}").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo("officer-350100"));
        get(officer, id).then().body("contractEnd", equalTo("2029-06-30")).body("extended", equalTo(true));
        act(officer, id, "changes/" + second + "/approve", "{}").then().statusCode(422)
                .body("code", equalTo("PROJECT_ALREADY_EXTENDED"));
        act(applicant, id, "changes", "{\"kind\":\"EXTENSION\",\"reason\":\"第三次\",\"newEnd\":\"2029-07-31\"}")
                .then().statusCode(422).body("code", equalTo("PROJECT_ALREADY_EXTENDED"));
        act(officer, id, "changes/" + budget + "/approve", "{}").then().statusCode(200);
        given().auth().oauth2(applicant).get(Projects.PATH + "/" + id + "/changes").then().statusCode(200)
                .body("items.kind", equalTo(List.of("EXTENSION", "EXTENSION", "BUDGET", "EXTENSION")))
                .body("items.status", equalTo(List.of("REFUSED", "APPROVED", "APPROVED", "PENDING")))
                .body("total", equalTo(4));
        // a page at a time, at most the platform's cap, sorted only by what is offered
        given().auth().oauth2(applicant).queryParam("size", 1000).get(Projects.PATH + "/" + id + "/changes").then()
                .statusCode(200).body("size", equalTo(100));
        given().auth().oauth2(applicant).queryParam("size", 2).queryParam("page", 1)
                .get(Projects.PATH + "/" + id + "/changes").then().statusCode(200)
                .body("items.kind", equalTo(List.of("BUDGET", "EXTENSION"))).body("total", equalTo(4));
        given().auth().oauth2(applicant).queryParam("sort", "reason,asc").get(Projects.PATH + "/" + id + "/changes")
                .then().statusCode(400).body("code", equalTo("INVALID_SORT"));

        // acceptance at the latest 6 months after the (extended) contract end
        clock.travelTo(LocalDate.of(2029, 12, 31));
        act(applicant, id, "request-acceptance", null).then().statusCode(422)
                .body("code", equalTo("ACCEPTANCE_WINDOW_CLOSED"));
        clock.travelTo(LocalDate.of(2029, 12, 30));
        act(applicant, id, "request-acceptance", null).then().statusCode(200)
                .body("acceptanceRequestedOn", equalTo("2029-12-30"));

        // a contract number is one project's
        clock.travelTo(TODAY);
        String other = Usccs.aUscc();
        projects.enterprise(other, "350102");
        String approved = approved(other, projects.aCall(CallTerms.around(TODAY)));
        String taken = get(officer, id).path("contractNumber");
        act(officer, approved, "sign-contract", "{\"signedOn\":\"" + TODAY + "\",\"contractEnd\":\"2028-06-30\","
                + "\"contractNumber\":\"" + taken + "\"}").then().statusCode(409)
                .body("code", equalTo("PROJECT_CONTRACT_NUMBER_TAKEN"));
        get(officer, approved).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void shouldUpdateOnlyTheVersionReadOfADraft() {
        String uscc = Usccs.aUscc();
        projects.enterprise(uscc, "350102");
        String applicant = Tokens.shared().applicant(uscc);
        UUID call = projects.aCall(CallTerms.around(TODAY));
        String id = Projects.aDraft(uscc, call, List.of());
        String plan = Projects.plan("900000.00", List.of());

        given().auth().oauth2(applicant).contentType(ContentType.JSON).body("{\"plan\":" + plan + ",\"version\":0}")
                .put(Projects.PATH + "/" + id).then().statusCode(200).body("requestedAmount", equalTo("900000.00"))
                .body("version", equalTo(1));
        given().auth().oauth2(applicant).contentType(ContentType.JSON).body("{\"plan\":" + plan + ",\"version\":0}")
                .put(Projects.PATH + "/" + id).then().statusCode(409).body("code", equalTo("VERSION_CONFLICT"));
        given().auth().oauth2(applicant).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"plan\":" + plan + "}").put(Projects.PATH + "/" + id).then().statusCode(412)
                .body("code", equalTo("PRECONDITION_FAILED"));
        given().auth().oauth2(applicant).contentType(ContentType.JSON)
                .body("{\"plan\":" + Projects.plan("1000000.01", List.of()) + ",\"version\":1}")
                .put(Projects.PATH + "/" + id).then().statusCode(422)
                .body("code", equalTo("PROJECT_REQUESTED_ABOVE_MAX_GRANT"));
        act(applicant, id, "submit", null).then().statusCode(200);
        given().auth().oauth2(applicant).contentType(ContentType.JSON).body("{\"plan\":" + plan + ",\"version\":2}")
                .put(Projects.PATH + "/" + id).then().statusCode(409).body("code", equalTo("PROJECT_ILLEGAL_TRANSITION"))
                .body("allowedActions", hasItems("accept"));
    }

    /** An ACTIVE project of {@code uscc} (Fuzhou) under {@code call}, its contract ending 2028-06-30. */
    private String active(String uscc, UUID call) {
        String id = approved(uscc, call);
        act(officer, id, "sign-contract", "{\"signedOn\":\"" + TODAY + "\",\"contractEnd\":\"2028-06-30\","
                + "\"contractNumber\":\"RW-T-" + UUID.randomUUID().toString().substring(0, 8) + "\"}").then()
                .statusCode(200).body("status", equalTo("ACTIVE"));
        return id;
    }

    /** An APPROVED project of {@code uscc} (Fuzhou) under {@code call}. */
    private String approved(String uscc, UUID call) {
        String id = Projects.aDraft(uscc, call, List.of());
        act(Tokens.shared().applicant(uscc), id, "submit", null).then().statusCode(200);
        act(officer, id, "accept", "{}").then().statusCode(200);
        projects.rank(id);
        act(officer, id, "start-publicity", null).then().statusCode(200);
        projects.approve(id);
        return id;
    }

    /** An action the state does not allow answers 409 with the state and exactly its allowed actions. */
    private void refused(String id, ProjectStatus state) {
        String action = state.actions().contains("close") ? "pass" : "close";
        act(officer, id, action, null).then().statusCode(409).body("code", equalTo("PROJECT_ILLEGAL_TRANSITION"))
                .body("currentState", equalTo(state.name())).body("allowedActions", equalTo(state.actions()));
        get(officer, id).then().statusCode(200).body("status", equalTo(state.name()))
                .body("allowedActions", equalTo(state.actions()));
    }
}
