package org.keji.enterprise.incubator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.enterprise.IncubatorRegistered;
import org.keji.commons.event.enterprise.SeedFundPaid;
import org.keji.commons.event.enterprise.TenantAdmitted;
import org.keji.commons.event.enterprise.TenantAssessed;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class TenantResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldAdmitATenantWithTheDefaultLimitAndReadItBackInChinese() {
        UUID incubatorId = Incubators.anIncubator(5);
        String uscc = Enterprises.aUscc();
        LocalDate movedInOn = Incubators.aYearAgo();
        Response admitted = Incubators.admit(Tokens.shared().officer(), incubatorId,
                Incubators.anAdmission(uscc, "福州市星火科技有限公司", movedInOn, null));
        admitted.then().statusCode(201).body("uscc", equalTo(uscc)).body("name", equalTo("福州市星火科技有限公司"))
                .body("incubatorId", equalTo(incubatorId.toString())).body("status", equalTo("INCUBATING"))
                .body("incubationLimitMonths", equalTo(48))
                .body("incubationEndsOn", equalTo(movedInOn.plusMonths(48).toString()))
                .body("overdue", equalTo(false)).body("moveOutDeadline", nullValue())
                .body("seedFundTotal", equalTo("0.00")).body("assessments", empty())
                .body("allowedActions", equalTo(List.of("assess", "graduate", "move-out", "pay-seed-fund")));
        String tenantId = admitted.path("id");
        assertEquals(Incubators.tenantsPath(incubatorId) + "/" + tenantId, admitted.header("Location"));

        given().auth().oauth2(Tokens.shared().officer()).get(Incubators.tenantsPath(incubatorId) + "/" + tenantId)
                .then().statusCode(200).body("name", equalTo("福州市星火科技有限公司")).body("movedInOn",
                        equalTo(movedInOn.toString()));
        given().auth().oauth2(Tokens.shared().officer()).get(Incubators.PATH + "/" + incubatorId).then()
                .statusCode(200).body("activeTenants", equalTo(1));
        given().auth().oauth2(Tokens.shared().officer()).queryParam("status", "INCUBATING")
                .get(Incubators.tenantsPath(incubatorId)).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(tenantId));
        given().auth().oauth2(Tokens.shared().officer()).queryParam("status", "GRADUATED")
                .get(Incubators.tenantsPath(incubatorId)).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldFlagATenantStillIncubatingAfterItsLimitAsOverdue() {
        UUID incubatorId = Incubators.anIncubator(5);
        LocalDate movedInOn = LocalDate.of(2018, 1, 1);
        Incubators.admit(Tokens.shared().officer(), incubatorId,
                Incubators.anAdmission(Enterprises.aUscc(), "超期在孵企业", movedInOn, 24)).then().statusCode(201)
                .body("incubationLimitMonths", equalTo(24)).body("incubationEndsOn", equalTo("2020-01-01"))
                .body("overdue", equalTo(true));
    }

    @Test
    void shouldRefuseAdmissionWhenFull() {
        UUID incubatorId = Incubators.anIncubator(1);
        Incubators.aTenant(incubatorId, Enterprises.aUscc());

        Incubators.admit(Tokens.shared().officer(), incubatorId,
                Incubators.anAdmission(Enterprises.aUscc(), "迟到企业", Incubators.aYearAgo(), null)).then()
                .statusCode(422).contentType(PROBLEM).body("code", equalTo("INCUBATOR_FULL"));
    }

    @Test
    void shouldAdmitExactlyOneOfTwoConcurrentAdmissionsForTheLastPlace() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                UUID incubatorId = Incubators.anIncubator(2);
                Incubators.aTenant(incubatorId, Enterprises.aUscc());
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> admissions = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    String body = Incubators.anAdmission(Enterprises.aUscc(), "抢位企业" + i, Incubators.aYearAgo(),
                            null);
                    admissions.add(executor.submit(() -> {
                        start.await();
                        return Incubators.admit(Tokens.shared().officer(), incubatorId, body);
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                String refusal = null;
                for (Future<Response> admission : admissions) {
                    Response response = admission.get();
                    statuses.add(response.statusCode());
                    if (response.statusCode() != 201) {
                        refusal = response.path("code");
                    }
                }
                assertEquals(List.of(201, 422), statuses.stream().sorted().toList(), "round " + round);
                assertEquals("INCUBATOR_FULL", refusal);
                given().auth().oauth2(Tokens.shared().officer()).get(Incubators.PATH + "/" + incubatorId).then()
                        .statusCode(200).body("activeTenants", equalTo(2));
            }
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void shouldAdmitAnEnterpriseOnceWhenTwoIncubatorsRaceToAdmitIt() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String body = Incubators.anAdmission(Enterprises.aUscc(), "两处争抢企业", Incubators.aYearAgo(), null);
                List<UUID> incubators = List.of(Incubators.anIncubator(5), Incubators.anIncubator(5));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> admissions = new ArrayList<>();
                for (UUID incubatorId : incubators) {
                    admissions.add(executor.submit(() -> {
                        start.await();
                        return Incubators.admit(Tokens.shared().officer(), incubatorId, body);
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                String refusal = null;
                for (Future<Response> admission : admissions) {
                    Response response = admission.get();
                    statuses.add(response.statusCode());
                    if (response.statusCode() != 201) {
                        refusal = response.path("code");
                    }
                }
                assertEquals(List.of(201, 409), statuses.stream().sorted().toList(), "round " + round);
                assertEquals("TENANT_ALREADY_INCUBATING", refusal);
            }
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void shouldRefuseAnEnterpriseAlreadyIncubatingElsewhereButReadmitItAfterGraduation() {
        String uscc = Enterprises.aUscc();
        UUID first = Incubators.anIncubator(5);
        UUID second = Incubators.anIncubator(5);
        UUID tenantId = Incubators.aTenant(first, uscc);

        Incubators.admit(Tokens.shared().officer(), second,
                Incubators.anAdmission(uscc, "一企两孵", Incubators.aYearAgo(), null)).then().statusCode(409)
                .contentType(PROBLEM).body("code", equalTo("TENANT_ALREADY_INCUBATING"));
        Incubators.admit(Tokens.shared().officer(), first,
                Incubators.anAdmission(uscc, "重复入孵", Incubators.aYearAgo(), null)).then().statusCode(409)
                .body("code", equalTo("TENANT_ALREADY_INCUBATING"));

        Incubators.action(Tokens.shared().officer(), first, tenantId, "graduate", Incubators.aDate(today()))
                .then().statusCode(200).body("status", equalTo("GRADUATED"));
        Incubators.admit(Tokens.shared().officer(), second, Incubators.anAdmission(uscc, "毕业后再入孵", today(), 12))
                .then().statusCode(201);
    }

    @Test
    void shouldSetAMoveOutDeadlineWhenAssessedUnqualified() {
        UUID incubatorId = Incubators.anIncubator(5);
        LocalDate movedInOn = LocalDate.of(2022, 3, 1);
        UUID tenantId = UUID.fromString(Incubators.admit(Tokens.shared().officer(), incubatorId,
                Incubators.anAdmission(Enterprises.aUscc(), "考核企业", movedInOn, null)).then().statusCode(201)
                .extract().path("id"));
        String path = Incubators.tenantPath(incubatorId, tenantId);

        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body(Incubators.anAssessment(2023, "QUALIFIED", LocalDate.of(2024, 1, 10)))
                .post(path + "/assessments").then().statusCode(201).body("grade", equalTo("QUALIFIED"))
                .body("remarks", equalTo("研发投入达标，营收增长明显。"));
        given().auth().oauth2(Tokens.shared().officer()).get(path).then().statusCode(200)
                .body("moveOutDeadline", nullValue());

        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body(Incubators.anAssessment(2024, "UNQUALIFIED", LocalDate.of(2025, 1, 15)))
                .post(path + "/assessments").then().statusCode(201).body("year", equalTo(2024));
        given().auth().oauth2(Tokens.shared().officer()).get(path).then().statusCode(200)
                .body("moveOutDeadline", equalTo("2025-04-15")).body("status", equalTo("INCUBATING"))
                .body("assessments.year", equalTo(List.of(2023, 2024)))
                .body("assessments.grade", equalTo(List.of("QUALIFIED", "UNQUALIFIED")));
    }

    @Test
    void shouldRefuseASecondAssessmentOfOneYear() {
        UUID incubatorId = Incubators.anIncubator(5);
        UUID tenantId = Incubators.aTenant(incubatorId, Enterprises.aUscc());
        String assessments = Incubators.tenantPath(incubatorId, tenantId) + "/assessments";
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body(Incubators.anAssessment(2025, "EXCELLENT", today())).post(assessments).then().statusCode(201);

        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body(Incubators.anAssessment(2025, "UNQUALIFIED", today())).post(assessments).then()
                .statusCode(409).contentType(PROBLEM).body("code", equalTo("TENANT_ASSESSMENT_EXISTS"));
        given().auth().oauth2(Tokens.shared().officer()).get(Incubators.tenantPath(incubatorId, tenantId)).then()
                .statusCode(200).body("assessments.grade", equalTo(List.of("EXCELLENT")))
                .body("moveOutDeadline", nullValue());
    }

    @Test
    void shouldRefuseGraduatingAMovedOutTenantWithItsStateAndAllowedActions() {
        UUID incubatorId = Incubators.anIncubator(5);
        UUID tenantId = Incubators.aTenant(incubatorId, Enterprises.aUscc());
        Incubators.action(Tokens.shared().officer(), incubatorId, tenantId, "move-out", Incubators.aMoveOut(today()))
                .then().statusCode(200).body("status", equalTo("MOVED_OUT"))
                .body("moveOutReason", equalTo("年度考核不合格，限期迁出。")).body("allowedActions", empty());

        Incubators.action(Tokens.shared().officer(), incubatorId, tenantId, "graduate", Incubators.aDate(today()))
                .then().statusCode(409).contentType(PROBLEM).body("code", equalTo("TENANT_ILLEGAL_TRANSITION"))
                .body("currentState", equalTo("MOVED_OUT")).body("allowedActions", empty());
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body(Incubators.anAssessment(2025, "QUALIFIED", today()))
                .post(Incubators.tenantPath(incubatorId, tenantId) + "/assessments").then().statusCode(409)
                .body("code", equalTo("TENANT_ILLEGAL_TRANSITION")).body("currentState", equalTo("MOVED_OUT"));
        given().auth().oauth2(Tokens.shared().officer()).get(Incubators.PATH + "/" + incubatorId).then()
                .statusCode(200).body("activeTenants", equalTo(0));
    }

    @Test
    void shouldRefuseADateBeforeTheMoveIn() {
        UUID incubatorId = Incubators.anIncubator(5);
        UUID tenantId = Incubators.aTenant(incubatorId, Enterprises.aUscc());
        LocalDate beforeMoveIn = Incubators.aYearAgo().minusDays(1);

        Incubators.action(Tokens.shared().officer(), incubatorId, tenantId, "graduate", Incubators.aDate(beforeMoveIn))
                .then().statusCode(422).contentType(PROBLEM).body("code", equalTo("TENANT_DATE_BEFORE_MOVE_IN"));
        Incubators.action(Tokens.shared().officer(), incubatorId, tenantId, "seed-fund-payments",
                Incubators.aPayment("1000.00", beforeMoveIn)).then().statusCode(422)
                .body("code", equalTo("TENANT_DATE_BEFORE_MOVE_IN"));
        given().auth().oauth2(Tokens.shared().officer()).get(Incubators.tenantPath(incubatorId, tenantId)).then()
                .statusCode(200).body("status", equalTo("INCUBATING")).body("seedFundTotal", equalTo("0.00"));
    }

    @Test
    void shouldRefuseASeedFundAmountOfZeroOrLess() {
        UUID incubatorId = Incubators.anIncubator(5);
        UUID tenantId = Incubators.aTenant(incubatorId, Enterprises.aUscc());
        for (String amount : List.of("0.00", "-5.00", "0")) {
            Incubators.action(Tokens.shared().officer(), incubatorId, tenantId, "seed-fund-payments",
                    Incubators.aPayment(amount, today())).then().statusCode(400).contentType(PROBLEM)
                    .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("amount"));
        }
        Incubators.action(Tokens.shared().officer(), incubatorId, tenantId, "seed-fund-payments",
                Incubators.aPayment("0.001", today())).then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));
        given().auth().oauth2(Tokens.shared().officer()).header("Accept-Language", "en").contentType("application/json")
                .body(Incubators.aPayment("0.00", today()))
                .post(Incubators.tenantPath(incubatorId, tenantId) + "/seed-fund-payments").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].message", equalTo("must be an amount greater than 0.00"));
        Incubators.action(Tokens.shared().officer(), incubatorId, tenantId, "seed-fund-payments",
                Incubators.aPayment("0.00", today())).then().statusCode(400)
                .body("violations[0].message", equalTo("金额必须大于 0.00"));
        given().auth().oauth2(Tokens.shared().officer())
                .get(Incubators.tenantPath(incubatorId, tenantId) + "/seed-fund-payments").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void shouldRefuseASeedFundAmountBeyondNumeric18Comma2BeforeParsingIt() {
        UUID incubatorId = Incubators.anIncubator(5);
        UUID tenantId = Incubators.aTenant(incubatorId, Enterprises.aUscc());
        // 1.9 million digits fit in the 2 MB body; parsed, they cost a minute of CPU
        for (String amount : List.of("9".repeat(1_900_000) + ".00", "10000000000000000.00", "1.00000000000000000001")) {
            Incubators.action(Tokens.shared().officer(), incubatorId, tenantId, "seed-fund-payments",
                    Incubators.aPayment(amount, today())).then().statusCode(400).contentType(PROBLEM)
                    .body("code", equalTo("MALFORMED_REQUEST")).body("violations[0].field", equalTo("amount"));
        }
        Incubators.action(Tokens.shared().officer(), incubatorId, tenantId, "seed-fund-payments",
                "{\"amount\":1e999999999,\"paidOn\":\"" + today() + "\",\"purpose\":\"样机\"}").then().statusCode(400)
                .body("code", equalTo("MALFORMED_REQUEST")).body("violations[0].field", equalTo("amount"));
        given().auth().oauth2(Tokens.shared().officer())
                .get(Incubators.tenantPath(incubatorId, tenantId) + "/seed-fund-payments").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void shouldSumSeedFundsExactly() {
        UUID incubatorId = Incubators.anIncubator(5);
        UUID tenantId = Incubators.aTenant(incubatorId, Enterprises.aUscc());
        Incubators.action(Tokens.shared().officer(), incubatorId, tenantId, "seed-fund-payments",
                Incubators.aPayment("0.10", today().minusDays(2))).then().statusCode(201)
                .body("amount", equalTo("0.10")).body("purpose", equalTo("样机研制及首批试产"));
        Incubators.action(Tokens.shared().admin(), incubatorId, tenantId, "seed-fund-payments",
                Incubators.aPayment("0.20", today().minusDays(1))).then().statusCode(201);

        given().auth().oauth2(Tokens.shared().officer()).get(Incubators.tenantPath(incubatorId, tenantId)).then()
                .statusCode(200).body("seedFundTotal", equalTo("0.30"));
        given().auth().oauth2(Tokens.shared().officer()).get(Incubators.PATH + "/" + incubatorId).then()
                .statusCode(200).body("seedFundTotal", equalTo("0.30"));
        given().auth().oauth2(Tokens.shared().officer()).queryParam("sort", "paidOn,desc")
                .get(Incubators.tenantPath(incubatorId, tenantId) + "/seed-fund-payments").then().statusCode(200)
                .body("total", equalTo(2)).body("items.amount", equalTo(List.of("0.20", "0.10")));
    }

    @Test
    void shouldReplayAnIdempotentSeedFundPaymentWithoutPayingTwice() {
        UUID incubatorId = Incubators.anIncubator(5);
        UUID tenantId = Incubators.aTenant(incubatorId, Enterprises.aUscc());
        String key = UUID.randomUUID().toString();
        String payments = Incubators.tenantPath(incubatorId, tenantId) + "/seed-fund-payments";
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(Tokens.shared().officer()).header("Idempotency-Key", key)
                    .contentType("application/json").body(Incubators.aPayment("50000.00", today())).post(payments)
                    .then().statusCode(201);
        }
        given().auth().oauth2(Tokens.shared().officer()).header("Idempotency-Key", key).contentType("application/json")
                .body(Incubators.aPayment("60000.00", today())).post(payments).then().statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        given().auth().oauth2(Tokens.shared().officer()).get(Incubators.tenantPath(incubatorId, tenantId)).then()
                .statusCode(200).body("seedFundTotal", equalTo("50000.00"));
    }

    @Test
    void shouldShowAnApplicantOnlyItsOwnTenantRecordAndLetItWriteNothing() {
        UUID incubatorId = Incubators.anIncubator(5);
        String own = Enterprises.aUscc();
        String other = Enterprises.aUscc();
        UUID ownTenant = Incubators.aTenant(incubatorId, own);
        UUID otherTenant = Incubators.aTenant(incubatorId, other);
        String applicant = Tokens.shared().applicant(own);

        given().auth().oauth2(applicant).get(Incubators.tenantPath(incubatorId, ownTenant)).then().statusCode(200)
                .body("uscc", equalTo(own));
        given().auth().oauth2(applicant).get(Incubators.tenantPath(incubatorId, otherTenant)).then().statusCode(404)
                .contentType(PROBLEM).body("code", equalTo("TENANT_NOT_FOUND"));
        given().auth().oauth2(applicant).get(Incubators.tenantPath(incubatorId, otherTenant) + "/seed-fund-payments")
                .then().statusCode(404).body("code", equalTo("TENANT_NOT_FOUND"));
        given().auth().oauth2(applicant).get(Incubators.tenantsPath(incubatorId)).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].uscc", equalTo(own));

        Incubators.action(applicant, incubatorId, ownTenant, "seed-fund-payments", Incubators.aPayment("100.00",
                today())).then().statusCode(403).contentType(PROBLEM).body("code", equalTo("FORBIDDEN"));
        Incubators.action(applicant, incubatorId, ownTenant, "graduate", Incubators.aDate(today())).then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        Incubators.admit(applicant, incubatorId, Incubators.anAdmission(own, "自行入孵", today(), null)).then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldAnswer404ForATenantOfAnotherIncubatorOrAnUnknownIncubator() {
        UUID incubatorId = Incubators.anIncubator(5);
        UUID otherIncubator = Incubators.anIncubator(5);
        UUID tenantId = Incubators.aTenant(incubatorId, Enterprises.aUscc());

        given().auth().oauth2(Tokens.shared().officer()).get(Incubators.tenantPath(otherIncubator, tenantId)).then()
                .statusCode(404).contentType(PROBLEM).body("code", equalTo("TENANT_NOT_FOUND"));
        Incubators.action(Tokens.shared().officer(), otherIncubator, tenantId, "graduate", Incubators.aDate(today()))
                .then().statusCode(404).body("code", equalTo("TENANT_NOT_FOUND"));
        Incubators.admit(Tokens.shared().officer(), UUID.randomUUID(),
                Incubators.anAdmission(Enterprises.aUscc(), "无处入孵", today(), null)).then().statusCode(404)
                .body("code", equalTo("INCUBATOR_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().officer()).get(Incubators.tenantsPath(UUID.randomUUID())).then()
                .statusCode(404).body("code", equalTo("INCUBATOR_NOT_FOUND"));
    }

    @Test
    void shouldRequireAToken() {
        UUID incubatorId = Incubators.anIncubator(5);
        UUID tenantId = Incubators.aTenant(incubatorId, Enterprises.aUscc());
        given().get(Incubators.tenantPath(incubatorId, tenantId)).then().statusCode(401).contentType(PROBLEM)
                .body("code", equalTo("UNAUTHENTICATED"));
        given().contentType("application/json").body(Incubators.aPayment("100.00", today()))
                .post(Incubators.tenantPath(incubatorId, tenantId) + "/seed-fund-payments").then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void shouldPublishTheIncubatorsEventsInOrderKeyedByTheIncubator() {
        UUID incubatorId = Incubators.anIncubator(5);
        String uscc = Enterprises.aUscc();
        UUID tenantId = Incubators.aTenant(incubatorId, uscc);
        given().auth().oauth2(Tokens.shared().officer()).contentType("application/json")
                .body(Incubators.anAssessment(2025, "UNQUALIFIED", today()))
                .post(Incubators.tenantPath(incubatorId, tenantId) + "/assessments").then().statusCode(201);
        Incubators.action(Tokens.shared().officer(), incubatorId, tenantId, "seed-fund-payments",
                Incubators.aPayment("88000.00", today())).then().statusCode(201);

        List<ConsumerRecord<String, String>> records = new KafkaProbe(bootstrapServers).await("keji.enterprise.v1",
                r -> incubatorId.toString().equals(r.key()), 4, Duration.ofSeconds(30));
        List<CloudEvent> events = records.stream().map(r -> EventJson.read(r.value())).toList();
        assertEquals(List.of(IncubatorRegistered.TYPE, TenantAdmitted.TYPE, TenantAssessed.TYPE, SeedFundPaid.TYPE),
                events.stream().map(CloudEvent::type).toList());
        TenantAdmitted admitted = EventJson.data(events.get(1), TenantAdmitted.class);
        assertEquals(uscc, admitted.uscc());
        assertEquals(tenantId, admitted.tenantId());
        assertEquals("福州市星火科技有限公司", admitted.name());
        TenantAssessed assessed = EventJson.data(events.get(2), TenantAssessed.class);
        assertEquals("UNQUALIFIED", assessed.grade());
        assertEquals(today().plusMonths(3), assessed.moveOutDeadline());
        assertEquals("88000.00", EventJson.data(events.get(3), SeedFundPaid.class).amount().toString());
    }

    private static LocalDate today() {
        // a date that is today or earlier wherever the test runs, for fields that refuse future dates
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).isAfter(LocalDate.now()) ? LocalDate.now()
                : LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
