package org.keji.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.keji.e2e.Enterprises.aRegistration;
import static org.keji.e2e.Enterprises.renamed;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keji.testkit.Usccs;

import io.restassured.response.Response;

/** The walking skeleton end to end: enterprise-service takes a registration, project-service replicates it. */
@ExtendWith(KejiSuiteExtension.class)
class EnterpriseRegistrationIT {

    private static final Duration REPLICATION_DEADLINE = Duration.ofSeconds(30);

    private static Gateway gateway;
    private static String officer;

    @BeforeAll
    static void connect(Gateway suiteGateway) {
        gateway = suiteGateway;
        officer = gateway.tokens().officer();
    }

    @Test
    void shouldReplicateARegisteredEnterpriseWithItsChineseNameIntoProjectService() {
        Map<String, Object> registration = aRegistration();
        String uscc = (String) registration.get("uscc");

        gateway.register(officer, registration).then()
                .statusCode(201)
                .header("Location", "/api/v1/enterprises/" + uscc)
                .body("uscc", equalTo(uscc))
                .body("name", equalTo("福州闽江智能科技有限公司"))
                .body("region", equalTo("350100"))
                .body("registrationDate", equalTo("2019-03-15"));
        gateway.as(officer).get("/api/v1/enterprises/{uscc}", uscc).then()
                .statusCode(200)
                .body("name", equalTo("福州闽江智能科技有限公司"));

        gateway.awaitReplica(uscc, REPLICATION_DEADLINE).then()
                .body("uscc", equalTo(uscc))
                .body("name", equalTo("福州闽江智能科技有限公司"))
                .body("region", equalTo("350100"))
                .body("registrationDate", equalTo("2019-03-15"))
                .body("revision", equalTo(1));
    }

    @Test
    void shouldRefuseAUsccWithAWrongCheckCharacterAsValidationProblem() {
        String invalid = Usccs.withWrongCheckCharacter(Usccs.aUscc());

        gateway.register(officer, aRegistration(invalid)).then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("uscc"));
        assertEquals(0, gateway.count("enterprise", "SELECT count(*) FROM enterprise WHERE uscc = ?", invalid),
                "enterprise rows");
    }

    @Test
    void shouldReplayTheFirstResponseForARepeatedIdempotencyKeyAndCreateNothingNew() {
        Map<String, Object> registration = aRegistration();
        String uscc = (String) registration.get("uscc");
        String key = UUID.randomUUID().toString();

        Response first = gateway.as(officer).header("Idempotency-Key", key).body(registration)
                .post("/api/v1/enterprises");
        first.then().statusCode(201);
        Response replay = gateway.as(officer).header("Idempotency-Key", key).body(registration)
                .post("/api/v1/enterprises");

        replay.then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"));
        assertEquals(first.jsonPath().getMap(""), replay.jsonPath().getMap(""), "the replayed body");
        gateway.as(officer).get("/api/v1/enterprises/{uscc}", uscc).then()
                .statusCode(200)
                .body("version", equalTo(first.jsonPath().getInt("version")));
        gateway.register(officer, registration).then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("ENTERPRISE_ALREADY_REGISTERED"));
        gateway.as(officer).header("Idempotency-Key", key).body(renamed(registration, "另一家科技有限公司"))
                .post("/api/v1/enterprises").then()
                .statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));

        assertEquals(1, gateway.count("enterprise", "SELECT count(*) FROM enterprise WHERE uscc = ?", uscc),
                "enterprise rows");
        assertEquals(1, gateway.count("enterprise", "SELECT count(*) FROM outbox_event WHERE position(? in payload::text) > 0",
                uscc), "events written to the outbox");
        gateway.awaitReplica(uscc, REPLICATION_DEADLINE).then().body("revision", equalTo(1));
        await("outbox of " + uscc + " sent").atMost(REPLICATION_DEADLINE).until(() -> gateway.count("enterprise",
                "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL AND position(? in payload::text) > 0", uscc) == 0);
        gateway.as(officer).get("/api/v1/enterprise-replicas/{uscc}", uscc).then().body("revision", equalTo(1));
    }

    @Test
    void shouldHideAnotherEnterpriseFromAnApplicantAsNotFound() {
        Map<String, Object> registration = aRegistration();
        String uscc = (String) registration.get("uscc");
        gateway.register(officer, registration).then().statusCode(201);
        String otherApplicant = gateway.tokens().applicant(Usccs.aUscc());

        gateway.as(otherApplicant).get("/api/v1/enterprises/{uscc}", uscc).then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        gateway.as(gateway.tokens().applicant(uscc)).get("/api/v1/enterprises/{uscc}", uscc).then()
                .statusCode(200)
                .body("uscc", equalTo(uscc));
    }
}
