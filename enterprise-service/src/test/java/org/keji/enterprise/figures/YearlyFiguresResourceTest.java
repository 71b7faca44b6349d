package org.keji.enterprise.figures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.enterprise.YearlyFiguresReported;
import org.keji.commons.money.Money;
import org.keji.enterprise.registry.Enterprises;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(KejiTestResource.class)
class YearlyFiguresResourceTest {

    @Inject
    YearlyFiguresRepository figures;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldCreateAYearThenReplaceItAsAWhole() {
        String uscc = Enterprises.aRegisteredEnterprise("年度数据公司");
        put(Tokens.shared().officer(), uscc, 2025, null, YearlyFiguresFixtures.someFigures()).then().statusCode(201)
                .header("Location", "/api/v1/enterprises/" + uscc + "/figures/2025").header("ETag", "\"0\"")
                .body("salesRevenue", equalTo("48000000.00")).body("source", equalTo("OFFICER"));

        put(Tokens.shared().integration("tax"), uscc, 2025, null,
                YearlyFiguresFixtures.figures(130, 20, "49000000.10", "51000000.00", "37000000.00", "2700000.00",
                        "2700000.00", "42000000.00", "66000000.00", "-1500000.00"))
                .then().statusCode(200).header("ETag", "\"1\"").body("employees", equalTo(130))
                .body("salesRevenue", equalTo("49000000.10")).body("netAssets", equalTo("-1500000.00"))
                .body("source", equalTo("INTEGRATION")).body("version", equalTo(1));

        assertEquals(1, figures.count("uscc", uscc));
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/enterprises/" + uscc + "/figures/2025").then()
                .statusCode(200).body("rdStaff", equalTo(20)).body("domesticRdExpense", equalTo("2700000.00"));
    }

    @Test
    void shouldListTheYearsLatestFirst() {
        String uscc = Enterprises.aRegisteredEnterprise("多年数据公司");
        YearlyFiguresFixtures.report(uscc, 2023, YearlyFiguresFixtures.someFigures());
        YearlyFiguresFixtures.report(uscc, 2025, YearlyFiguresFixtures.someFigures());
        YearlyFiguresFixtures.report(uscc, 2024, YearlyFiguresFixtures.someFigures());

        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/enterprises/" + uscc + "/figures")
                .then().statusCode(200).body("year", equalTo(List.of(2025, 2024, 2023)));
    }

    @Test
    void shouldRefuseNegativeFiguresWithTheFieldsNamed() {
        String uscc = Enterprises.aRegisteredEnterprise("负数公司");
        put(Tokens.shared().officer(), uscc, 2025, null,
                YearlyFiguresFixtures.figures(-1, 0, "-0.01", "50000000.00", "36000000.00", "-5.00", "0.00",
                        "41000000.00", "65000000.00", "30000000.00"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED")).body("violations.field", hasItem("employees"));
        put(Tokens.shared().officer(), uscc, 2025, null,
                YearlyFiguresFixtures.figures(10, 0, "-0.01", "50000000.00", "36000000.00", "-5.00", "0.00",
                        "41000000.00", "65000000.00", "30000000.00"))
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", containsInAnyOrder("rdExpense", "salesRevenue", "domesticRdExpense"));
        assertEquals(0, figures.count("uscc", uscc));
    }

    @Test
    void shouldRefuseInconsistentFigures() {
        String uscc = Enterprises.aRegisteredEnterprise("不一致公司");
        put(Tokens.shared().officer(), uscc, 2025, null,
                YearlyFiguresFixtures.figures(10, 11, "60000000.00", "50000000.00", "50000000.01", "1000.00",
                        "1000.01", "41000000.00", "65000000.00", "65000000.01"))
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", containsInAnyOrder("domesticRdExpense", "highTechRevenue", "netAssets",
                        "rdStaff", "salesRevenue"));
        // at the limits every relation holds
        put(Tokens.shared().officer(), uscc, 2025, null,
                YearlyFiguresFixtures.figures(10, 10, "50000000.00", "50000000.00", "50000000.00", "1000.00",
                        "1000.00", "0.00", "65000000.00", "65000000.00"))
                .then().statusCode(201);
    }

    @Test
    void shouldRefuseAFutureYearAndMalformedAmounts() {
        String uscc = Enterprises.aRegisteredEnterprise("未来公司");
        int next = LocalDate.now().getYear() + 1;
        put(Tokens.shared().officer(), uscc, next, null, YearlyFiguresFixtures.someFigures()).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].field", equalTo("year"));
        put(Tokens.shared().officer(), uscc, 2025, null, YearlyFiguresFixtures.someFigures().replace(
                "\"rdExpense\":\"2600000.00\"", "\"rdExpense\":\"2600000.005\"")).then().statusCode(400)
                .body("code", equalTo("MALFORMED_REQUEST"));
        put(Tokens.shared().officer(), uscc, 2025, null, "{\"employees\":10}").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void shouldRefuseAReplacementBasedOnAStaleETag() {
        String uscc = Enterprises.aRegisteredEnterprise("并发填报公司");
        YearlyFiguresFixtures.report(uscc, 2025, YearlyFiguresFixtures.someFigures());
        put(Tokens.shared().officer(), uscc, 2025, "\"0\"", YearlyFiguresFixtures.someFigures()).then()
                .statusCode(200);
        put(Tokens.shared().officer(), uscc, 2025, "\"0\"", YearlyFiguresFixtures.someFigures()).then()
                .statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
        put(Tokens.shared().officer(), uscc, 2024, "\"0\"", YearlyFiguresFixtures.someFigures()).then()
                .statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
    }

    @Test
    void shouldLetAnApplicantReportOnlyForItsOwnEnterprise() {
        String own = Enterprises.aRegisteredEnterprise("自报公司");
        String other = Enterprises.aRegisteredEnterprise("他人公司");
        put(Tokens.shared().applicant(own), own, 2025, null, YearlyFiguresFixtures.someFigures()).then()
                .statusCode(201).body("source", equalTo("APPLICANT"));
        put(Tokens.shared().applicant(own), other, 2025, null, YearlyFiguresFixtures.someFigures()).then()
                .statusCode(404).body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        given().auth().oauth2(Tokens.shared().applicant(own)).get("/api/v1/enterprises/" + other + "/figures")
                .then().statusCode(404).body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        assertEquals(0, figures.count("uscc", other));
        put(Tokens.shared().bank("icbc-fz"), own, 2024, null, YearlyFiguresFixtures.someFigures()).then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldAnswer404ForAnUnknownEnterpriseOrYear() {
        put(Tokens.shared().officer(), Enterprises.aUscc(), 2025, null, YearlyFiguresFixtures.someFigures()).then()
                .statusCode(404).body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        String uscc = Enterprises.aRegisteredEnterprise("无数据公司");
        given().auth().oauth2(Tokens.shared().officer()).get("/api/v1/enterprises/" + uscc + "/figures/2020").then()
                .statusCode(404).body("code", equalTo("FIGURES_NOT_FOUND"));
    }

    @Test
    void shouldPublishTheReportedFiguresThroughTheOutbox() {
        String uscc = Enterprises.aRegisteredEnterprise("事件公司");
        YearlyFiguresFixtures.report(uscc, 2024, YearlyFiguresFixtures.someFigures());

        List<ConsumerRecord<String, String>> records = new KafkaProbe(bootstrapServers).await("keji.enterprise.v1",
                r -> uscc.equals(r.key()) && r.value().contains(YearlyFiguresReported.TYPE), 1,
                Duration.ofSeconds(30));
        YearlyFiguresReported data = EventJson.data(EventJson.read(records.get(0).value()),
                YearlyFiguresReported.class);
        assertEquals(2024, data.year());
        assertEquals(Money.of("2600000.00"), data.rdExpense());
        assertEquals("OFFICER", data.source());
    }

    private static Response put(String token, String uscc, int year, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/enterprises/" + uscc + "/figures/" + year);
    }
}
