package org.keji.ip.subsidy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.keji.ip.subsidy.Subsidies.act;
import static org.keji.ip.subsidy.Subsidies.get;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keji.commons.calendar.SeededCalendar;
import org.keji.commons.calendar.WorkingDayCalendar;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.ip.PatentSubsidyPaid;
import org.keji.commons.material.MaterialReplica;
import org.keji.commons.money.Money;
import org.keji.ip.patent.Patents;
import org.keji.ip.subsidy.Subsidies.PolicyTerms;
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
 * A subsidy application from submission through a correction, approval and payment by a second officer, or to refusal
 * or withdrawal: each illegal move answers 409 with the state and the allowed actions, the clock stands still while a
 * correction is awaited, the caps' reservation follows the decisions, and the case and domain events are written to the
 * outbox with each change.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class SubsidyLifecycleTest {

    private static final WorkingDayCalendar CALENDAR = SeededCalendar.load();
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Inject
    MutableClock clock;

    @Inject
    MaterialReplica replica;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void pinClock() {
        clock.travelTo(TODAY);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldPayAnApprovedRewardOnlyWhenASecondOfficerRecordsThePayment() {
        String holder = Usccs.aUscc();
        String applicant = Tokens.shared().applicant(holder);
        String maker = Subsidies.officer("officer-chen");
        String checker = Subsidies.officer("officer-lin");
        UUID policy = Subsidies.aPolicy(PolicyTerms.grantReward());
        UUID patent = Subsidies.aGrantedPatent(holder);
        UUID receipt = Subsidies.aReceipt(replica, holder);

        JsonPath submitted = Subsidies.apply(applicant, Subsidies.body(policy, patent, holder, receipt)).then()
                .statusCode(201).body("status", equalTo("SUBMITTED"))
                .body("trackingNumber", matchesPattern("IP-\\d{8}-\\d{8}"))
                .body("matterCode", equalTo("350217009000")).body("region", equalTo("350100"))
                .body("year", equalTo(2026)).body("patentType", equalTo("INVENTION"))
                .body("amount", equalTo("5000.00"))
                .body("promisedDueOn", equalTo(CALENDAR.addWorkingDays(TODAY, 15).toString()))
                .body("legalDueOn", equalTo(CALENDAR.addWorkingDays(TODAY, 20).toString()))
                .body("allowedActions", equalTo(List.of("request-correction", "approve", "refuse", "withdraw")))
                .extract().jsonPath();
        String id = submitted.getString("id");
        String tracking = submitted.getString("trackingNumber");

        LocalDate pausedOn = CALENDAR.addWorkingDays(TODAY, 1);
        clock.travelTo(pausedOn);
        act(maker, id, "request-correction", "{\"missingMaterials\":[\"专利授权通知书\"]}").then().statusCode(200)
                .body("status", equalTo("CORRECTION_REQUESTED")).body("paused", equalTo(true));
        act(maker, id, "approve", "{\"approvedAmount\":\"5000.00\"}").then().statusCode(409)
                .body("code", equalTo("PATENT_SUBSIDY_ILLEGAL_TRANSITION"))
                .body("currentState", equalTo("CORRECTION_REQUESTED"))
                .body("allowedActions", equalTo(List.of("resubmit", "refuse", "withdraw")));
        LocalDate resumedOn = CALENDAR.addWorkingDays(pausedOn, 2);
        clock.travelTo(resumedOn);
        UUID notice = Subsidies.aReceipt(replica, holder);
        act(applicant, id, "resubmit", "{\"materials\":[{\"name\":\"专利申请费缴费收据\",\"materialId\":\"" + receipt
                + "\"},{\"name\":\"专利授权通知书\",\"materialId\":\"" + notice + "\"}]}").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("pausedWorkingDays", equalTo(2))
                .body("promisedDueOn", equalTo(CALENDAR.addWorkingDays(TODAY, 15 + 2).toString()))
                .body("missingMaterials", nullValue());

        // approved amount at most the amount applied for
        act(maker, id, "approve", "{\"approvedAmount\":\"5000.01\"}").then().statusCode(422)
                .body("code", equalTo("SUBSIDY_APPROVED_AMOUNT_EXCEEDS"));
        act(maker, id, "pay", "{\"paidOn\":\"" + resumedOn + "\",\"voucherNumber\":\"V-1\",\"amount\":\"5000.00\"}")
                .then().statusCode(409).body("code", equalTo("PATENT_SUBSIDY_ILLEGAL_TRANSITION"))
                .body("currentState", equalTo("SUBMITTED"));
        act(maker, id, "approve", "{\"approvedAmount\":\"4000.00\"}").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedAmount", equalTo("4000.00"))
                .body("approvedBy", equalTo("officer-chen")).body("allowedActions", equalTo(List.of("pay")));
        // an approval below the amount gives the difference back to the cap
        assertEquals(List.of("4000.00 1"), ledger(policy, holder));
        act(applicant, id, "withdraw", null).then().statusCode(409)
                .body("code", equalTo("PATENT_SUBSIDY_ILLEGAL_TRANSITION")).body("currentState", equalTo("APPROVED"));

        String payment = "{\"paidOn\":\"" + resumedOn + "\",\"voucherNumber\":\"FZKJ-2026-06-0381\",\"amount\":\"4000.00\"}";
        // maker-checker: the approver does not record the payment
        act(maker, id, "pay", payment).then().statusCode(409).body("code", equalTo("MAKER_CHECKER_VIOLATION"));
        act(checker, id, "pay", payment.replace("4000.00", "5000.00")).then().statusCode(422)
                .body("code", equalTo("SUBSIDY_PAYMENT_AMOUNT_MISMATCH"));
        act(checker, id, "pay", payment.replace(resumedOn.toString(), resumedOn.plusDays(1).toString())).then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("paidOn"));
        act(checker, id, "pay", payment).then().statusCode(200).body("status", equalTo("PAID"))
                .body("paidAmount", equalTo("4000.00")).body("paidOn", equalTo(resumedOn.toString()))
                .body("voucherNumber", equalTo("FZKJ-2026-06-0381")).body("paidBy", equalTo("officer-lin"))
                .body("allowedActions", equalTo(List.of()));
        get(applicant, id).then().statusCode(200).body("status", equalTo("PAID"))
                .body("materials[1].fileName", equalTo("申请费收据.pdf"));
        act(checker, id, "pay", payment).then().statusCode(409).body("currentState", equalTo("PAID"));

        assertEquals(List.of("keji.case.opened.v1 SUBMITTED", "keji.case.paused.v1 CORRECTION_REQUESTED",
                "keji.case.resumed.v1 SUBMITTED", "keji.ip.patent-subsidy.approved.v1 -",
                "keji.case.status-changed.v1 APPROVED", "keji.ip.patent-subsidy.paid.v1 -",
                "keji.case.closed.v1 PAID"), Subsidies.outbox(dataSource, tracking));
        assertEquals(List.of("4000.00 " + resumedOn + " 350100 INVENTION"), Subsidies.strings(dataSource,
                "SELECT paid_amount || ' ' || paid_on || ' ' || region || ' ' || patent_type "
                        + "FROM patent_subsidy_application WHERE id = ?::uuid",
                id));

        // and the relay publishes the payment on keji.ip.v1
        List<ConsumerRecord<String, String>> published = new KafkaProbe(bootstrapServers).await("keji.ip.v1",
                r -> tracking.equals(r.key()) && r.value().contains(PatentSubsidyPaid.TYPE), 1, Duration.ofSeconds(30));
        PatentSubsidyPaid paid = EventJson.data(EventJson.read(published.get(0).value()), PatentSubsidyPaid.class);
        assertEquals(Money.of("4000.00"), paid.paidAmount());
        assertEquals("FZKJ-2026-06-0381", paid.voucherNumber());
        assertEquals(holder, paid.applicantUscc());
    }

    @Test
    void shouldFreeThePatentAndTheCapOnRefusalAndOnWithdrawal() {
        String holder = Usccs.aUscc();
        String applicant = Tokens.shared().applicant(holder);
        String officer = Tokens.shared().officer();
        UUID policy = Subsidies.aPolicy(PolicyTerms.grantReward());
        UUID patent = Subsidies.aGrantedPatent(holder);
        UUID receipt = Subsidies.aReceipt(replica, holder);

        JsonPath first = Subsidies.apply(applicant, Subsidies.body(policy, patent, holder, receipt)).then()
                .statusCode(201).extract().jsonPath();
        String id = first.getString("id");
        assertEquals(List.of("5000.00 1"), ledger(policy, holder));
        Subsidies.apply(applicant, Subsidies.body(policy, patent, holder, receipt)).then().statusCode(409)
                .body("code", equalTo("SUBSIDY_ALREADY_APPLIED"));
        act(officer, id, "refuse", "{\"reasons\":[\"缴费收据与申请号不符\"]}").then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("refusalReasons", equalTo(List.of("缴费收据与申请号不符")))
                .body("closedOn", equalTo(TODAY.toString())).body("allowedActions", equalTo(List.of()));
        assertEquals(List.of("0.00 0"), ledger(policy, holder));
        assertEquals(List.of("keji.case.opened.v1 SUBMITTED", "keji.ip.patent-subsidy.refused.v1 -",
                "keji.case.closed.v1 REFUSED"), Subsidies.outbox(dataSource, first.getString("trackingNumber")));
        act(officer, id, "approve", "{\"approvedAmount\":\"1.00\"}").then().statusCode(409)
                .body("currentState", equalTo("REFUSED")).body("allowedActions", equalTo(List.of()));

        // a refused application frees the patent: a new one is taken, and may be withdrawn
        String second = Subsidies.anApplication(policy, patent, holder, receipt);
        act(applicant, second, "withdraw", null).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertEquals(List.of("0.00 0"), ledger(policy, holder));
        Subsidies.anApplication(policy, patent, holder, receipt);
        assertEquals(List.of("5000.00 1"), ledger(policy, holder));
    }

    @Test
    void shouldSubsidizeACoOwnedPatentOnceInFullToTheHolderThatApplies() {
        String first = Usccs.aUscc();
        String second = Usccs.aUscc();
        String number = Patents.anInventionNumber();
        UUID patent = UUID.fromString(Patents.register(Tokens.shared().admin(), Patents.body(number, "2023-03-15",
                List.of(Patents.holder(first, "福州市星火科技有限公司", "60.00"),
                        Patents.holder(second, "福州市燎原材料有限公司", "40.00")),
                Patents.anIdNumber(2))).then().statusCode(201).extract().path("id"));
        Subsidies.grant(patent);
        UUID policy = Subsidies.aPolicy(PolicyTerms.grantReward());

        Subsidies.apply(Tokens.shared().applicant(second),
                Subsidies.body(policy, patent, second, Subsidies.aReceipt(replica, second))).then().statusCode(201)
                .body("applicantUscc", equalTo(second)).body("amount", equalTo("5000.00"));
        Subsidies.apply(Tokens.shared().applicant(first),
                Subsidies.body(policy, patent, first, Subsidies.aReceipt(replica, first))).then().statusCode(409)
                .body("code", equalTo("SUBSIDY_ALREADY_APPLIED"));
    }

    @Test
    void shouldRefuseChangesToAPolicyOnceApplicationsWereMadeUnderIt() {
        String holder = Usccs.aUscc();
        PolicyTerms terms = PolicyTerms.grantReward();
        UUID policy = Subsidies.aPolicy(terms);
        Subsidies.anApplication(policy, Subsidies.aGrantedPatent(holder), holder, Subsidies.aReceipt(replica, holder));
        JsonPath current = given().auth().oauth2(Tokens.shared().admin())
                .get("/api/v1/patent-subsidy-policies/" + policy).then().statusCode(200).extract().jsonPath();
        String update = terms.json().replaceFirst("\"code\":\"[^\"]+\"", "\"code\":\"" + current.getString("code")
                + "\"").replace("\"budget\":null", "\"budget\":null,\"version\":" + current.getLong("version"));
        given().auth().oauth2(Tokens.shared().admin()).contentType("application/json")
                .body(update).put("/api/v1/patent-subsidy-policies/" + policy).then().statusCode(409)
                .body("code", equalTo("SUBSIDY_POLICY_IN_USE"));
    }

    private List<String> ledger(UUID policy, String applicant) {
        return Subsidies.strings(dataSource, "SELECT reserved_amount || ' ' || reserved_count "
                + "FROM patent_subsidy_enterprise_ledger WHERE applicant_uscc = ? AND policy_id = '" + policy + "'",
                applicant);
    }
}
