package org.keji.enterprise.certification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.enterprise.ChangeReported;
import org.keji.commons.time.ClockProducer;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Reports of major changes (重大变化, 高新技术企业认定管理办法 第十八条), due within three months. The exact boundaries are
 * tested with a controlled clock in {@link CertificationDeadlinesTest}.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ChangeReportResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldRecordAChangeDueThreeMonthsLaterAndPublishIt() {
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        Certifications.Held held = Certifications.anHnteCertificate(today.minusYears(1));
        String applicant = Tokens.shared().applicant(held.uscc());

        Certifications.reportChange(applicant, held.id(), "NAME", today).then().statusCode(201)
                .body("kind", equalTo("NAME")).body("occurredOn", equalTo(today.toString()))
                .body("dueOn", equalTo(today.plusMonths(3).toString())).body("late", equalTo(false))
                .body("description", equalTo("企业名称变更为福州市星火智能科技有限公司")).body("uscc", equalTo(held.uscc()));
        Certifications.reportChange(Tokens.shared().officer(), held.id(), "MERGER_OR_SPLIT", today.minusMonths(4))
                .then().statusCode(201).body("late", equalTo(true))
                .body("dueOn", equalTo(today.minusMonths(4).plusMonths(3).toString()));

        given().auth().oauth2(applicant).get("/api/v1/certifications/" + held.id() + "/change-reports").then()
                .statusCode(200).body("total", equalTo(2)).body("items.kind", equalTo(List.of("NAME", "MERGER_OR_SPLIT")));
        given().auth().oauth2(applicant)
                .get("/api/v1/certifications/" + held.id() + "/change-reports?sort=occurredOn,asc&size=1")
                .then().statusCode(200).body("total", equalTo(2)).body("size", equalTo(1))
                .body("items.kind", equalTo(List.of("MERGER_OR_SPLIT")));

        List<ConsumerRecord<String, String>> records = new KafkaProbe(bootstrapServers).await("keji.enterprise.v1",
                r -> held.uscc().equals(r.key()) && r.value().contains(ChangeReported.TYPE), 2, Duration.ofSeconds(30));
        assertEquals(2, records.size());
        ChangeReported event = EventJson.data(EventJson.read(records.get(0).value()), ChangeReported.class);
        assertEquals(held.id(), event.certificationId().toString());
        assertEquals("HNTE", event.certificationType());
        assertEquals("NAME", event.kind());
    }

    @Test
    void shouldRefuseChangesInTheFutureUnknownKindsAndBadSorts() {
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        Certifications.Held held = Certifications.anHnteCertificate(today.minusYears(1));
        String officer = Tokens.shared().officer();

        Certifications.reportChange(officer, held.id(), "NAME", today.plusDays(2)).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("occurredOn"));
        Certifications.reportChange(officer, held.id(), "HAIRCUT", today).then().statusCode(400)
                .body("code", equalTo("MALFORMED_REQUEST"));
        given().auth().oauth2(officer).get("/api/v1/certifications/" + held.id() + "/change-reports?sort=kind").then()
                .statusCode(400).body("code", equalTo("INVALID_SORT"));
    }

    @Test
    void shouldRefuseChangeReportsOnAnExpiredCertificate() {
        Certifications.Held held = Certifications.aCertificate("TECH_SME", LocalDate.of(2019, 1, 1), null);

        Certifications.reportChange(Tokens.shared().officer(), held.id(), "OWNERSHIP", LocalDate.of(2019, 6, 1))
                .then().statusCode(409).body("code", equalTo("CERTIFICATION_ILLEGAL_TRANSITION"))
                .body("currentState", equalTo("EXPIRED")).body("allowedActions", equalTo(List.of()));
    }

    @Test
    void shouldKeepChangeReportsFromOtherApplicantsAndRoles() {
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        Certifications.Held held = Certifications.anHnteCertificate(today.minusYears(1));
        String other = Tokens.shared().applicant(Certifications.anHnteCertificate(today).uscc());

        Certifications.reportChange(other, held.id(), "NAME", today).then().statusCode(404)
                .body("code", equalTo("CERTIFICATION_NOT_FOUND"));
        given().auth().oauth2(other).get("/api/v1/certifications/" + held.id() + "/change-reports").then()
                .statusCode(404).body("code", equalTo("CERTIFICATION_NOT_FOUND"));
        Certifications.reportChange(Tokens.shared().bank("bank-1"), held.id(), "NAME", today).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
    }
}
