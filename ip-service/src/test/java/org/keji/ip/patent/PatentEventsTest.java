package org.keji.ip.patent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keji.ip.patent.Patents.append;
import static org.keji.ip.patent.Patents.event;
import static org.keji.ip.patent.Patents.holder;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.ip.LapseReason;
import org.keji.commons.event.ip.PatentGrantedV2;
import org.keji.commons.event.ip.PatentHolderShare;
import org.keji.commons.event.ip.PatentLapsedV2;
import org.keji.commons.event.ip.PatentRestored;
import org.keji.commons.event.ip.PatentTransferredV2;
import org.keji.commons.identifier.PatentApplicationNumber;
import org.keji.commons.identifier.PatentType;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.OutboxRows;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The ip events a patent's legal status tells enterprise-service: one outbox row per change of a granted right, keyed
 * by the application number, in the transaction of the change (a refused append writes none), and the end of term
 * published once by its job however often and however many at once run it.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class PatentEventsTest {

    private static final Tokens TOKENS = Tokens.shared();
    private static final String TITLE = "一种分布式数据库的数据同步方法";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PatentTermExpiryJob termExpiry;

    @Inject
    MutableClock clock;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldPublishEachChangeOfAGrantedPatentOnceWithItsHoldersAndShares() {
        String a = Usccs.aUscc();
        String b = Usccs.aUscc();
        String c = Usccs.aUscc("350105");
        String number = Patents.anInventionNumber();
        UUID id = register(number, "2023-03-15", holder(a, "甲公司", "60.00"), holder(b, "乙公司", "40.00"));
        assertEquals(List.of(), outbox(number), "a filing publishes nothing");

        append(TOKENS.integration("cnipa"), id, event("GRANTED", "2024-06-01", null)).then().statusCode(201);
        append(TOKENS.officer(), id, event("INVALIDATION_REQUESTED", "2024-08-01", null)).then().statusCode(201);
        append(TOKENS.officer(), id, event("INVALIDATION_REJECTED", "2024-09-01", null)).then().statusCode(201);
        append(TOKENS.officer(), id, event("ANNUITY_LAPSED", "2025-06-01", """
                {"noticeDate":"2025-07-10","reason":"未缴第3年年费"}""")).then().statusCode(201);
        append(TOKENS.officer(), id, event("RESTORED", "2025-08-01", null)).then().statusCode(201);
        append(TOKENS.officer(), id, event("TRANSFERRED", "2025-10-01", """
                {"newHolders":[%s,%s]}""".formatted(holder(a, "甲公司", "30.00"), holder(c, "丙公司", "70.00"))))
                .then().statusCode(201);
        append(TOKENS.officer(), id, event("INVALIDATED", "2026-01-05", null)).then().statusCode(201);

        List<PatentHolderShare> before = List.of(share(a, "60.00"), share(b, "40.00"));
        List<PatentHolderShare> after = List.of(share(a, "30.00"), share(c, "70.00"));
        List<CloudEvent> events = outbox(number);
        assertEquals(List.of(PatentGrantedV2.TYPE, PatentLapsedV2.TYPE, PatentRestored.TYPE, PatentTransferredV2.TYPE,
                PatentLapsedV2.TYPE), events.stream().map(CloudEvent::type).toList());
        assertTrue(events.stream().allMatch(e -> number.equals(e.subject())));
        assertEquals(new PatentGrantedV2(number, PatentType.INVENTION, TITLE, before, LocalDate.of(2024, 6, 1),
                "ZL" + number), EventJson.data(events.get(0), PatentGrantedV2.class));
        // an unpaid annuity: the entry's effective date is the lapse day (the log carries no separate due date)
        assertEquals(new PatentLapsedV2(number, PatentType.INVENTION, before, LocalDate.of(2025, 6, 1),
                LapseReason.ANNUITY_UNPAID), EventJson.data(events.get(1), PatentLapsedV2.class));
        assertEquals(new PatentRestored(number, PatentType.INVENTION, TITLE, before, LocalDate.of(2025, 8, 1)),
                EventJson.data(events.get(2), PatentRestored.class));
        assertEquals(new PatentTransferredV2(number, PatentType.INVENTION, TITLE, before, after,
                LocalDate.of(2025, 10, 1)), EventJson.data(events.get(3), PatentTransferredV2.class));
        assertEquals(new PatentLapsedV2(number, PatentType.INVENTION, after, LocalDate.of(2026, 1, 5),
                LapseReason.INVALIDATED), EventJson.data(events.get(4), PatentLapsedV2.class));

        // the relay publishes them on keji.ip.v1 under the application number
        List<ConsumerRecord<String, String>> published = new KafkaProbe(bootstrapServers).await("keji.ip.v1",
                r -> number.equals(r.key()), 5, Duration.ofSeconds(30));
        assertEquals(events.stream().map(CloudEvent::id).toList(),
                published.stream().map(r -> EventJson.read(r.value()).id()).toList());
    }

    @Test
    void shouldPublishNothingBeforeTheGrantAndGrantToTheHoldersOfItsDay() {
        String applicant = Usccs.aUscc();
        String assignee = Usccs.aUscc();
        String number = Patents.anInventionNumber();
        UUID id = register(number, "2023-03-15", holder(applicant, "甲公司", "100.00"));
        // a transfer of the application right (申请权转移): enterprise-service knows patents from their grant on
        append(TOKENS.officer(), id, event("TRANSFERRED", "2023-09-01", """
                {"newHolders":[%s]}""".formatted(holder(assignee, "乙公司", "100.00")))).then().statusCode(201);
        assertEquals(List.of(), outbox(number));

        append(TOKENS.officer(), id, event("GRANTED", "2024-06-01", null)).then().statusCode(201);
        List<CloudEvent> events = outbox(number);
        assertEquals(List.of(PatentGrantedV2.TYPE), events.stream().map(CloudEvent::type).toList());
        assertEquals(List.of(share(assignee, "100.00")),
                EventJson.data(events.get(0), PatentGrantedV2.class).holders());

        // an application abandoned before its grant was never a right in force
        String abandoned = Patents.anInventionNumber();
        UUID other = register(abandoned, "2023-03-15", holder(applicant, "甲公司", "100.00"));
        append(TOKENS.officer(), other, event("ABANDONED", "2024-01-10", null)).then().statusCode(201);
        assertEquals(List.of(), outbox(abandoned));
    }

    @Test
    void shouldWriteNoEventWhenAnAppendIsRefused() {
        String number = Patents.anInventionNumber();
        UUID id = register(number, "2023-03-15", holder(Usccs.aUscc(), "甲公司", "100.00"));
        append(TOKENS.officer(), id, """
                {"kind":"GRANTED","effectiveDate":"2024-06-01","version":7}""").then().statusCode(409)
                .body("code", equalTo("VERSION_CONFLICT"));
        append(TOKENS.officer(), id, event("RESTORED", "2024-06-01", null)).then().statusCode(409)
                .body("code", equalTo("PATENT_EVENT_NOT_ALLOWED"));
        assertEquals(List.of(), outbox(number));

        append(TOKENS.officer(), id, event("GRANTED", "2024-06-01", null)).then().statusCode(201);
        append(TOKENS.officer(), id, event("TRANSFERRED", "2024-07-01", "{}")).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        append(TOKENS.officer(), id, event("ANNUITY_LAPSED", "2025-06-01", """
                {"noticeDate":"2025-07-10"}""")).then().statusCode(201);
        append(TOKENS.officer(), id, event("RESTORED", "2025-09-11", null)).then().statusCode(422)
                .body("code", equalTo("RESTORATION_WINDOW_CLOSED"));
        append(TOKENS.officer(), id, event("ANNUITY_LAPSED", "2025-06-01", """
                {"noticeDate":"2025-07-10"}""")).then().statusCode(409).body("code", equalTo("PATENT_EVENT_NOT_ALLOWED"));

        assertEquals(List.of(PatentGrantedV2.TYPE, PatentLapsedV2.TYPE),
                outbox(number).stream().map(CloudEvent::type).toList());
    }

    @Test
    void shouldPublishNothingForAnImportedFiling() {
        String number = Patents.anInventionNumber();
        given().auth().oauth2(TOKENS.officer()).contentType("application/json")
                .header("Idempotency-Key", "import-" + number)
                .body("{\"items\":[" + Patents.body(number, Usccs.aUscc()) + "]}").post("/api/v1/patents/imports")
                .then().statusCode(200).body("created", equalTo(1));
        assertEquals(List.of(), outbox(number));
    }

    @Test
    void shouldPublishTheEndOfTermOnceEvenWhenTheJobRunsTwiceAtOnce() {
        String holder = Usccs.aUscc();
        List<String> expired = new ArrayList<>();
        // terms of 20, 10 and 15 years from filing, all ended on 2025-03-15; seven of them, in batches of three
        for (PatentType type : List.of(PatentType.INVENTION, PatentType.UTILITY_MODEL, PatentType.DESIGN,
                PatentType.INVENTION, PatentType.UTILITY_MODEL, PatentType.DESIGN, PatentType.INVENTION)) {
            int year = 2025 - type.termYears();
            String number = Patents.aNumber(year, type);
            UUID id = register(number, year + "-03-15", holder(holder, "甲公司", "100.00"));
            append(TOKENS.officer(), id, event("GRANTED", (year + 2) + "-06-01", null)).then().statusCode(201);
            expired.add(number);
        }
        String inForce = Patents.anInventionNumber();
        append(TOKENS.officer(), register(inForce, "2023-03-15", holder(holder, "甲公司", "100.00")),
                event("GRANTED", "2024-06-01", null)).then().statusCode(201);
        String neverGranted = Patents.aNumber(2005, PatentType.INVENTION);
        register(neverGranted, "2005-03-15", holder(holder, "甲公司", "100.00"));
        // lapsed for an unpaid annuity before its term ended: that lapse stays the one enterprise-service knows
        String annuityLapsed = Patents.aNumber(2005, PatentType.INVENTION);
        UUID lapsedId = register(annuityLapsed, "2005-03-15", holder(holder, "甲公司", "100.00"));
        clock.travelTo(LocalDate.of(2012, 1, 1));
        append(TOKENS.officer(), lapsedId, event("GRANTED", "2007-06-01", null)).then().statusCode(201);
        append(TOKENS.officer(), lapsedId, event("ANNUITY_LAPSED", "2011-06-01", """
                {"noticeDate":"2011-07-10"}""")).then().statusCode(201);
        clock.reset();

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(termExpiry::publishDue);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(termExpiry::publishDue);
        int published = first.join() + second.join();
        int again = termExpiry.publishDue();
        assertTrue(published >= expired.size(), "other tests' expired patents may be published too: " + published);
        assertEquals(0, again);

        for (String number : expired) {
            List<CloudEvent> events = outbox(number);
            assertEquals(List.of(PatentGrantedV2.TYPE, PatentLapsedV2.TYPE),
                    events.stream().map(CloudEvent::type).toList(), number);
            PatentType type = PatentApplicationNumber.of(number).type();
            assertEquals(new PatentLapsedV2(number, type, List.of(share(holder, "100.00")), LocalDate.of(2025, 3, 15),
                    LapseReason.TERM_EXPIRED), EventJson.data(events.get(1), PatentLapsedV2.class));
        }
        assertEquals(List.of(PatentGrantedV2.TYPE), outbox(inForce).stream().map(CloudEvent::type).toList());
        assertEquals(List.of(), outbox(neverGranted));
        assertEquals(List.of(PatentGrantedV2.TYPE, PatentLapsedV2.TYPE),
                outbox(annuityLapsed).stream().map(CloudEvent::type).toList());
        given().auth().oauth2(TOKENS.officer()).get("/api/v1/patents/by-number/" + expired.get(0)).then()
                .statusCode(200).body("status", equalTo("LAPSED")).body("lapseReason", equalTo("TERM_EXPIRED"))
                .body("lapsedOn", equalTo("2025-03-15"));
    }

    private static UUID register(String number, String filingDate, String... holders) {
        return UUID.fromString(Patents.register(TOKENS.admin(),
                Patents.body(number, filingDate, List.of(holders), Patents.anIdNumber(1))).then().statusCode(201)
                .extract().path("id"));
    }

    private static PatentHolderShare share(String uscc, String share) {
        return new PatentHolderShare(uscc, new BigDecimal(share));
    }

    /** The events in the outbox under the message key {@code number}, in the order they were written. */
    private List<CloudEvent> outbox(String number) {
        return OutboxRows.payloads(dataSource, number).stream().map(EventJson::read).toList();
    }
}
