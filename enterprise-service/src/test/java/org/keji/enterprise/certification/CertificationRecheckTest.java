package org.keji.enterprise.certification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.enterprise.CertificationRecheckCleared;
import org.keji.commons.event.enterprise.CertificationRecheckStarted;
import org.keji.commons.event.enterprise.CertificationRevoked;
import org.keji.commons.time.ClockProducer;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Re-check and revocation (复核 / 撤销, 高新技术企业认定管理办法 第十六条、第十九条): ACTIVE → UNDER_RECHECK → ACTIVE or
 * REVOKED, each based on the current version, each published.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class CertificationRecheckTest {

    private static final LocalDate TODAY = LocalDate.now(ClockProducer.ZONE);
    private static final int YEAR = TODAY.getYear();
    private static final List<String> ACTIVE_ACTIONS = List.of("annual-report", "change-report", "recheck");
    private static final List<String> RECHECK_ACTIONS = List.of("annual-report", "change-report", "clear", "revoke");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    MutableClock clock;

    @Test
    void shouldRecheckClearAndRecheckAgainThenRevokeWithTheClawbackYear() {
        Certifications.Held held = Certifications.anHnteCertificate(TODAY.minusYears(1));

        Certifications.recheck(held.id(), 0).then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("UNDER_RECHECK")).body("recheckReason", equalTo("举报研发费用归集不实"))
                .body("recheckStartedOn", equalTo(TODAY.toString())).body("allowedActions", equalTo(RECHECK_ACTIONS));
        Certifications.clear(held.id(), 1).then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("ACTIVE")).body("recheckClearedOn", equalTo(TODAY.toString()))
                .body("allowedActions", equalTo(ACTIVE_ACTIONS));
        Certifications.recheck(held.id(), 2).then().statusCode(200).body("status", equalTo("UNDER_RECHECK"))
                .body("recheckClearedOn", nullValue());
        Certifications.revoke(held.id(), "FRAUD", YEAR, 3).then().statusCode(200).header("ETag", "\"4\"")
                .body("status", equalTo("REVOKED")).body("revocationGround", equalTo("FRAUD"))
                .body("revocationReason", equalTo("复核不符合认定条件")).body("clawbackFromYear", equalTo(YEAR))
                .body("revokedOn", equalTo(TODAY.toString())).body("allowedActions", equalTo(List.of()));

        KafkaProbe probe = new KafkaProbe(bootstrapServers);
        List<ConsumerRecord<String, String>> started = probe.await("keji.enterprise.v1",
                r -> held.uscc().equals(r.key()) && r.value().contains(CertificationRecheckStarted.TYPE), 2,
                Duration.ofSeconds(30));
        assertEquals(2, started.size());
        CertificationRecheckCleared cleared = EventJson.data(EventJson.read(probe.await("keji.enterprise.v1",
                r -> held.uscc().equals(r.key()) && r.value().contains(CertificationRecheckCleared.TYPE), 1,
                Duration.ofSeconds(30)).get(0).value()), CertificationRecheckCleared.class);
        assertEquals("ACTIVE", cleared.status());
        CertificationRevoked revoked = EventJson.data(EventJson.read(probe.await("keji.enterprise.v1",
                r -> held.uscc().equals(r.key()) && r.value().contains(CertificationRevoked.TYPE), 1,
                Duration.ofSeconds(30)).get(0).value()), CertificationRevoked.class);
        assertEquals(held.id(), revoked.certificationId().toString());
        assertEquals("FRAUD", revoked.ground());
        assertEquals(YEAR, revoked.clawbackFromYear());
        assertEquals("HNTE", revoked.certificationType());
    }

    @Test
    void shouldRefuseEveryIllegalTransitionWithTheCurrentStateAndTheAllowedActions() {
        Certifications.Held held = Certifications.anHnteCertificate(TODAY.minusYears(1));

        Certifications.clear(held.id(), 0).then().statusCode(409)
                .body("code", equalTo("CERTIFICATION_ILLEGAL_TRANSITION")).body("currentState", equalTo("ACTIVE"))
                .body("allowedActions", equalTo(ACTIVE_ACTIONS));
        Certifications.revoke(held.id(), "FRAUD", YEAR, 0).then().statusCode(409)
                .body("code", equalTo("CERTIFICATION_ILLEGAL_TRANSITION")).body("currentState", equalTo("ACTIVE"));

        Certifications.recheck(held.id(), 0).then().statusCode(200);
        Certifications.recheck(held.id(), 1).then().statusCode(409)
                .body("code", equalTo("CERTIFICATION_ILLEGAL_TRANSITION"))
                .body("currentState", equalTo("UNDER_RECHECK")).body("allowedActions", equalTo(RECHECK_ACTIONS));

        Certifications.revoke(held.id(), "FRAUD", YEAR, 1).then().statusCode(200);
        for (var refused : List.of(Certifications.recheck(held.id(), 2), Certifications.clear(held.id(), 2),
                Certifications.revoke(held.id(), "FRAUD", YEAR, 2))) {
            refused.then().statusCode(409).body("code", equalTo("CERTIFICATION_ILLEGAL_TRANSITION"))
                    .body("currentState", equalTo("REVOKED")).body("allowedActions", equalTo(List.of()));
        }

        Certifications.Held expired = Certifications.aCertificate("HNTE", LocalDate.of(2018, 1, 1), null);
        for (var refused : List.of(Certifications.recheck(expired.id(), 0), Certifications.clear(expired.id(), 0),
                Certifications.revoke(expired.id(), "FRAUD", 2019, 0))) {
            refused.then().statusCode(409).body("code", equalTo("CERTIFICATION_ILLEGAL_TRANSITION"))
                    .body("currentState", equalTo("EXPIRED")).body("allowedActions", equalTo(List.of()));
        }
    }

    @Test
    void shouldRefuseStaleVersionsInTheBodyOrIfMatch() {
        Certifications.Held held = Certifications.anHnteCertificate(TODAY.minusYears(1));
        String officer = Tokens.shared().officer();
        String path = "/api/v1/certifications/" + held.id();
        Certifications.get(officer, held.id()).then().statusCode(200).header("ETag", "\"0\"");

        Certifications.recheck(held.id(), 7).then().statusCode(409).body("code", equalTo("VERSION_CONFLICT"));
        given().auth().oauth2(officer).contentType("application/json").header("If-Match", "\"3\"")
                .body("{\"reason\":\"举报\"}").post(path + "/recheck").then().statusCode(412)
                .body("code", equalTo("PRECONDITION_FAILED"));
        given().auth().oauth2(officer).contentType("application/json").body("{\"reason\":\"举报\"}")
                .post(path + "/recheck").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("version"));
        given().auth().oauth2(officer).contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"reason\":\"举报\"}").post(path + "/recheck").then().statusCode(200).header("ETag", "\"1\"");

        // clear needs no body when If-Match names the version
        given().auth().oauth2(officer).contentType("application/json").header("If-Match", "\"0\"")
                .post(path + "/clear").then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
        Certifications.clear(held.id(), 0).then().statusCode(409).body("code", equalTo("VERSION_CONFLICT"));
        given().auth().oauth2(officer).contentType("application/json").header("If-Match", "\"1\"")
                .post(path + "/clear").then().statusCode(200).body("status", equalTo("ACTIVE"));
        Certifications.get(officer, held.id()).then().statusCode(200).header("ETag", "\"2\"");
    }

    @Test
    void shouldClawBackOnlyFromAYearOfValidity() {
        Certifications.Held held = Certifications.anHnteCertificate(LocalDate.of(YEAR - 1, 12, 1));
        long version = Certifications.underRecheck(held.id());

        for (int year : new int[] { YEAR - 2, YEAR + 3 }) {
            Certifications.revoke(held.id(), "FRAUD", year, version).then().statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED"))
                    .body("violations[0].field", equalTo("clawbackFromYear"));
        }
        Certifications.revoke(held.id(), "FRAUD", YEAR + 2, version).then().statusCode(200)
                .body("clawbackFromYear", equalTo(YEAR + 2));
    }

    @Test
    void shouldRevokeForMissingAnnualReportsOnlyFromTheSecondMissingYear() {
        // valid 2023-01-01 to 2025-12-31: the reports on 2023 and 2024 were due by 31 May 2024 and 31 May 2025
        clock.travelTo(LocalDate.of(2025, 5, 31));
        try {
            Certifications.Held held = Certifications.anHnteCertificate(LocalDate.of(2023, 1, 1));
            long version = Certifications.underRecheck(held.id());
            Certifications.get(Tokens.shared().officer(), held.id()).then().statusCode(200)
                    .body("missingAnnualReports", equalTo(List.of(2023)));
            Certifications.revoke(held.id(), "MISSING_ANNUAL_REPORTS", 2024, version).then().statusCode(422)
                    .body("code", equalTo("REVOCATION_GROUND_NOT_MET"));

            clock.travelTo(LocalDate.of(2025, 6, 1));
            Certifications.get(Tokens.shared().officer(), held.id()).then().statusCode(200)
                    .body("missingAnnualReports", equalTo(List.of(2023, 2024)));
            Certifications.revoke(held.id(), "MISSING_ANNUAL_REPORTS", 2024, version).then().statusCode(200)
                    .body("status", equalTo("REVOKED")).body("revocationGround", equalTo("MISSING_ANNUAL_REPORTS"))
                    .body("revokedOn", equalTo("2025-06-01"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void shouldLeaveRecheckAndRevocationToOfficers() {
        Certifications.Held held = Certifications.anHnteCertificate(TODAY.minusYears(1));
        String path = "/api/v1/certifications/" + held.id();

        given().auth().oauth2(Tokens.shared().applicant(held.uscc())).contentType("application/json")
                .body("{\"reason\":\"自查\",\"version\":0}").post(path + "/recheck").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.shared().integration("tax")).contentType("application/json")
                .body("{\"version\":0}").post(path + "/clear").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.shared().expert("expert-1")).contentType("application/json")
                .body("{\"ground\":\"FRAUD\",\"reason\":\"x\",\"clawbackFromYear\":" + YEAR + ",\"version\":0}")
                .post(path + "/revoke").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        Certifications.recheck(UUID.randomUUID().toString(), 0).then().statusCode(404)
                .body("code", equalTo("CERTIFICATION_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().admin()).contentType("application/json")
                .body("{\"reason\":\"专项检查\",\"version\":0}").post(path + "/recheck").then().statusCode(200);
    }
}
