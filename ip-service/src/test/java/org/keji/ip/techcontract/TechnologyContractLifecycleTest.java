package org.keji.ip.techcontract;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.keji.ip.techcontract.TechnologyContracts.act;
import static org.keji.ip.techcontract.TechnologyContracts.get;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keji.commons.calendar.SeededCalendar;
import org.keji.commons.calendar.WorkingDayCalendar;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.cases.CaseClosed;
import org.keji.commons.event.cases.CaseOpened;
import org.keji.commons.event.cases.CaseOutcome;
import org.keji.commons.event.cases.CasePaused;
import org.keji.commons.event.cases.CaseResumed;
import org.keji.commons.event.cases.CaseStatusChanged;
import org.keji.commons.event.ip.TechnologyContractRefused;
import org.keji.commons.event.ip.TechnologyContractRegistered;
import org.keji.commons.material.MaterialReplica;
import org.keji.commons.money.Money;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A technology contract from submission through a correction to registration or refusal: each illegal move answers 409
 * with the state and the allowed actions, the clock stands still while a correction is awaited, and the case and
 * domain events are written to the outbox with each change.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class TechnologyContractLifecycleTest {

    private static final WorkingDayCalendar CALENDAR = SeededCalendar.load();

    @Inject
    MutableClock clock;

    @Inject
    MaterialReplica replica;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TechnologyContractService service;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldRegisterAContractAfterACorrectionWithTheClockPaused() {
        LocalDate submittedOn = LocalDate.of(2026, 3, 2);
        clock.travelTo(submittedOn);
        String seller = Usccs.aUscc();
        String applicant = Tokens.shared().applicant(seller);
        String officer = Tokens.shared().officer();
        UUID text = TechnologyContracts.aMaterial(replica, seller);

        JsonPath submitted = TechnologyContracts.submit(applicant,
                TechnologyContracts.body(seller, "DEVELOPMENT", "1200000.00", text)).then().statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("trackingNumber", matchesPattern("IP-\\d{8}-\\d{8}"))
                .body("matterCode", equalTo("KJ-IP-TECH-CONTRACT"))
                .body("title", equalTo("高精度伺服电机控制算法委托开发合同"))
                .body("buyer.name", equalTo("杭州云杉智能装备有限公司"))
                .body("region", equalTo("350100")).body("year", equalTo(2026))
                .body("contractAmount", equalTo("1200000.00"))
                .body("promisedDueOn", equalTo(CALENDAR.addWorkingDays(submittedOn, 5).toString()))
                .body("legalDueOn", equalTo(CALENDAR.addWorkingDays(submittedOn, 10).toString()))
                .body("promisedDueOnProvisional", equalTo(false))
                .body("workingDaysLeft", equalTo(5)).body("overdue", equalTo(false))
                .body("allowedActions", equalTo(List.of("request-correction", "register", "refuse")))
                .extract().jsonPath();
        String id = submitted.getString("id");
        String trackingNumber = submitted.getString("trackingNumber");

        // nothing to resubmit yet
        act(applicant, id, "resubmit", "{\"materials\":[{\"name\":\"技术合同文本\",\"materialId\":\"" + text + "\"}]}")
                .then().statusCode(409).body("code", equalTo("TECHNOLOGY_CONTRACT_ILLEGAL_TRANSITION"))
                .body("currentState", equalTo("SUBMITTED"))
                .body("allowedActions", equalTo(List.of("request-correction", "register", "refuse")));

        LocalDate pausedOn = CALENDAR.addWorkingDays(submittedOn, 1);
        clock.travelTo(pausedOn);
        act(officer, id, "request-correction", "{\"missingMaterials\":[\"合同双方盖章页\",\"技术开发计划书\"]}").then()
                .statusCode(200).body("status", equalTo("CORRECTION_REQUESTED")).body("paused", equalTo(true))
                .body("missingMaterials", equalTo(List.of("合同双方盖章页", "技术开发计划书")))
                .body("workingDaysLeft", equalTo(4));
        act(officer, id, "register", "{\"registeredAmount\":\"1000000.00\"}").then().statusCode(409)
                .body("code", equalTo("TECHNOLOGY_CONTRACT_ILLEGAL_TRANSITION"))
                .body("currentState", equalTo("CORRECTION_REQUESTED"))
                .body("allowedActions", equalTo(List.of("resubmit", "refuse")));
        act(officer, id, "request-correction", "{\"missingMaterials\":[\"发票\"]}").then().statusCode(409)
                .body("currentState", equalTo("CORRECTION_REQUESTED"));

        LocalDate resumedOn = CALENDAR.addWorkingDays(pausedOn, 3);
        clock.travelTo(resumedOn);
        // frozen while paused
        get(applicant, id).then().body("workingDaysLeft", equalTo(4));
        UUID stamped = TechnologyContracts.aMaterial(replica, seller);
        act(applicant, id, "resubmit", "{\"materials\":[{\"name\":\"技术合同文本\",\"materialId\":\"" + text
                + "\"},{\"name\":\"合同双方盖章页\",\"materialId\":\"" + stamped + "\"}]}").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("paused", equalTo(false))
                .body("pausedWorkingDays", equalTo(3)).body("missingMaterials", nullValue())
                .body("promisedDueOn", equalTo(CALENDAR.addWorkingDays(submittedOn, 5 + 3).toString()))
                .body("legalDueOn", equalTo(CALENDAR.addWorkingDays(submittedOn, 10 + 3).toString()))
                .body("materials[1].materialId", equalTo(stamped.toString()));
        get(officer, id).then().body("materials[0].fileName", equalTo("技术开发合同.pdf"))
                .body("materials[0].expired", equalTo(false));

        // the registered amount with the deducted hardware costs may not exceed the contract amount
        act(officer, id, "register", "{\"registeredAmount\":\"1000000.00\",\"deductedCosts\":\"200000.01\"}").then()
                .statusCode(422).body("code", equalTo("REGISTERED_AMOUNT_EXCEEDS_CONTRACT"));
        act(officer, id, "register", "{\"registeredAmount\":\"1200000.01\"}").then().statusCode(422)
                .body("code", equalTo("REGISTERED_AMOUNT_EXCEEDS_CONTRACT"));
        LocalDate decidedOn = CALENDAR.addWorkingDays(resumedOn, 1);
        clock.travelTo(decidedOn);
        String number = act(officer, id, "register",
                "{\"registeredAmount\":\"1000000.00\",\"deductedCosts\":\"200000.00\"}").then().statusCode(200)
                .body("status", equalTo("REGISTERED")).body("registeredAmount", equalTo("1000000.00"))
                .body("deductedCosts", equalTo("200000.00")).body("allowedActions", equalTo(List.of()))
                .body("workingDaysLeft", nullValue()).body("decidedOn", equalTo(decidedOn.toString()))
                .body("registrationNumber", matchesPattern("2026" + "350100" + "1\\d{7}"))
                .extract().path("registrationNumber");
        act(officer, id, "refuse", "{\"reasons\":[\"不属于技术合同\"]}").then().statusCode(409)
                .body("currentState", equalTo("REGISTERED")).body("allowedActions", equalTo(List.of()));

        // the case events and the domain event, written with each change, under the tracking number
        List<CloudEvent> events = TechnologyContracts.outbox(dataSource, trackingNumber);
        assertEquals(List.of(CaseOpened.TYPE, CasePaused.TYPE, CaseResumed.TYPE, TechnologyContractRegistered.TYPE,
                CaseClosed.TYPE), events.stream().map(CloudEvent::type).toList());
        CaseOpened opened = EventJson.data(events.get(0), CaseOpened.class);
        assertEquals(List.of("ip-service", "applicant", "KJ-IP-TECH-CONTRACT", seller),
                List.of(opened.service(), opened.actorRole(), opened.matterCode(), opened.uscc()));
        TechnologyContractRegistered registered = EventJson.data(events.get(3), TechnologyContractRegistered.class);
        assertEquals(new TechnologyContractRegistered(id, trackingNumber, "KJ-IP-TECH-CONTRACT", seller,
                "DEVELOPMENT", "350100", number, Money.of("1200000.00"),
                Money.of("1000000.00"), decidedOn), registered);
        CaseClosed closed = EventJson.data(events.get(4), CaseClosed.class);
        assertEquals(CaseOutcome.APPROVED, closed.outcome());
        assertEquals(3, closed.pausedWorkingDays());

        // and the relay publishes the registration on keji.ip.v1
        List<ConsumerRecord<String, String>> published = new KafkaProbe(bootstrapServers).await("keji.ip.v1",
                r -> trackingNumber.equals(r.key()) && r.value().contains(TechnologyContractRegistered.TYPE), 1,
                Duration.ofSeconds(30));
        assertEquals(number, EventJson.data(EventJson.read(published.get(0).value()),
                TechnologyContractRegistered.class).registrationNumber());
    }

    @Test
    void shouldRefuseWhatIsNotATechnologyContractWithEveryReason() {
        String seller = Usccs.aUscc();
        String officer = Tokens.shared().officer();
        String id = TechnologyContracts.aSubmittedContract(Tokens.shared().applicant(seller), seller, "SERVICE",
                "80000.00", TechnologyContracts.aMaterial(replica, seller));
        act(officer, id, "request-correction", "{\"missingMaterials\":[\"服务成果说明\"]}").then().statusCode(200);

        String trackingNumber = act(officer, id, "refuse",
                "{\"reasons\":[\"合同标的为一般设备维修，不属于技术服务\",\"未约定解决特定技术问题\"]}").then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("paused", equalTo(false))
                .body("refusalReasons", equalTo(List.of("合同标的为一般设备维修，不属于技术服务", "未约定解决特定技术问题")))
                .body("registrationNumber", nullValue()).extract().path("trackingNumber");
        act(officer, id, "register", "{\"registeredAmount\":\"80000.00\"}").then().statusCode(409)
                .body("currentState", equalTo("REFUSED"));
        act(Tokens.shared().applicant(seller), id, "resubmit",
                "{\"materials\":[{\"name\":\"x\",\"materialId\":\"" + UUID.randomUUID() + "\"}]}").then()
                .statusCode(409).body("currentState", equalTo("REFUSED"));

        List<CloudEvent> events = TechnologyContracts.outbox(dataSource, trackingNumber);
        assertEquals(List.of(CaseOpened.TYPE, CasePaused.TYPE, TechnologyContractRefused.TYPE, CaseClosed.TYPE),
                events.stream().map(CloudEvent::type).toList());
        assertEquals(List.of("合同标的为一般设备维修，不属于技术服务", "未约定解决特定技术问题"),
                EventJson.data(events.get(2), TechnologyContractRefused.class).reasons());
        assertEquals(CaseOutcome.REFUSED, EventJson.data(events.get(3), CaseClosed.class).outcome());
    }

    @Test
    void shouldDeductCostsOnlyFromDevelopmentTransferAndLicenceContracts() {
        String seller = Usccs.aUscc();
        String officer = Tokens.shared().officer();
        String consulting = TechnologyContracts.aSubmittedContract(Tokens.shared().applicant(seller), seller,
                "CONSULTING", "50000.00", TechnologyContracts.aMaterial(replica, seller));
        act(officer, consulting, "register", "{\"registeredAmount\":\"40000.00\",\"deductedCosts\":\"10000.00\"}")
                .then().statusCode(422).body("code", equalTo("COST_DEDUCTION_NOT_APPLICABLE"));
        act(officer, consulting, "register", "{\"registeredAmount\":\"50000.00\"}").then().statusCode(200)
                .body("registrationNumber", matchesPattern("\\d{4}3501004\\d{7}"));
    }

    @Test
    void shouldRecountProvisionalDueDatesOfOpenCasesOnly() throws SQLException {
        LocalDate submittedOn = LocalDate.of(2026, 12, 24);
        clock.travelTo(submittedOn);
        String seller = Usccs.aUscc();
        String applicant = Tokens.shared().applicant(seller);
        LocalDate legal = CALENDAR.addWorkingDays(submittedOn, 10);
        // ten working days from Christmas Eve reach 2027, whose official calendar is not loaded yet
        assertEquals(2027, legal.getYear());
        JsonPath open = TechnologyContracts.submit(applicant,
                TechnologyContracts.body(seller, "TRANSFER", "500000.00", TechnologyContracts.aMaterial(replica, seller)))
                .then().statusCode(201).body("legalDueOn", equalTo(legal.toString()))
                .body("legalDueOnProvisional", equalTo(true)).extract().jsonPath();
        String decided = TechnologyContracts.aSubmittedContract(applicant, seller, "TRANSFER", "500000.00",
                TechnologyContracts.aMaterial(replica, seller));
        act(Tokens.shared().officer(), decided, "refuse", "{\"reasons\":[\"不属于技术转让\"]}").then().statusCode(200);
        // dates counted on an older calendar
        LocalDate wrong = LocalDate.of(2027, 1, 4);
        setLegalDueOn(open.getString("id"), wrong);
        setLegalDueOn(decided, wrong);

        assertEquals(1, service.recomputeDueDates(2027));

        get(applicant, open.getString("id")).then().body("legalDueOn", equalTo(legal.toString()));
        get(applicant, decided).then().body("legalDueOn", equalTo(wrong.toString()));
        List<CloudEvent> events = TechnologyContracts.outbox(dataSource, open.getString("trackingNumber"));
        assertEquals(List.of(CaseOpened.TYPE, CaseStatusChanged.TYPE), events.stream().map(CloudEvent::type).toList());
        CaseStatusChanged recounted = EventJson.data(events.get(1), CaseStatusChanged.class);
        assertEquals(List.of("SUBMITTED", "SUBMITTED", "system"),
                List.of(recounted.status(), recounted.previousStatus(), recounted.actorRole()));
        assertEquals(legal, recounted.legalDueOn());
        assertEquals(0, service.recomputeDueDates(2027));
    }

    private void setLegalDueOn(String id, LocalDate day) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection
                        .prepareStatement("UPDATE technology_contract SET legal_due_on = ? WHERE id = ?")) {
            update.setObject(1, day);
            update.setObject(2, UUID.fromString(id));
            assertEquals(1, update.executeUpdate());
        }
    }
}
