package org.keji.enterprise.certification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.enterprise.CertificationGranted;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class CertificationResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldRecordACertificateGrantedBeforeWithTheTypesValidity() {
        String uscc = Enterprises.aRegisteredEnterprise("老高企有限公司");
        String id = record(Tokens.shared().officer(), uscc, "HNTE", "GR2025" + uscc.substring(9, 17), "2025-12-01",
                null).then().statusCode(201).body("validTo", equalTo("2028-11-30")).body("status", equalTo("ACTIVE"))
                .body("origin", equalTo("IMPORTED")).body("region", equalTo("350100")).extract().path("id");

        given().auth().oauth2(Tokens.shared().applicant(uscc)).get("/api/v1/certifications/" + id).then()
                .statusCode(200).body("certificationType", equalTo("HNTE"));
        given().auth().oauth2(Tokens.shared().applicant(uscc)).get("/api/v1/enterprises/" + uscc + "/certifications")
                .then().statusCode(200).body("certificateNumber", equalTo(List.of("GR2025" + uscc.substring(9, 17))));

        List<ConsumerRecord<String, String>> records = new KafkaProbe(bootstrapServers).await("keji.enterprise.v1",
                r -> uscc.equals(r.key()) && r.value().contains(CertificationGranted.TYPE), 1, Duration.ofSeconds(30));
        CertificationGranted event = EventJson.data(EventJson.read(records.get(0).value()), CertificationGranted.class);
        assertEquals("IMPORTED", event.origin());
        assertEquals("HNTE", event.certificationType());
    }

    @Test
    void shouldRecordAnEndedCertificateAsExpired() {
        String uscc = Enterprises.aRegisteredEnterprise("过期高企有限公司");
        record(Tokens.shared().integration("province"), uscc, "HNTE", "GR2019" + uscc.substring(9, 17), "2019-11-01",
                null).then().statusCode(201).body("validTo", equalTo("2022-10-31")).body("status", equalTo("EXPIRED"));
    }

    @Test
    void shouldRefuseDuplicatesUnknownTypesUnregisteredHoldersAndBadDates() {
        String uscc = Enterprises.aRegisteredEnterprise("重复证书公司");
        String number = "GR2024" + uscc.substring(9, 17);
        record(Tokens.shared().officer(), uscc, "HNTE", number, "2024-12-01", null).then().statusCode(201);
        record(Tokens.shared().officer(), uscc, "HNTE", number, "2024-12-01", null).then().statusCode(409)
                .body("code", equalTo("CERTIFICATE_NUMBER_TAKEN"));
        record(Tokens.shared().officer(), uscc, "NOPE", number, "2024-12-01", null).then().statusCode(422)
                .body("code", equalTo("CERTIFICATION_TYPE_UNKNOWN"));
        record(Tokens.shared().officer(), Enterprises.aUscc(), "HNTE", "X1", "2024-12-01", null).then()
                .statusCode(422).body("code", equalTo("ENTERPRISE_NOT_REGISTERED"));
        record(Tokens.shared().officer(), uscc, "TECH_SME", "X2", "2024-12-01", "2024-11-30").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("validTo"));
    }

    @Test
    void shouldRefuseAnImportedValidityOtherThanTheTypes() {
        String uscc = Enterprises.aRegisteredEnterprise("五年高企有限公司");
        // HNTE is valid three years (第十五条): a five-year validity does not exist
        record(Tokens.shared().officer(), uscc, "HNTE", "GR2025" + uscc.substring(9, 17), "2025-12-01", "2030-11-30")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("VALIDITY_NOT_OF_TYPE")).body("detail", containsString("2028-11-30"));
        record(Tokens.shared().officer(), uscc, "HNTE", "GR2025" + uscc.substring(9, 17), "2025-12-01", "2028-11-29")
                .then().statusCode(422).body("code", equalTo("VALIDITY_NOT_OF_TYPE"));
        record(Tokens.shared().officer(), uscc, "HNTE", "GR2025" + uscc.substring(9, 17), "2025-12-01", "2028-11-30")
                .then().statusCode(201).body("validTo", equalTo("2028-11-30"));
    }

    @Test
    void shouldKeepCertificatesFromOtherApplicants() {
        String uscc = Enterprises.aRegisteredEnterprise("证书保密公司");
        String id = record(Tokens.shared().officer(), uscc, "TECH_SME", "TS" + uscc.substring(9, 17), "2026-01-01",
                null).then().statusCode(201).extract().path("id");
        String other = Enterprises.aUscc();
        given().auth().oauth2(Tokens.shared().applicant(other)).get("/api/v1/certifications/" + id).then()
                .statusCode(404).body("code", equalTo("CERTIFICATION_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().applicant(other)).get("/api/v1/enterprises/" + uscc + "/certifications")
                .then().statusCode(404).body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        record(Tokens.shared().applicant(uscc), uscc, "TECH_SME", "TS2", "2026-01-01", null).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
    }

    static Response record(String token, String uscc, String type, String number, String validFrom,
            String validTo) {
        String to = validTo == null ? "" : ",\"validTo\":\"" + validTo + "\"";
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"uscc\":\"%s\",\"certificationType\":\"%s\",\"certificateNumber\":\"%s\",\"validFrom\":\"%s\"%s}"
                        .formatted(uscc, type, number, validFrom, to))
                .post("/api/v1/certifications");
    }
}
