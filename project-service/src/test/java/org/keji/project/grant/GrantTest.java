package org.keji.project.grant;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The grant of a project, its tranches and claw-backs, each money move by a maker and a checker, over HTTP. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class GrantTest {

    private static final String A = "officer-a";
    private static final String B = "officer-b";

    @Inject
    MutableClock clock;

    @Inject
    Grants grants;

    @BeforeEach
    void pinClock() {
        clock.travelTo(LocalDate.of(2026, 9, 20));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldApproveTheLatestProposalWhenASecondOfficerConfirmsIt() {
        UUID call = grants.aCall("1000000.00", "500000.00");
        UUID project = grants.inPublicity(call, "600000.00", true);

        Grants.propose(Grants.officer(A), project, "300000.00").then().statusCode(201);
        Grants.propose(Grants.officer(A), project, "400000.50").then().statusCode(201)
                .body("amount", equalTo("400000.50")).body("proposedBy", equalTo(A));
        Grants.get(Grants.officer(B), Grants.PATH + "/" + project + "/grant").then().statusCode(200)
                .body("amount", equalTo("400000.50"));
        Grants.confirm(Grants.officer(B), project).then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("granted", equalTo("400000.50")).body("unpaid", equalTo("400000.50"))
                .body("scheduled", equalTo("0.00")).body("proposedBy", equalTo(A)).body("confirmedBy", equalTo(B));

        assertEquals(List.of("400000.50"), grants.rows("SELECT approved_amount FROM project_call WHERE id = ?1", call));
        List<String> events = grants.rows("SELECT o.type FROM outbox_event o JOIN project_application a ON "
                + "o.message_key = a.tracking_number WHERE a.id = ?1 ORDER BY o.seq", project);
        assertTrue(events.containsAll(List.of("keji.project.grant.approved.v1", "keji.project.status-changed.v1",
                "keji.case.closed.v1")), events::toString);
        // the money move is in the audit trail, by the checker
        assertEquals(List.of("officer-b 200"), grants.rows("SELECT subject, status FROM audit_entry WHERE operation = "
                + "'POST /api/v1/projects/{id}/grant/confirm' AND record_id = ?1", project.toString()));
        // approved: no second confirmation, no new proposal
        Grants.confirm(Grants.officer("officer-c"), project).then().statusCode(409)
                .body("code", equalTo("PROJECT_ILLEGAL_TRANSITION")).body("allowedActions", contains("sign-contract"));
        Grants.propose(Grants.officer(A), project, "1.00").then().statusCode(409)
                .body("code", equalTo("PROJECT_ILLEGAL_TRANSITION"));
    }

    @Test
    void shouldRefuseTheMakerAsChecker() {
        UUID project = grants.inPublicity(grants.aCall("1000000.00", "500000.00"), "600000.00", true);
        Grants.propose(Grants.officer(A), project, "400000.00").then().statusCode(201);

        Grants.confirm(Grants.officer(A), project).then().statusCode(409)
                .body("code", equalTo("MAKER_CHECKER_VIOLATION"));
        Grants.get(Grants.officer(A), Grants.PATH + "/" + project).then().statusCode(404)
                .body("code", equalTo("GRANT_PROJECT_NOT_FOUND"));
        // the table refuses it as well
        RuntimeException refused = assertThrows(RuntimeException.class, () -> grants.rows("UPDATE "
                + "project_grant_proposal SET confirmed_by = proposed_by, confirmed_at = now() WHERE application_id = ?1 "
                + "RETURNING 1", project));
        assertTrue(causes(refused).contains("project_grant_proposal_maker_checker"), () -> causes(refused));
    }

    private static String causes(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }

    @Test
    void shouldRefuseAGrantAboveTheMaximumOrTheRequestOrBeforeThePublicityEnds() {
        UUID call = grants.aCall("1000000.00", "500000.00");
        UUID project = grants.inPublicity(call, "450000.00", true);
        Grants.propose(Grants.officer(A), project, "500000.01").then().statusCode(422)
                .body("code", equalTo("GRANT_ABOVE_MAX"));
        Grants.propose(Grants.officer(A), project, "450000.01").then().statusCode(422)
                .body("code", equalTo("GRANT_ABOVE_REQUESTED"));
        Grants.propose(Grants.officer(A), project, "0.00").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        Grants.confirm(Grants.officer(B), project).then().statusCode(409).body("code", equalTo("GRANT_NOT_PROPOSED"));

        UUID running = grants.inPublicity(call, "450000.00", false);
        Grants.propose(Grants.officer(A), running, "100000.00").then().statusCode(422)
                .body("code", equalTo("GRANT_PUBLICITY_NOT_ENDED"));
    }

    @Test
    void shouldRefuseAnUndertakerNoLongerEligibleByTheReplicaNamingTheCondition() {
        UUID call = grants.aCall("1000000.00", "500000.00");
        String uscc = grants.anEnterprise(Grants.FUZHOU, LocalDate.of(2015, 1, 1));
        UUID project = grants.inPublicity(call, uscc, "300000.00", true);
        Grants.propose(Grants.officer(A), project, "300000.00").then().statusCode(201);
        grants.moveEnterprise(uscc, "330100");

        Grants.confirm(Grants.officer(B), project).then().statusCode(422).body("code", equalTo("GRANT_NOT_ELIGIBLE"))
                .body("detail", containsString("REGION_NOT_ELIGIBLE"))
                .body("violations.message", hasItem(containsString("REGION_NOT_ELIGIBLE")));
        assertEquals(List.of("0.00"), grants.rows("SELECT approved_amount FROM project_call WHERE id = ?1", call));
    }

    @Test
    void shouldRefuseAGrantTheCallsBudgetCannotHoldSayingWhatIsLeft() {
        UUID call = grants.aCall("100000.00", "100000.00");
        UUID first = grants.inPublicity(call, "60000.00", true);
        UUID second = grants.inPublicity(call, "60000.00", true);
        Grants.approve(first, "60000.00");
        Grants.propose(Grants.officer(A), second, "40000.01").then().statusCode(201);

        Grants.confirm(Grants.officer(B), second).then().statusCode(422).body("code", equalTo("CALL_BUDGET_EXHAUSTED"))
                .body("detail", containsString("40000.00"));
        assertEquals(List.of("60000.00"), grants.rows("SELECT approved_amount FROM project_call WHERE id = ?1", call));
        Grants.propose(Grants.officer(A), second, "40000.00").then().statusCode(201);
        Grants.confirm(Grants.officer(B), second).then().statusCode(200);
        assertEquals(List.of("100000.00"), grants.rows("SELECT approved_amount FROM project_call WHERE id = ?1", call));
    }

    @Test
    void shouldPayTranchesWithinTheGrantEachByASecondOfficer() {
        UUID project = grants.inPublicity(grants.aCall("1000000.00", "500000.00"), "500000.00", true);
        Grants.approve(project, "400000.50");
        Grants.schedule(Grants.officer(A), project, "100000.00").then().statusCode(409)
                .body("code", equalTo("PROJECT_ILLEGAL_TRANSITION")).body("currentState", equalTo("APPROVED"));
        grants.activate(project);

        String tranche = Grants.schedule(Grants.officer(A), project, "300000.25").then().statusCode(201)
                .body("status", equalTo("SCHEDULED")).body("allowedActions", contains("pay", "cancel")).extract()
                .path("id");
        Grants.pay(Grants.officer(A), project, tranche, "2026-09-19").then().statusCode(409)
                .body("code", equalTo("MAKER_CHECKER_VIOLATION"));
        Grants.pay(Grants.officer(B), project, tranche, "2026-09-21").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        Grants.pay(Grants.officer(B), project, tranche, "2026-09-19").then().statusCode(200)
                .body("status", equalTo("PAID")).body("paidBy", equalTo(B));
        Grants.pay(Grants.officer("officer-c"), project, tranche, "2026-09-19").then().statusCode(409)
                .body("code", equalTo("GRANT_TRANCHE_ILLEGAL_TRANSITION"));
        Grants.schedule(Grants.officer(A), project, "100000.26").then().statusCode(422)
                .body("code", equalTo("GRANT_TRANCHES_EXCEED_GRANT")).body("detail", containsString("100000.25"));
        String cancelled = Grants.schedule(Grants.officer(A), project, "100000.25").then().statusCode(201).extract()
                .path("id");
        Grants.post(Grants.officer(A), Grants.PATH + "/" + project + "/tranches/" + cancelled + "/cancel",
                "{\"reason\":\"项目调整\"}").then().statusCode(200).body("status", equalTo("CANCELLED"));
        Grants.schedule(Grants.officer(A), project, "50000.00").then().statusCode(201);

        Grants.get(Grants.officer(B), Grants.PATH + "/" + project).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("granted", equalTo("400000.50"))
                .body("scheduled", equalTo("350000.25")).body("paid", equalTo("300000.25"))
                .body("unscheduled", equalTo("50000.25")).body("unpaid", equalTo("100000.25"));
        Grants.get(Grants.officer(B), Grants.PATH + "/" + project + "/tranches?status=PAID").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].voucherNumber", equalTo("FZKJ-2026-09-0112"));
        Grants.get(Grants.officer(B), Grants.PATH + "/" + project + "/tranches").then().statusCode(200)
                .body("total", equalTo(3));
        assertEquals(List.of("officer-b 200"), grants.rows("SELECT subject, status FROM audit_entry WHERE operation = "
                + "'POST /api/v1/projects/{id}/tranches/{trancheId}/pay' AND record_id = ?1 AND status = 200",
                project + "/" + tranche));
        List<String> events = grants.rows("SELECT o.payload #>> '{data,amount}' || ' ' || (o.payload #>> "
                + "'{data,paidTotal}') FROM outbox_event o WHERE o.type = 'keji.project.tranche.paid.v1' AND "
                + "o.payload #>> '{data,trancheId}' = ?1", tranche);
        assertEquals(List.of("300000.25 300000.25"), events);
        // the table keeps the payer apart from the maker as well
        RuntimeException refused = assertThrows(RuntimeException.class, () -> grants.rows("UPDATE project_tranche "
                + "SET paid_by = scheduled_by WHERE id = ?1 RETURNING 1", UUID.fromString(tranche)));
        assertTrue(causes(refused).contains("project_tranche_paid"), () -> causes(refused));
    }

    @Test
    void shouldClawBackAtMostWhatWasPaidOnceTheProjectIsTerminated() {
        UUID project = grants.inPublicity(grants.aCall("1000000.00", "500000.00"), "500000.00", true);
        Grants.approve(project, "400000.00");
        grants.activate(project);
        String tranche = Grants.schedule(Grants.officer(A), project, "300000.25").then().statusCode(201).extract()
                .path("id");
        Grants.pay(Grants.officer(B), project, tranche, "2026-09-19").then().statusCode(200);
        String demand = "{\"amount\":\"%s\",\"reason\":\"项目终止\",\"dueOn\":\"2026-12-31\"}";
        String clawBacks = Grants.PATH + "/" + project + "/claw-backs";
        Grants.post(Grants.officer(A), clawBacks, demand.formatted("1.00")).then().statusCode(409)
                .body("code", equalTo("PROJECT_ILLEGAL_TRANSITION"));
        grants.terminate(project);
        // a demand already overdue when it is made is a typing error, not a demand
        Grants.post(Grants.officer(A), clawBacks, "{\"amount\":\"1.00\",\"reason\":\"项目终止\",\"dueOn\":\"2026-09-19\"}")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", contains("dueOn"));

        String clawBack = Grants.post(Grants.officer(A), clawBacks, demand.formatted("200000.00")).then()
                .statusCode(201).body("status", equalTo("DEMANDED")).extract().path("id");
        Grants.post(Grants.officer(A), clawBacks, demand.formatted("100000.26")).then().statusCode(422)
                .body("code", equalTo("GRANT_CLAW_BACK_EXCEEDS_PAID")).body("detail", containsString("100000.25"));
        String received = "{\"receivedOn\":\"2026-09-20\",\"voucherNumber\":\"FZKJ-2027-01-0031\"}";
        Grants.post(Grants.officer(A), clawBacks + "/" + clawBack + "/confirm", received).then().statusCode(409)
                .body("code", equalTo("MAKER_CHECKER_VIOLATION"));
        Grants.post(Grants.officer(B), clawBacks + "/" + clawBack + "/confirm", received).then().statusCode(200)
                .body("status", equalTo("RECEIVED")).body("receivedBy", equalTo(B));
        Grants.post(Grants.officer(B), clawBacks + "/" + clawBack + "/confirm", received).then().statusCode(409)
                .body("code", equalTo("GRANT_CLAW_BACK_ILLEGAL_TRANSITION"));

        Grants.get(Grants.officer(B), Grants.PATH + "/" + project).then().statusCode(200)
                .body("status", equalTo("TERMINATED")).body("paid", equalTo("300000.25"))
                .body("clawedBack", equalTo("200000.00")).body("recovered", equalTo("200000.00"))
                .body("outstanding", equalTo("0.00"));
        Grants.get(Grants.officer(B), clawBacks).then().statusCode(200).body("total", equalTo(1));
        assertEquals(List.of("keji.project.claw-back.demanded.v1 200000.00", "keji.project.claw-back.received.v1 "
                + "200000.00"), grants.rows(
                        "SELECT type, payload #>> '{data,amount}' FROM outbox_event WHERE "
                                + "payload #>> '{data,clawBackId}' = ?1 ORDER BY seq",
                        clawBack));
        assertEquals(List.of("officer-b 200"), grants.rows("SELECT subject, status FROM audit_entry WHERE operation = "
                + "'POST /api/v1/projects/{id}/claw-backs/{clawBackId}/confirm' AND record_id = ?1 AND status = 200",
                project + "/" + clawBack));
    }

    @Test
    void shouldShowAProjectOnlyToItsUndertakerItsRegionAndTheBureau() {
        UUID call = grants.aCall("1000000.00", "500000.00");
        String uscc = grants.anEnterprise(Grants.FUZHOU, LocalDate.of(2015, 1, 1));
        UUID project = grants.inPublicity(call, uscc, "300000.00", true);
        String path = Grants.PATH + "/" + project;
        String hangzhou = Tokens.shared().token("officer-hz", "officer", java.util.Map.of("region", "330100"));
        Grants.propose(hangzhou, project, "300000.00").then().statusCode(404)
                .body("code", equalTo("GRANT_PROJECT_NOT_FOUND"));
        Grants.approve(project, "300000.00");

        Grants.get(Tokens.shared().applicant(uscc), path).then().statusCode(200).body("uscc", equalTo(uscc));
        Grants.get(Tokens.shared().applicant(Usccs.aUscc()), path).then().statusCode(404)
                .body("code", equalTo("GRANT_PROJECT_NOT_FOUND"));
        Grants.get(hangzhou, path).then().statusCode(404).body("code", equalTo("GRANT_PROJECT_NOT_FOUND"));
        Grants.confirm(hangzhou, project).then().statusCode(404).body("code", equalTo("GRANT_PROJECT_NOT_FOUND"));
        Grants.get(Tokens.shared().expert("expert-1"), path).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        Grants.get(Tokens.shared().bank("bank-1"), path).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        Grants.get(Tokens.shared().integration("erp", List.of("enterprise:read")), path).then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        Grants.confirm(Tokens.shared().integration("erp", List.of("project:write")), project).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        Grants.get(Tokens.shared().integration("erp", List.of("project:read")), path).then().statusCode(200);
        Grants.schedule(Tokens.shared().applicant(uscc), project, "1.00").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));

        Grants.get(Tokens.shared().applicant(uscc), Grants.PATH + "?callId=" + call).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].granted", equalTo("300000.00"));
        Grants.get(Tokens.shared().applicant(Usccs.aUscc()), Grants.PATH + "?callId=" + call).then().statusCode(200)
                .body("total", equalTo(0));
        Grants.get(hangzhou, Grants.PATH + "?callId=" + call).then().statusCode(200).body("total", equalTo(0));
        Grants.get(Grants.officer(A), Grants.PATH + "?callId=" + call + "&regionPrefix=3501&status=APPROVED").then()
                .statusCode(200).body("total", equalTo(1));
        io.restassured.RestAssured.given().auth().oauth2(Grants.officer(A)).accept("text/csv")
                .get(Grants.PATH + "?callId=" + call).then().statusCode(200)
                .body(containsString("300000.00"));
    }
}
