package org.keji.enterprise.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.enterprise.EnterpriseRegistered;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class EnterpriseResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    EnterpriseRepository enterprises;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldRegisterAnEnterpriseAndReadItBackWithItsChineseName() {
        String uscc = Enterprises.aUscc();
        register(Tokens.shared().officer(), null, Enterprises.aRegistration(uscc, "福州市星火科技有限公司"))
                .then().statusCode(201).header("Location", "/api/v1/enterprises/" + uscc)
                .body("uscc", equalTo(uscc)).body("name", equalTo("福州市星火科技有限公司"))
                .body("registrationDate", equalTo("2019-03-15")).body("version", equalTo(0));

        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/enterprises/" + uscc).then().statusCode(200)
                .body("name", equalTo("福州市星火科技有限公司")).body("region", equalTo("350100"))
                .body("createdAt", endsWith("+08:00"));
    }

    @Test
    void shouldPublishEnterpriseRegisteredThroughTheOutbox() {
        String uscc = Enterprises.aUscc();
        register(Tokens.shared().integration("market-regulation"), null,
                Enterprises.aRegistration(uscc, "厦门海丝智造有限公司")).then().statusCode(201);

        CloudEvent event = awaitEvent(uscc);
        assertEquals(EnterpriseRegistered.TYPE, event.type());
        assertEquals("/keji/enterprise-service", event.source());
        EnterpriseRegistered data = EventJson.data(event, EnterpriseRegistered.class);
        assertEquals("厦门海丝智造有限公司", data.name());
        assertEquals(uscc, data.uscc());
    }

    @Test
    void shouldRejectAUsccWithAWrongCheckCharacter() {
        String uscc = Enterprises.aUscc();
        String wrong = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
        register(Tokens.shared().officer(), null, Enterprises.aRegistration(wrong, "校验位错误公司")).then()
                .statusCode(400).contentType(PROBLEM).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("uscc"));
        assertEquals(0, enterprises.count("uscc", wrong));
    }

    @Test
    void shouldRejectMissingAndMalformedFields() {
        register(Tokens.shared().officer(), null, "{\"uscc\":\"" + Enterprises.aUscc()
                + "\",\"name\":\" \",\"region\":\"35\",\"registrationDate\":\"2099-01-01\"}")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", equalTo(List.of("name", "region", "registrationDate")));
        register(Tokens.shared().officer(), null, "{\"uscc\":\"" + Enterprises.aUscc()
                + "\",\"name\":\"x\",\"region\":\"350100\",\"registrationDate\":\"15/03/2019\"}")
                .then().statusCode(400).body("code", equalTo("MALFORMED_REQUEST"));
    }

    @Test
    void shouldRefuseASecondRegistrationOfOneUscc() {
        String uscc = Enterprises.aUscc();
        register(Tokens.shared().officer(), null, Enterprises.aRegistration(uscc, "一号")).then().statusCode(201);
        register(Tokens.shared().officer(), null, Enterprises.aRegistration(uscc, "二号")).then().statusCode(409)
                .body("code", equalTo("ENTERPRISE_ALREADY_REGISTERED"));
    }

    @Test
    void shouldReplayAnIdempotentRetryWithoutASecondRecordOrEvent() {
        String uscc = Enterprises.aUscc();
        String key = UUID.randomUUID().toString();
        Response first = register(Tokens.shared().officer(), key, Enterprises.aRegistration(uscc, "幂等科技"));
        Response retry = register(Tokens.shared().officer(), key, Enterprises.aRegistration(uscc, "幂等科技"));

        assertEquals(201, retry.statusCode());
        assertEquals(first.body().asString(), retry.body().asString());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(1, enterprises.count("uscc", uscc));
        register(Tokens.shared().officer(), key, Enterprises.aRegistration(uscc, "另一个名字")).then().statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void shouldHideAnotherEnterpriseFromAnApplicant() {
        String own = Enterprises.aUscc();
        String other = Enterprises.aUscc();
        register(Tokens.shared().officer(), null, Enterprises.aRegistration(own, "本企业")).then().statusCode(201);
        register(Tokens.shared().officer(), null, Enterprises.aRegistration(other, "他企业")).then().statusCode(201);

        given().auth().oauth2(Tokens.shared().applicant(own)).get("/api/v1/enterprises/" + own).then()
                .statusCode(200);
        given().auth().oauth2(Tokens.shared().applicant(own)).get("/api/v1/enterprises/" + other).then()
                .statusCode(404).contentType(PROBLEM).body("code", equalTo("ENTERPRISE_NOT_FOUND"));
    }

    @Test
    void shouldLetAnApplicantRegisterOnlyItsOwnEnterprise() {
        String own = Enterprises.aUscc();
        String other = Enterprises.aUscc();
        register(Tokens.shared().applicant(own), null, Enterprises.aRegistration(other, "冒名")).then()
                .statusCode(403).body("code", equalTo("ENTERPRISE_NOT_OWN"));
        register(Tokens.shared().applicant(own), null, Enterprises.aRegistration(own, "自己")).then()
                .statusCode(201);
    }

    @Test
    void shouldRequireAToken() {
        given().contentType("application/json").body(Enterprises.aRegistration(Enterprises.aUscc(), "无令牌"))
                .post("/api/v1/enterprises").then().statusCode(401).contentType(PROBLEM)
                .body("code", equalTo("UNAUTHENTICATED"));
        given().get("/api/v1/enterprises/91350100M000100Y43").then().statusCode(401);
    }

    @Test
    void shouldRefuseRolesThatMayNotRegister() {
        register(Tokens.shared().bank("icbc-fz"), null, Enterprises.aRegistration(Enterprises.aUscc(), "银行"))
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldAnswer404ForAnUnknownEnterpriseAnd400ForABadCode() {
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/enterprises/" + Enterprises.aUscc()).then()
                .statusCode(404).body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/enterprises/NOT-A-USCC").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("uscc"));
    }

    @Test
    void shouldLetAnOfficerOrAdminRegisterACodeThatFailsOnlyItsCheckCharacterRecordingWhoAndWhy() {
        String pilot = Usccs.aUsccWithWrongCheckCharacter("350100");
        register(Tokens.shared().officer(), null, Enterprises.aRegistrationWithOverride(pilot, "营业执照原件核验：早期试点代码"))
                .then().statusCode(201).body("uscc", equalTo(pilot))
                .body("checkDigitOverride.by", equalTo("officer-350100"))
                .body("checkDigitOverride.reason", equalTo("营业执照原件核验：早期试点代码"))
                .body("checkDigitOverride.at", endsWith("+08:00"));
        Enterprise stored = enterprises.findByUscc(pilot).orElseThrow();
        assertEquals("officer-350100", stored.checkDigitOverrideBy());
        assertEquals("营业执照原件核验：早期试点代码", stored.checkDigitOverrideReason());
        EnterpriseRegistered data = EventJson.data(awaitEvent(pilot), EnterpriseRegistered.class);
        assertEquals(new EnterpriseRegistered.CheckDigitOverride("officer-350100", "营业执照原件核验：早期试点代码"),
                data.checkDigitOverride());

        String another = Usccs.aUsccWithWrongCheckCharacter("350100");
        register(Tokens.shared().admin(), null, Enterprises.aRegistrationWithOverride(another, "试点代码")).then()
                .statusCode(201).body("checkDigitOverride.by", equalTo("admin-1"));
    }

    @Test
    void shouldRefuseACheckDigitOverrideFromAnyoneButAnOfficerOrAdmin() {
        String pilot = Usccs.aUsccWithWrongCheckCharacter("350100");
        register(Tokens.shared().applicant(pilot), null, Enterprises.aRegistrationWithOverride(pilot, "自己的代码")).then()
                .statusCode(403).contentType(PROBLEM).body("code", equalTo("CHECK_DIGIT_OVERRIDE_NOT_ALLOWED"));
        register(Tokens.shared().integration("market-regulation"), null,
                Enterprises.aRegistrationWithOverride(pilot, "接口")).then().statusCode(403)
                .body("code", equalTo("CHECK_DIGIT_OVERRIDE_NOT_ALLOWED"));
        assertEquals(0, enterprises.count("uscc", pilot));
    }

    @Test
    void shouldCheckTheSyntaxAndTheReasonOfAnOverriddenCodeAllTheSame() {
        register(Tokens.shared().officer(), null, Enterprises.aRegistrationWithOverride("9133010OM000100Y43", "试点"))
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("uscc"));
        register(Tokens.shared().officer(), null, Enterprises.aRegistrationWithOverride("9133A100M000100Y43", "试点"))
                .then().statusCode(400).body("violations[0].field", equalTo("uscc"));
        String pilot = Usccs.aUsccWithWrongCheckCharacter("350100");
        register(Tokens.shared().officer(), null, Enterprises.aRegistrationWithOverride(pilot, " ")).then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("checkDigitOverride.reason"));
        assertEquals(0, enterprises.count("uscc", pilot));
    }

    @Test
    void shouldRecordNoOverrideForACodeThatPassesItsCheck() {
        String uscc = Usccs.aUscc("350100");
        register(Tokens.shared().officer(), null, Enterprises.aRegistrationWithOverride(uscc, "不需要")).then()
                .statusCode(201).body("checkDigitOverride", nullValue());
        assertNull(enterprises.findByUscc(uscc).orElseThrow().checkDigitOverrideBy());
    }

    @Test
    void shouldReachAnEnterpriseRegisteredUnderAnOverrideThroughEveryOperationThatNamesIt() {
        String pilot = Usccs.aUsccWithWrongCheckCharacter("350100");
        register(Tokens.shared().admin(), null, Enterprises.aRegistrationWithOverride(pilot, "试点")).then()
                .statusCode(201);
        String admin = Tokens.shared().admin();
        for (String path : List.of("/api/v1/enterprises/%s", "/api/v1/enterprises/%s/figures",
                "/api/v1/enterprises/%s/violations", "/api/v1/enterprises/%s/ip-holdings",
                "/api/v1/enterprises/%s/ip-holdings/summary", "/api/v1/enterprises/%s/eligibility-checks",
                "/api/v1/enterprises/%s/certifications", "/api/v1/certifications?uscc=%s",
                "/api/v1/certification-applications?uscc=%s", "/api/v1/monitoring/certifications?uscc=%s")) {
            given().auth().oauth2(admin).get(path.formatted(pilot)).then().statusCode(200);
        }
        given().auth().oauth2(admin).contentType("application/json").body("""
                {"name":"早期试点企业（更名）","region":"350100","registrationDate":"2001-06-01","version":0}""")
                .put("/api/v1/enterprises/" + pilot).then().statusCode(200).body("checkDigitOverride.reason", equalTo("试点"));
    }

    private static Response register(String token, String idempotencyKey, String body) {
        var request = given().auth().oauth2(token).contentType("application/json").body(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/v1/enterprises");
    }

    private CloudEvent awaitEvent(String uscc) {
        List<ConsumerRecord<String, String>> records = new KafkaProbe(bootstrapServers).await("keji.enterprise.v1",
                r -> uscc.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, records.size(), "event for " + uscc + " on keji.enterprise.v1");
        return EventJson.read(records.get(0).value());
    }
}
