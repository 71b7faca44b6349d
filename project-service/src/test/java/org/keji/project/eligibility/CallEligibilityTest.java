package org.keji.project.eligibility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.DomainEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.enterprise.CertificationExpired;
import org.keji.commons.event.enterprise.CertificationGranted;
import org.keji.commons.event.enterprise.CertificationRecheckStarted;
import org.keji.commons.event.enterprise.CertificationRevoked;
import org.keji.commons.event.enterprise.EnterpriseRegistered;
import org.keji.commons.event.enterprise.EnterpriseUpdated;
import org.keji.commons.event.enterprise.MaterialRegistered;
import org.keji.commons.event.enterprise.ViolationRecorded;
import org.keji.project.call.Calls;
import org.keji.testkit.Await;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Eligibility from the replica, fed over the real broker by events written the way enterprise-service writes them:
 * certificates granted, revoked and expired, violation records.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class CallEligibilityTest {

    /** A barring record's failure as {@code condition required actual}, but the actual. */
    private static final String BARRED = "VIOLATION_RECORDED no dishonesty listing in force, no major violation within "
            + "3 years ";

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entities;

    private final Tokens tokens = Tokens.shared();

    @Test
    void shouldBeEligibleOnceGrantedAndMissTheCertificateOnceRevoked() {
        String uscc = aRegisteredEnterprise();
        String call = aCall("\"requiredCertifications\":[\"HNTE\"],");
        assertEquals(List.of("REQUIRED_CERTIFICATION_MISSING HNTE NONE"), failures(call, uscc));

        UUID certificate = UUID.randomUUID();
        send(uscc, granted(certificate, uscc, "HNTE", TODAY.minusYears(1), TODAY.plusYears(2)));
        awaitFailures(call, uscc, List.of());
        given().auth().oauth2(tokens.applicant(uscc)).queryParam("uscc", uscc)
                .get("/api/v1/calls/" + call + "/eligibility").then().statusCode(200).body("eligible", equalTo(true))
                .body("failures", empty()).body("checkedOn", equalTo(TODAY.toString()));

        send(uscc, new CertificationRevoked(certificate, uscc, "HNTE", "GR2025" + uscc.substring(10), "FRAUD",
                "虚报研发费用", 2025, TODAY.minusDays(2)));
        awaitFailures(call, uscc, List.of("REQUIRED_CERTIFICATION_MISSING HNTE REVOKED " + TODAY.minusDays(2)));
    }

    @Test
    void shouldMissAnExpiredCertificateAndOneNotValidToday() {
        String uscc = aRegisteredEnterprise();
        String call = aCall("\"requiredCertifications\":[\"HNTE\",\"TECH_SME\"],");
        UUID hnte = UUID.randomUUID();
        send(uscc, granted(hnte, uscc, "HNTE", TODAY.minusYears(3), TODAY.minusDays(1)));
        send(uscc, granted(UUID.randomUUID(), uscc, "TECH_SME", TODAY.plusDays(1), TODAY.plusYears(1)));
        awaitFailures(call, uscc, List.of("REQUIRED_CERTIFICATION_MISSING HNTE NOT_VALID_ON " + TODAY,
                "REQUIRED_CERTIFICATION_MISSING TECH_SME NOT_VALID_ON " + TODAY));
        send(uscc, new CertificationExpired(hnte, uscc, "HNTE", "GR2022" + uscc.substring(10), TODAY.minusDays(1),
                TODAY));
        awaitFailures(call, uscc, List.of("REQUIRED_CERTIFICATION_MISSING HNTE EXPIRED " + TODAY,
                "REQUIRED_CERTIFICATION_MISSING TECH_SME NOT_VALID_ON " + TODAY));
    }

    @Test
    void shouldRefuseAListingInForceAndAMajorViolationWithinThreeYearsOnlyWhenTheCallSaysSo() {
        String uscc = aRegisteredEnterprise();
        String refusing = aCall("\"refuseViolations\":true,");
        String tolerant = aCall("\"refuseViolations\":false,");
        // not barring: a general violation, a major one more than three years ago, a listing that ended
        send(uscc, new ViolationRecorded(UUID.randomUUID(), uscc, "SAFETY", "GENERAL", TODAY.minusMonths(2), null));
        send(uscc, new ViolationRecorded(UUID.randomUUID(), uscc, "QUALITY", "MAJOR", TODAY.minusYears(3), null));
        send(uscc, new ViolationRecorded(UUID.randomUUID(), uscc, "DISHONESTY", "GENERAL", TODAY.minusYears(2),
                TODAY.minusDays(1)));
        // barring: a dishonesty listing in force, a major violation within three years
        send(uscc, new ViolationRecorded(UUID.randomUUID(), uscc, "RESEARCH_DISHONESTY", "GENERAL",
                TODAY.minusMonths(6), TODAY.plusMonths(6)));
        send(uscc, new ViolationRecorded(UUID.randomUUID(), uscc, "ENVIRONMENT", "MAJOR",
                TODAY.minusYears(3).plusDays(1), null));
        awaitFailures(refusing, uscc, List.of(
                BARRED + "ENVIRONMENT MAJOR " + TODAY.minusYears(3).plusDays(1),
                BARRED + "RESEARCH_DISHONESTY GENERAL " + TODAY.minusMonths(6) + " listed until "
                        + TODAY.plusMonths(6)));
        assertEquals(List.of(), failures(tolerant, uscc));
    }

    @Test
    void shouldNameEveryFailingConditionInOneResult() {
        String uscc = aRegisteredEnterprise();
        String call = aCall("\"requiredCertifications\":[\"HNTE\",\"TECH_SME\"],\"eligibleRegions\":[\"33\",\"3302\"],"
                + "\"minRegistrationMonths\":1200,\"refuseViolations\":true,");
        send(uscc, granted(UUID.randomUUID(), uscc, "TECH_SME", TODAY.minusYears(1), TODAY.plusYears(1)));
        send(uscc, new ViolationRecorded(UUID.randomUUID(), uscc, "DISHONESTY", "MAJOR", TODAY.minusMonths(1), null));
        awaitFailures(call, uscc, List.of("REGION_NOT_ELIGIBLE 33,3302 350100",
                "REGISTERED_TOO_RECENTLY 1200 months 2019-03-15", "REQUIRED_CERTIFICATION_MISSING HNTE NONE",
                BARRED + "DISHONESTY MAJOR " + TODAY.minusMonths(1)));
    }

    @Test
    void shouldApplyARedeliveredEventOnce() {
        String uscc = aRegisteredEnterprise();
        String call = aCall("\"requiredCertifications\":[\"HNTE\"],");
        UUID certificate = UUID.randomUUID();
        String grant = event(uscc, granted(certificate, uscc, "HNTE", TODAY.minusYears(1), TODAY.plusYears(2)));
        new KafkaProbe(bootstrapServers).send("keji.enterprise.v1", uscc, grant);
        awaitFailures(call, uscc, List.of());
        send(uscc, new CertificationRevoked(certificate, uscc, "HNTE", "GR2025" + uscc.substring(10), "FRAUD",
                "虚报", 2025, TODAY));
        awaitFailures(call, uscc, List.of("REQUIRED_CERTIFICATION_MISSING HNTE REVOKED " + TODAY));
        // the grant delivered again (a consumer restart) must not make the revoked certificate active
        new KafkaProbe(bootstrapServers).send("keji.enterprise.v1", uscc, grant);
        awaitMarker(uscc);
        assertEquals(List.of("REQUIRED_CERTIFICATION_MISSING HNTE REVOKED " + TODAY), failures(call, uscc));
    }

    @Test
    void shouldKeepARevokedOrExpiredCertificateEndedWhenAnOlderGrantArrivesLate() {
        String uscc = aRegisteredEnterprise();
        String call = aCall("\"requiredCertifications\":[\"HNTE\",\"TECH_SME\"],");
        UUID hnte = UUID.randomUUID();
        CertificationGranted grant = granted(hnte, uscc, "HNTE", TODAY.minusYears(1), TODAY.plusYears(2));
        send(uscc, grant);
        send(uscc, new CertificationRevoked(hnte, uscc, "HNTE", grant.certificateNumber(), "FRAUD", "虚报", 2025,
                TODAY.minusDays(1)));
        // the end seen before the grant: the grant only fills in the validity
        UUID sme = UUID.randomUUID();
        CertificationGranted smeGrant = granted(sme, uscc, "TECH_SME", TODAY.minusYears(1), TODAY.plusYears(1));
        send(uscc, new CertificationExpired(sme, uscc, "TECH_SME", smeGrant.certificateNumber(), TODAY.minusDays(3),
                TODAY.minusDays(2)));
        awaitFailures(call, uscc, List.of("REQUIRED_CERTIFICATION_MISSING HNTE REVOKED " + TODAY.minusDays(1),
                "REQUIRED_CERTIFICATION_MISSING TECH_SME EXPIRED " + TODAY.minusDays(2)));

        // the grants again under new event ids (a replay of the topic, a producer retry): the ends stay
        send(uscc, grant);
        send(uscc, smeGrant);
        awaitMarker(uscc);
        assertEquals(List.of("REQUIRED_CERTIFICATION_MISSING HNTE REVOKED " + TODAY.minusDays(1),
                "REQUIRED_CERTIFICATION_MISSING TECH_SME EXPIRED " + TODAY.minusDays(2)), failures(call, uscc));
    }

    @Test
    void shouldPassOverEventsItDoesNotUseBeforeTheInbox() {
        String uscc = aRegisteredEnterprise();
        String skipped = event(uscc, new CertificationRecheckStarted(UUID.randomUUID(), uscc, "HNTE", "GR2025",
                "研发费用比例存疑", TODAY));
        new KafkaProbe(bootstrapServers).send("keji.enterprise.v1", uscc, skipped);
        String applied = awaitMarker(uscc);
        assertEquals(0, inboxRows(EventJson.read(skipped).id()), "an event the replicas do not use costs no inbox row");
        assertEquals(1, inboxRows(applied));
    }

    @Test
    void shouldLetOnlyThoseWhoReachTheEnterpriseCheckIt() {
        String uscc = aRegisteredEnterprise();
        String call = aCall("");
        String path = "/api/v1/calls/" + call + "/eligibility";
        given().auth().oauth2(tokens.applicant(uscc)).queryParam("uscc", uscc).get(path).then().statusCode(200)
                .body("eligible", equalTo(true));
        given().auth().oauth2(tokens.applicant(Usccs.aUscc())).queryParam("uscc", uscc).get(path).then()
                .statusCode(404).body("code", equalTo("ENTERPRISE_REPLICA_NOT_FOUND"));
        given().auth().oauth2(tokens.officer("330100")).queryParam("uscc", uscc).get(path).then().statusCode(404)
                .body("code", equalTo("ENTERPRISE_REPLICA_NOT_FOUND"));
        given().auth().oauth2(tokens.officer()).queryParam("uscc", uscc).get(path).then().statusCode(200);
        given().auth().oauth2(tokens.integration("gov-portal", List.of("project:read"))).queryParam("uscc", uscc)
                .get(path).then().statusCode(200);
        given().auth().oauth2(tokens.expert("expert-1")).queryParam("uscc", uscc).get(path).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(tokens.bank("bank-1")).queryParam("uscc", uscc).get(path).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(tokens.admin()).queryParam("uscc", uscc).get("/api/v1/calls/" + UUID.randomUUID()
                + "/eligibility").then().statusCode(404).body("code", equalTo("CALL_NOT_FOUND"));
        given().auth().oauth2(tokens.admin()).get(path).then().statusCode(400);
        String unknown = Usccs.aUscc();
        given().auth().oauth2(tokens.admin()).queryParam("uscc", unknown).get(path).then().statusCode(200)
                .body("eligible", equalTo(false)).body("failures[0].condition", startsWith("ENTERPRISE_UNKNOWN"));
    }

    @Test
    void shouldRefuseAtFormalReviewAnApplicationWhoseCertificateWasRevokedAfterSubmission() {
        String uscc = aRegisteredEnterprise();
        String call = aCall("\"requiredCertifications\":[\"HNTE\"],");
        UUID certificate = UUID.randomUUID();
        send(uscc, granted(certificate, uscc, "HNTE", TODAY.minusYears(1), TODAY.plusYears(2)));
        UUID report = UUID.randomUUID();
        send(uscc, new MaterialRegistered(report, uscc, "AUDIT_REPORT", "2025年度审计报告", "福州会计师事务所", null,
                "audit.pdf", "application/pdf", 41_207,
                "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"));
        awaitMarker(uscc);
        String applicant = tokens.applicant(uscc);
        String id = given().auth().oauth2(applicant).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body("""
                        {"callId":"%s","plan":{"title":"海上风电智能运维机器人","summary":"研制巡检运维机器人",
                         "field":"NEW_ENERGY","industry":"INDUSTRIAL","undertakerType":"ENTERPRISE",
                         "technologySource":"OWN_RD","partners":[],"requestedAmount":"800000.00",
                         "plannedGovernmentFunds":"800000.00","plannedSelfRaisedFunds":"1600000.00",
                         "plannedStart":"2027-01-01","plannedEnd":"2028-12-31","materials":["%s"]}}"""
                        .formatted(call, report))
                .post("/api/v1/project-applications").then().statusCode(201).extract().path("id");
        given().auth().oauth2(applicant).post("/api/v1/project-applications/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));

        // revoked after the submission: the replica learns it from enterprise-service's event, no call and no question
        send(uscc, new CertificationRevoked(certificate, uscc, "HNTE", "GR2025" + uscc.substring(10), "FRAUD",
                "虚报研发费用", 2025, TODAY));
        awaitFailures(call, uscc, List.of("REQUIRED_CERTIFICATION_MISSING HNTE REVOKED " + TODAY));
        given().auth().oauth2(tokens.officer()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/project-applications/" + id + "/accept").then().statusCode(422)
                .body("code", equalTo("PROJECT_NOT_ELIGIBLE")).body("violations", hasSize(1))
                .body("violations[0].field", equalTo("REQUIRED_CERTIFICATION_MISSING"));
        given().auth().oauth2(tokens.officer()).contentType(ContentType.JSON).body("{\"reason\":\"高新技术企业资格已撤销\"}")
                .post("/api/v1/project-applications/" + id + "/refuse").then().statusCode(200)
                .body("status", equalTo("INELIGIBLE"));
    }

    private String aCall(String eligibility) {
        OffsetDateTime now = Calls.now();
        return Calls.created(tokens.officer(), Calls.aCall(Calls.aCode(), now.minusDays(1), now.plusDays(10),
                eligibility));
    }

    private String aRegisteredEnterprise() {
        String uscc = Usccs.aUscc();
        send(uscc, new EnterpriseRegistered(uscc, "宁波资格测试科技有限公司", "350100", "I6511", LocalDate.of(2019, 3, 15)));
        Await.until("replica of " + uscc, () -> given().auth().oauth2(tokens.admin())
                .get("/api/v1/enterprise-replicas/" + uscc).statusCode() == 200);
        return uscc;
    }

    /** Sends an update after whatever was sent before and waits for it: events of one enterprise apply in order. */
    private String awaitMarker(String uscc) {
        String marker = event(uscc, new EnterpriseUpdated(uscc, "标记" + UUID.randomUUID(), "350100", "I6511",
                LocalDate.of(2019, 3, 15), 1));
        new KafkaProbe(bootstrapServers).send("keji.enterprise.v1", uscc, marker);
        String name = EventJson.data(EventJson.read(marker), EnterpriseUpdated.class).name();
        Await.until("marker applied", () -> name.equals(given().auth().oauth2(tokens.admin())
                .get("/api/v1/enterprise-replicas/" + uscc).path("name")));
        return EventJson.read(marker).id();
    }

    private List<String> failures(String call, String uscc) {
        JsonPath answer = given().auth().oauth2(tokens.officer()).queryParam("uscc", uscc)
                .get("/api/v1/calls/" + call + "/eligibility").then().statusCode(200).extract().jsonPath();
        List<Map<String, String>> failures = answer.getList("failures");
        assertEquals(failures.isEmpty(), answer.getBoolean("eligible"));
        return failures.stream()
                .map(failure -> failure.get("condition") + " " + failure.get("required") + " " + failure.get("actual"))
                .toList();
    }

    private void awaitFailures(String call, String uscc, List<String> expected) {
        try {
            Await.until("failures " + expected, () -> expected.equals(failures(call, uscc)));
        } catch (AssertionError e) {
            assertEquals(expected, failures(call, uscc));
        }
    }

    private static CertificationGranted granted(UUID id, String uscc, String type, LocalDate from, LocalDate to) {
        return new CertificationGranted(id, uscc, type, "GR" + from.getYear() + uscc.substring(10), from, to, "350100",
                "GRANTED", "PRJ-TEST");
    }

    private void send(String uscc, DomainEvent data) {
        new KafkaProbe(bootstrapServers).send("keji.enterprise.v1", uscc, event(uscc, data));
    }

    private static String event(String uscc, DomainEvent data) {
        return EventJson.write(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                "/keji/enterprise-service", data.eventType(), uscc, OffsetDateTime.now(), CloudEvent.JSON, null,
                EventJson.toTree(data)));
    }

    private long inboxRows(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entities
                .createNativeQuery("SELECT count(*) FROM inbox_event WHERE event_id = :id").setParameter("id", eventId)
                .getSingleResult()).longValue());
    }
}
