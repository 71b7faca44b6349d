package org.keji.ip.dispute;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.keji.ip.dispute.Disputes.act;
import static org.keji.ip.dispute.Disputes.bodyOf;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keji.commons.calendar.SeededCalendar;
import org.keji.commons.calendar.WorkingDayCalendar;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.cases.CaseClosed;
import org.keji.commons.event.cases.CaseOpened;
import org.keji.commons.event.cases.CaseOutcome;
import org.keji.commons.event.cases.CaseStatusChanged;
import org.keji.commons.event.ip.DisputeAccepted;
import org.keji.commons.event.ip.DisputeClosed;
import org.keji.commons.event.ip.DisputeOpened;
import org.keji.ip.dispute.dto.RequestDisputeRequest;
import org.keji.ip.dispute.dto.RequesterInput;
import org.keji.ip.dispute.dto.RespondentInput;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A mediation from the request to the close with each step's due date in working days, the case and domain events
 * written in the transaction of each move, and every move a state does not allow refused with 409 and the allowed
 * actions.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class DisputeLifecycleTest {

    /** The calendar the platform's migration seeds, so expectations count on the same days as the service. */
    private static final WorkingDayCalendar CALENDAR = SeededCalendar.load();
    private static final List<String> ACTIONS = List.of("accept", "reject", "mediation-sessions", "agreement", "fail",
            "close", "withdraw");

    @Inject
    MutableClock clock;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DisputeService service;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DisputeRepository disputes;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldTakeAMediationFromRequestToCloseWithADueDateForEachStep() {
        String uscc = Usccs.aUscc();
        String patent = Disputes.aPatentNumber();
        LocalDate requestedOn = LocalDate.of(2026, 3, 2);
        clock.travelTo(requestedOn);
        UUID notarized = Disputes.aMaterialOf(uscc, "侵权产品公证购买公证书");
        String applicant = Tokens.shared().applicant(uscc);
        String officer = Tokens.shared().officer();

        JsonPath requested = Disputes.request(applicant, Disputes.enterpriseRequest("MEDIATION", "INFRINGEMENT", uscc,
                List.of("CN " + patent), List.of(notarized))).then().statusCode(201)
                .body("status", equalTo("REQUESTED"))
                .body("trackingNumber", matchesPattern("IP-\\d{8}-\\d{8}"))
                .body("matterCode", equalTo("330220012000"))
                .body("region", equalTo(uscc.substring(2, 8)))
                .body("patents", equalTo(List.of(patent)))
                .body("claimSummary", equalTo("被请求人未经许可制造、销售落入本专利权利要求1保护范围的产品，请求调解。"))
                .body("respondents[0].name", equalTo("厦门某某科技有限公司"))
                .body("evidence[0].title", equalTo("侵权产品公证购买公证书"))
                .body("stepDueOn", equalTo(CALENDAR.addWorkingDays(requestedOn, 5).toString()))
                .body("stepWorkingDaysLeft", equalTo(5))
                .body("promisedDueOn", equalTo(CALENDAR.addWorkingDays(requestedOn, 50).toString()))
                .body("legalDueOn", equalTo(CALENDAR.addWorkingDays(requestedOn, 70).toString()))
                .body("allowedActions", equalTo(List.of("accept", "reject", "withdraw")))
                .extract().jsonPath();
        String id = requested.getString("id");
        String trackingNumber = requested.getString("trackingNumber");

        // the decision is late: two working days past its due date
        LocalDate acceptedOn = CALENDAR.addWorkingDays(requestedOn, 7);
        clock.travelTo(acceptedOn);
        Disputes.get(officer, id).then().statusCode(200).body("stepOverdue", equalTo(true))
                .body("stepWorkingDaysLeft", equalTo(-2)).body("overdue", equalTo(false));
        act(officer, id, "accept", null).then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("acceptedOn", equalTo(acceptedOn.toString()))
                .body("stepDueOn", equalTo(CALENDAR.addWorkingDays(acceptedOn, 40).toString()))
                .body("handlingLegalDueOn", equalTo(CALENDAR.addWorkingDays(acceptedOn, 60).toString()))
                .body("stepOverdue", equalTo(false))
                .body("allowedActions", equalTo(List.of("mediation-sessions", "withdraw")));

        LocalDate sessionOn = CALENDAR.addWorkingDays(acceptedOn, 10);
        clock.travelTo(sessionOn);
        act(officer, id, "mediation-sessions", Disputes.session(sessionOn.toString())).then().statusCode(200)
                .body("status", equalTo("MEDIATING")).body("sessions[0].mediator", equalTo("林调解员"))
                .body("sessions[0].attendees", equalTo(List.of("请求人代理人 王律师", "被请求人 陈某")))
                .body("stepDueOn", equalTo(CALENDAR.addWorkingDays(acceptedOn, 40).toString()));
        act(officer, id, "mediation-sessions", Disputes.session(sessionOn.toString())).then().statusCode(200)
                .body("sessions.size()", equalTo(2));

        LocalDate agreedOn = CALENDAR.addWorkingDays(sessionOn, 3);
        clock.travelTo(agreedOn);
        UUID signed = Disputes.aMaterialOf(uscc, "调解协议书");
        act(officer, id, "agreement", "{\"materialId\":\"" + signed + "\",\"terms\":\"被请求人停止销售并赔偿十万元\"}")
                .then().statusCode(200).body("status", equalTo("AGREEMENT")).body("outcome", equalTo("AGREEMENT"))
                .body("agreementMaterialId", equalTo(signed.toString()))
                .body("stepDueOn", equalTo(CALENDAR.addWorkingDays(agreedOn, 5).toString()))
                .body("allowedActions", equalTo(List.of("close")));

        LocalDate closedOn = CALENDAR.addWorkingDays(agreedOn, 1);
        clock.travelTo(closedOn);
        act(officer, id, "close", null).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("outcome", equalTo("AGREEMENT")).body("closedOn", equalTo(closedOn.toString()))
                .body("stepDueOn", nullValue()).body("workingDaysLeft", nullValue())
                .body("allowedActions", equalTo(List.of()));

        List<String[]> rows = Disputes.outbox(dataSource, trackingNumber);
        assertEquals(List.of(DisputeOpened.TYPE, CaseOpened.TYPE, DisputeAccepted.TYPE, CaseStatusChanged.TYPE,
                CaseStatusChanged.TYPE, CaseStatusChanged.TYPE, DisputeClosed.TYPE, CaseClosed.TYPE),
                rows.stream().map(r -> r[0]).toList());
        CaseOpened opened = EventJson.data(EventJson.read(rows.get(1)[2]), CaseOpened.class);
        assertEquals(new CaseOpened(trackingNumber, "330220012000", uscc, "ip-service", "REQUESTED",
                CALENDAR.addWorkingDays(requestedOn, 50), false, CALENDAR.addWorkingDays(requestedOn, 70), false,
                "applicant", requestedOn, 50, 70), opened);
        DisputeOpened domainOpened = EventJson.data(EventJson.read(rows.get(0)[2]), DisputeOpened.class);
        assertEquals(List.of(patent), domainOpened.applicationNumbers());
        assertEquals("INFRINGEMENT", domainOpened.kind());
        CaseStatusChanged mediating = EventJson.data(EventJson.read(rows.get(4)[2]), CaseStatusChanged.class);
        assertEquals(List.of("MEDIATING", "ACCEPTED", "officer"),
                List.of(mediating.status(), mediating.previousStatus(), mediating.actorRole()));
        DisputeClosed closed = EventJson.data(EventJson.read(rows.get(6)[2]), DisputeClosed.class);
        assertEquals(List.of("AGREEMENT", closedOn.toString()), List.of(closed.outcome(), closed.closedOn().toString()));
        CaseClosed caseClosed = EventJson.data(EventJson.read(rows.get(7)[2]), CaseClosed.class);
        assertEquals(CaseOutcome.APPROVED, caseClosed.outcome());
        assertEquals(closedOn, caseClosed.closedOn());
    }

    @Test
    void shouldWriteTheCaseAndItsEventsInTheTransactionOfTheMove() {
        String uscc = Usccs.aUscc();
        RequestDisputeRequest request = new RequestDisputeRequest(DisputeCategory.ASSISTANCE, DisputeKind.OTHER,
                new RequesterInput(RequesterType.ENTERPRISE, uscc, "回滚测试有限公司", null),
                List.of(new RespondentInput("某某公司", null, null, null)), List.of(Disputes.aPatentNumber()),
                "发明人报酬纠纷", List.of(), null);
        String[] trackingNumber = new String[1];
        // the move's transaction rolls back: neither the case nor any of its events remain
        assertThrows(QuarkusTransactionException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            trackingNumber[0] = service.request(request).trackingNumber();
            QuarkusTransaction.setRollbackOnly();
        }));
        assertEquals(List.of(), Disputes.outbox(dataSource, trackingNumber[0]));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> disputes.count("trackingNumber", trackingNumber[0])));

        String committed = QuarkusTransaction.requiringNew().call(() -> service.request(request).trackingNumber());
        assertEquals(List.of(DisputeOpened.TYPE, CaseOpened.TYPE),
                Disputes.outbox(dataSource, committed).stream().map(r -> r[0]).toList());
        assertEquals("ASSISTANCE", QuarkusTransaction.requiringNew()
                .call(() -> disputes.find("trackingNumber", committed).firstResult().category().name()));
    }

    @Test
    void shouldReplayARepeatedRequestAndPublishItsEventsOnTheIpTopic() {
        String uscc = Usccs.aUscc();
        String body = Disputes.enterpriseRequest("ASSISTANCE", "OTHER", uscc, List.of(Disputes.aPatentNumber()),
                List.of());
        String key = UUID.randomUUID().toString();
        String id = given().auth().oauth2(Tokens.shared().applicant(uscc)).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).post(Disputes.PATH).then().statusCode(201)
                .body("matterCode", equalTo("330270015000"))
                .body("stepDueOn", equalTo(CALENDAR.addWorkingDays(LocalDate.now(clock), 5).toString()))
                .extract().path("id");
        given().auth().oauth2(Tokens.shared().applicant(uscc)).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).post(Disputes.PATH).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        String trackingNumber = Disputes.get(Tokens.shared().officer(), id).then().extract().path("trackingNumber");
        assertEquals(2, Disputes.outbox(dataSource, trackingNumber).size(), "one case, its events once");

        List<ConsumerRecord<String, String>> published = new KafkaProbe(bootstrapServers).await("keji.ip.v1",
                r -> trackingNumber.equals(r.key()), 2, Duration.ofSeconds(30));
        assertEquals(List.of(DisputeOpened.TYPE, CaseOpened.TYPE),
                published.stream().map(r -> EventJson.read(r.value()).type()).toList());
    }

    @Test
    void shouldCloseARejectedAndAWithdrawnCaseWithTheirOutcomes() {
        String officer = Tokens.shared().officer();
        String uscc = Usccs.aUscc();
        String rejected = Disputes.aRequestedCase("INFRINGEMENT", uscc, List.of(Disputes.aPatentNumber()));
        act(officer, rejected, "reject", bodyOf("reject")).then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("outcome", equalTo("REJECTED")).body("rejectionReason", equalTo("已向人民法院起诉"))
                .body("closedOn", equalTo(LocalDate.now(clock).toString()));

        String withdrawn = Disputes.aRequestedCase("INFRINGEMENT", uscc, List.of(Disputes.aPatentNumber()));
        act(officer, withdrawn, "accept", null).then().statusCode(200);
        act(officer, withdrawn, "mediation-sessions", bodyOf("mediation-sessions")).then().statusCode(200);
        // the requesting enterprise withdraws its own case
        act(Tokens.shared().applicant(uscc), withdrawn, "withdraw", null).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("outcome", equalTo("WITHDRAWN"));

        String trackingNumber = Disputes.get(officer, rejected).then().extract().path("trackingNumber");
        List<String[]> rows = Disputes.outbox(dataSource, trackingNumber);
        CaseClosed caseClosed = EventJson.data(EventJson.read(rows.getLast()[2]), CaseClosed.class);
        assertEquals(CaseOutcome.REFUSED, caseClosed.outcome());
        assertEquals("REJECTED", EventJson.data(EventJson.read(rows.get(rows.size() - 2)[2]), DisputeClosed.class)
                .outcome());
    }

    @Test
    void shouldRefuseEveryMoveTheStateDoesNotAllowWith409AndTheAllowedActions() {
        String officer = Tokens.shared().officer();
        List<String> failures = new ArrayList<>();
        for (DisputeStatus state : DisputeStatus.values()) {
            String id = aCaseIn(state);
            for (String action : ACTIONS) {
                if (state.actions().contains(action)) {
                    continue;
                }
                var response = act(officer, id, action, bodyOf(action)).then().extract();
                if (response.statusCode() != 409
                        || !"DISPUTE_ILLEGAL_TRANSITION".equals(response.path("code"))
                        || !state.name().equals(response.path("currentState"))
                        || !state.actions().equals(response.path("allowedActions"))) {
                    failures.add(state + " " + action + " → " + response.statusCode() + " " + response.asString());
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /** A case brought to {@code state} through the API. */
    private String aCaseIn(DisputeStatus state) {
        String officer = Tokens.shared().officer();
        String id = Disputes.aRequestedCase("OWNERSHIP", Usccs.aUscc(), List.of(Disputes.aPatentNumber()));
        List<String> path = switch (state) {
            case REQUESTED -> List.of();
            case ACCEPTED -> List.of("accept");
            case MEDIATING -> List.of("accept", "mediation-sessions");
            case AGREEMENT -> List.of("accept", "mediation-sessions", "agreement");
            case FAILED -> List.of("accept", "mediation-sessions", "fail");
            case CLOSED -> List.of("accept", "mediation-sessions", "fail", "close");
            case REJECTED -> List.of("reject");
            case WITHDRAWN -> List.of("withdraw");
        };
        for (String action : path) {
            act(officer, id, action, bodyOf(action)).then().statusCode(200);
        }
        Disputes.get(officer, id).then().body("status", equalTo(state.name()));
        return id;
    }
}
