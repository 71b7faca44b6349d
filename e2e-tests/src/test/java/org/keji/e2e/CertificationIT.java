package org.keji.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keji.testkit.Usccs;

/**
 * An enterprise's way to a certification through the gateway, at most one trip: figures reported once, eligibility
 * checked on them, an application submitted and followed by its tracking number.
 */
@ExtendWith(KejiSuiteExtension.class)
class CertificationIT {

    private static Gateway gateway;
    private static String officer;

    @BeforeAll
    static void connect(Gateway suiteGateway) {
        gateway = suiteGateway;
        officer = gateway.tokens().officer();
    }

    @Test
    void shouldCheckEligibilityOnReportedFiguresAndFollowTheApplicationByItsTrackingNumber() {
        Map<String, Object> registration = Enterprises.aRegistration();
        String uscc = (String) registration.get("uscc");
        gateway.register(officer, registration).then().statusCode(201);
        String applicant = gateway.tokens().applicant(uscc);
        for (int year = 2023; year <= 2025; year++) {
            gateway.as(applicant).body(Map.of("employees", 100, "rdStaff", 15, "salesRevenue", "40000000.00",
                    "totalRevenue", "41000000.00", "highTechRevenue", "30000000.00", "rdExpense", "2400000.00",
                    "domesticRdExpense", "2400000.00", "totalCost", "30000000.00", "totalAssets", "60000000.00",
                    "netAssets", "30000000.00")).put("/api/v1/enterprises/{uscc}/figures/{year}", uscc, year).then()
                    .statusCode(201);
        }

        gateway.as(applicant).get("/api/v1/certification-types").then().statusCode(200)
                .body("code", hasItem("HNTE"));
        gateway.as(applicant).body(Map.of("certificationType", "HNTE", "year", 2026))
                .post("/api/v1/enterprises/{uscc}/eligibility-checks", uscc).then().statusCode(201)
                .body("conditions.find { it.code == 'RD_EXPENSE_RATIO' }.actual", equalTo("0.0600"))
                .body("conditions.find { it.code == 'RD_EXPENSE_RATIO' }.outcome", equalTo("PASS"));

        String trackingNumber = gateway.as(applicant)
                .body(Map.of("uscc", uscc, "certificationType", "HNTE", "year", 2026))
                .post("/api/v1/certification-applications").then().statusCode(201)
                .body("trackingNumber", matchesPattern("ENT-\\d{8}-\\d{8}")).extract().path("trackingNumber");
        gateway.as(applicant).queryParam("trackingNumber", trackingNumber).get("/api/v1/certification-applications")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].status", equalTo("SUBMITTED"))
                .body("items[0].uscc", equalTo(uscc));
        gateway.as(gateway.tokens().applicant(Usccs.aUscc())).queryParam("trackingNumber", trackingNumber)
                .get("/api/v1/certification-applications").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldVerifyAnElectronicCertificateThroughTheGatewayWithoutAToken() throws Exception {
        Map<String, Object> registration = Enterprises.aRegistration();
        String uscc = (String) registration.get("uscc");
        gateway.register(officer, registration).then().statusCode(201);
        String number = "GR" + uscc.substring(8, 17);
        String id = gateway.as(officer)
                .body(Map.of("uscc", uscc, "certificationType", "HNTE", "certificateNumber", number, "validFrom",
                        LocalDate.now().minusMonths(2).toString()))
                .post("/api/v1/certifications").then().statusCode(201).extract().path("id");
        String applicant = gateway.tokens().applicant(uscc);
        String code = gateway.as(applicant).get("/api/v1/certifications/{id}", id).then().statusCode(200)
                .body("verificationCode", matchesPattern("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}")).extract()
                .path("verificationCode");
        byte[] document = gateway.as(applicant).accept("application/jose")
                .get("/api/v1/certifications/{id}/document", id).then().statusCode(200).extract().asByteArray();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document));
        assertEquals(3, new String(document, StandardCharsets.US_ASCII).split("\\.").length);

        gateway.anonymous().body(Map.of("certificateNumber", number, "verificationCode", code, "documentSha256", hash))
                .post("/public/v1/certificate-verifications").then().statusCode(200).body("valid", equalTo(true))
                .body("status", equalTo("VALID")).body("holderUscc", equalTo(uscc))
                .body("holderName", equalTo(registration.get("name"))).body("documentMatches", equalTo(true));
        gateway.anonymous().body(Map.of("certificateNumber", number, "verificationCode", "0000-0000-0000-0000"))
                .post("/public/v1/certificate-verifications").then().statusCode(404)
                .body("code", equalTo("CERTIFICATE_NOT_VERIFIED"));
        gateway.anonymous().get("/public/v1/certificate-keys").then().statusCode(200)
                .body("keys[0].kty", equalTo("RSA"));
    }
}
