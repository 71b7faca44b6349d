package org.keji.project.award;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.keji.project.award.Awards.act;
import static org.keji.project.award.Awards.awarded;
import static org.keji.project.award.Awards.get;

import java.sql.Connection;
import java.sql.SQLException;
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
import org.keji.commons.event.project.AwardPaid;
import org.keji.commons.material.MaterialReplica;
import org.keji.commons.money.Money;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A nomination from nomination through review and decision to payment by a second officer, or to not awarded or
 * withdrawal: the amount is the grade's of the nomination's year, each illegal move answers 409 with the state and the
 * allowed actions, and the case and domain events are written to the outbox with each change.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class AwardLifecycleTest {

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
    void shouldPayTheAmountOfTheNominationsYearOnlyWhenASecondOfficerRecordsThePayment() {
        Awards.published(2026, Awards.GRADES_2026);
        Awards.published(2027, "SECOND=120000.00");
        String uscc = Awards.anEnterprise(dataSource, "350102");
        String applicant = Tokens.shared().applicant(uscc);
        String maker = Awards.officer("officer-chen");
        String checker = Awards.officer("officer-lin");
        UUID report = Awards.aReport(replica, uscc);

        JsonPath nominated = Awards.nominate(applicant, Awards.body(uscc, 2026, "FIRST", report)).then()
                .statusCode(201).body("status", equalTo("NOMINATED"))
                .body("trackingNumber", matchesPattern("PRJ-\\d{8}-\\d{8}"))
                .body("matterCode", equalTo("350217008000")).body("region", equalTo("350102"))
                .body("year", equalTo(2026)).body("nominatedGrade", equalTo("FIRST"))
                .body("members[0].idNumber", equalTo(Awards.ID_MASKED))
                .body("promisedDueOn", equalTo(CALENDAR.addWorkingDays(TODAY, 60).toString()))
                .body("legalDueOn", equalTo(CALENDAR.addWorkingDays(TODAY, 90).toString()))
                .body("allowedActions", equalTo(List.of("review", "withdraw"))).extract().jsonPath();
        String id = nominated.getString("id");
        String tracking = nominated.getString("trackingNumber");
        // ID numbers in clear only for bureau staff
        get(maker, id).then().statusCode(200).body("members[0].idNumber", equalTo(Awards.ID_NUMBER));

        act(maker, id, "decide", awarded("SECOND")).then().statusCode(409)
                .body("code", equalTo("AWARD_NOMINATION_ILLEGAL_TRANSITION")).body("currentState", equalTo("NOMINATED"))
                .body("allowedActions", equalTo(List.of("review", "withdraw")));
        act(maker, id, "review", null).then().statusCode(200).body("status", equalTo("UNDER_REVIEW"))
                .body("allowedActions", equalTo(List.of("decide", "withdraw")));
        act(checker, id, "pay", payment(TODAY, "100000.00")).then().statusCode(409)
                .body("code", equalTo("AWARD_NOMINATION_ILLEGAL_TRANSITION"))
                .body("currentState", equalTo("UNDER_REVIEW"));
        act(maker, id, "decide", "{\"outcome\":\"AWARDED\"}").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("grade"));

        // the committee awards SECOND, not the FIRST nominated: the amount is SECOND's of 2026, not 2027's
        act(maker, id, "decide", awarded("SECOND")).then().statusCode(200).body("status", equalTo("AWARDED"))
                .body("awardedGrade", equalTo("SECOND")).body("amount", equalTo("100000.00"))
                .body("decidedBy", equalTo("officer-chen")).body("decidedOn", equalTo(TODAY.toString()))
                .body("allowedActions", equalTo(List.of("pay")));
        // next year's amount changes and this year's grade in use refuses any change, so the award stays as decided
        Awards.published(2027, "SECOND=150000.00");
        Awards.publish(Tokens.shared().admin(), 2026, Awards.grades("SPECIAL=500000.00/1", "FIRST=200000.00/5",
                "SECOND=110000.00", "THIRD=50000.00")).then().statusCode(409).body("code", equalTo("AWARD_GRADE_IN_USE"));
        Awards.publish(Tokens.shared().admin(), 2026, Awards.grades("SPECIAL=500000.00/1", "FIRST=200000.00/5",
                "THIRD=50000.00")).then().statusCode(409).body("code", equalTo("AWARD_GRADE_IN_USE"));
        get(maker, id).then().body("amount", equalTo("100000.00"));
        act(applicant, id, "withdraw", null).then().statusCode(409)
                .body("code", equalTo("AWARD_NOMINATION_ILLEGAL_TRANSITION")).body("currentState", equalTo("AWARDED"))
                .body("allowedActions", equalTo(List.of("pay")));

        LocalDate paidOn = CALENDAR.addWorkingDays(TODAY, 2);
        clock.travelTo(paidOn);
        // maker-checker: the decider does not record the payment
        act(maker, id, "pay", payment(paidOn, "100000.00")).then().statusCode(409)
                .body("code", equalTo("MAKER_CHECKER_VIOLATION"));
        act(checker, id, "pay", payment(paidOn, "150000.00")).then().statusCode(422)
                .body("code", equalTo("AWARD_PAYMENT_AMOUNT_MISMATCH"));
        // a negative or zero amount is bad input, not a mismatch (was 422 AWARD_PAYMENT_AMOUNT_MISMATCH)
        act(checker, id, "pay", payment(paidOn, "-100000.00")).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations.field", hasItem("amount"));
        act(checker, id, "pay", payment(paidOn, "0.00")).then().statusCode(400)
                .body("violations.field", hasItem("amount"));
        act(checker, id, "pay", payment(paidOn.plusDays(1), "100000.00")).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("paidOn"));
        act(checker, id, "pay", payment(paidOn, "100000.00")).then().statusCode(200).body("status", equalTo("PAID"))
                .body("paidAmount", equalTo("100000.00")).body("paidOn", equalTo(paidOn.toString()))
                .body("paidBy", equalTo("officer-lin")).body("voucherNumber", equalTo("FZKJ-2026-06-0412"))
                .body("closedOn", equalTo(paidOn.toString())).body("allowedActions", equalTo(List.of()));
        act(checker, id, "pay", payment(paidOn, "100000.00")).then().statusCode(409)
                .body("currentState", equalTo("PAID"));

        assertEquals(List.of("keji.case.opened.v1 NOMINATED", "keji.case.status-changed.v1 UNDER_REVIEW",
                "keji.project.award.decided.v1 AWARDED", "keji.case.status-changed.v1 AWARDED",
                "keji.project.award.paid.v1 -", "keji.case.closed.v1 PAID"), Awards.outbox(dataSource, tracking));
        assertEquals(List.of("SECOND 100000.00 1"), Awards.strings(dataSource, "SELECT g.grade || ' ' || g.amount || ' ' "
                + "|| g.awarded_count FROM award_grade g JOIN award_nomination n ON n.grade_id = g.id WHERE n.id = ?::uuid",
                id));
        // the money moves show in the audit trail: who decided and who paid, with the outcome
        assertEquals(List.of("officer-chen POST /api/v1/awards/nominations/{id}/decide 200",
                "officer-lin POST /api/v1/awards/nominations/{id}/pay 200"), audit(id));

        // and the relay publishes the payment on keji.project.v1
        List<ConsumerRecord<String, String>> published = new KafkaProbe(bootstrapServers).await("keji.project.v1",
                r -> tracking.equals(r.key()) && r.value().contains(AwardPaid.TYPE), 1, Duration.ofSeconds(30));
        AwardPaid paid = EventJson.data(EventJson.read(published.get(0).value()), AwardPaid.class);
        assertEquals(Money.of("100000.00"), paid.paidAmount());
        assertEquals("SECOND", paid.grade());
        assertEquals(2026, paid.year());
        assertEquals(uscc, paid.uscc());
        assertEquals("officer-lin", paid.paidBy());
    }

    @Test
    void shouldRefuseInTheDatabaseAPaymentRecordedByTheDecider() throws SQLException {
        Awards.published(2026, Awards.GRADES_2026);
        String uscc = Awards.anEnterprise(dataSource, "350102");
        String id = Awards.aNomination(uscc, 2026, "THIRD", Awards.aReport(replica, uscc));
        String officer = Awards.officer("officer-chen");
        act(officer, id, "review", null).then().statusCode(200);
        act(officer, id, "decide", awarded("THIRD")).then().statusCode(200);

        try (Connection connection = dataSource.getConnection()) {
            SQLException refused = assertThrows(SQLException.class, () -> connection.createStatement().executeUpdate(
                    "UPDATE award_nomination SET paid_on = decided_on, paid_amount = amount, voucher_number = 'V-1', "
                            + "paid_by = decided_by, status = 'PAID' WHERE id = '" + id + "'"));
            assertEquals("23514", refused.getSQLState()); // check_violation: award_nomination_paid
        }
    }

    @Test
    void shouldCloseTheCaseWhenNotAwardedOrWithdrawn() {
        Awards.published(2026, Awards.GRADES_2026);
        String uscc = Awards.anEnterprise(dataSource, "350102");
        UUID report = Awards.aReport(replica, uscc);
        String officer = Awards.officer("officer-chen");
        String refused = Awards.aNomination(uscc, 2026, "SPECIAL", report);
        String withdrawn = Awards.aNomination(uscc, 2026, "THIRD", report);

        act(officer, refused, "review", null).then().statusCode(200);
        act(officer, refused, "decide", "{\"outcome\":\"NOT_AWARDED\"}").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        JsonPath notAwarded = act(officer, refused, "decide",
                "{\"outcome\":\"NOT_AWARDED\",\"reason\":\"创新性不足\"}").then().statusCode(200)
                .body("status", equalTo("NOT_AWARDED")).body("notAwardedReason", equalTo("创新性不足"))
                .body("amount", nullValue()).body("closedOn", equalTo(TODAY.toString()))
                .body("allowedActions", equalTo(List.of())).extract().jsonPath();
        act(officer, refused, "withdraw", null).then().statusCode(409).body("currentState", equalTo("NOT_AWARDED"))
                .body("allowedActions", equalTo(List.of()));
        assertEquals(List.of("keji.case.opened.v1 NOMINATED", "keji.case.status-changed.v1 UNDER_REVIEW",
                "keji.project.award.decided.v1 NOT_AWARDED", "keji.case.closed.v1 NOT_AWARDED"),
                Awards.outbox(dataSource, notAwarded.getString("trackingNumber")));

        JsonPath gone = act(Tokens.shared().applicant(uscc), withdrawn, "withdraw", null).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("closedOn", equalTo(TODAY.toString())).extract()
                .jsonPath();
        act(officer, withdrawn, "review", null).then().statusCode(409)
                .body("code", equalTo("AWARD_NOMINATION_ILLEGAL_TRANSITION")).body("currentState", equalTo("WITHDRAWN"));
        assertEquals(List.of("keji.case.opened.v1 NOMINATED", "keji.case.closed.v1 WITHDRAWN"),
                Awards.outbox(dataSource, gone.getString("trackingNumber")));
    }

    @Test
    void shouldRefuseANominationForAGradeNotPublishedForTheYear() {
        Awards.published(2026, Awards.GRADES_2026);
        String uscc = Awards.anEnterprise(dataSource, "350102");
        Awards.nominate(Tokens.shared().applicant(uscc), Awards.body(uscc, 2031, "FIRST", Awards.aReport(replica, uscc)))
                .then().statusCode(422).body("code", equalTo("AWARD_GRADE_NOT_PUBLISHED"));
        Awards.nominate(Tokens.shared().applicant(uscc), Awards.body(uscc, 2026, "FIRST", UUID.randomUUID())).then()
                .statusCode(422).body("code", equalTo("MATERIAL_NOT_FOUND"));
        Awards.nominate(Tokens.shared().applicant(uscc),
                Awards.body(uscc, 2026, "FIRST", Awards.aReport(replica, uscc)).replace(Awards.ID_NUMBER,
                        "110105194912310021"))
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", containsString("idNumber"));
    }

    private List<String> audit(String id) {
        return Awards.strings(dataSource, "SELECT subject || ' ' || operation || ' ' || status FROM audit_entry "
                + "WHERE record_id = ? AND (operation LIKE '%/decide' OR operation LIKE '%/pay') AND status = 200 "
                + "ORDER BY seq", id);
    }

    private static String payment(LocalDate paidOn, String amount) {
        return "{\"paidOn\":\"" + paidOn + "\",\"voucherNumber\":\"FZKJ-2026-06-0412\",\"amount\":\"" + amount + "\"}";
    }
}
