package org.keji.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access model through the gateway with real tokens (DESIGN.md "Who may see what"): an expert reaches only what
 * is assigned to it, an integration client only the operations its scopes name, an officer only its region, and an
 * applicant never overwrites what the bureau entered.
 */
@ExtendWith(KejiSuiteExtension.class)
class AccessIT {

    private static final Map<String, Object> FIGURES = Map.of("employees", 100, "rdStaff", 15, "salesRevenue",
            "40000000.00", "totalRevenue", "41000000.00", "highTechRevenue", "30000000.00", "rdExpense", "2400000.00",
            "domesticRdExpense", "2400000.00", "totalCost", "30000000.00", "totalAssets", "60000000.00", "netAssets",
            "30000000.00");

    private static Gateway gateway;
    private static String officer;

    @BeforeAll
    static void connect(Gateway suiteGateway) {
        gateway = suiteGateway;
        officer = gateway.tokens().officer();
    }

    @Test
    void shouldAnswer404ToAnUnassignedExpertOnEveryEnterpriseScopedRead() {
        String uscc = registered();
        gateway.as(officer).body(FIGURES).put("/api/v1/enterprises/{uscc}/figures/{year}", uscc, 2025).then()
                .statusCode(201);
        String certification = gateway.as(officer).body(Map.of("uscc", uscc, "certificationType", "TECH_SME",
                "certificateNumber", "E2E" + System.nanoTime() % 1_000_000_000L, "validFrom", "2026-01-05"))
                .post("/api/v1/certifications").then().statusCode(201).extract().path("id");
        String expert = gateway.tokens().expert("expert-e2e");

        for (String path : List.of("/api/v1/enterprises/" + uscc, "/api/v1/enterprises/" + uscc + "/figures",
                "/api/v1/enterprises/" + uscc + "/figures/2025", "/api/v1/enterprises/" + uscc + "/violations",
                "/api/v1/enterprises/" + uscc + "/ip-holdings", "/api/v1/enterprises/" + uscc + "/ip-holdings/summary",
                "/api/v1/enterprises/" + uscc + "/eligibility-checks",
                "/api/v1/enterprises/" + uscc + "/certifications", "/api/v1/certifications/" + certification)) {
            gateway.as(expert).get(path).then().statusCode(404)
                    .contentType(startsWith("application/problem+json"))
                    .body("code", equalTo(path.startsWith("/api/v1/certifications/") ? "CERTIFICATION_NOT_FOUND"
                            : "ENTERPRISE_NOT_FOUND"));
            gateway.as(officer).get(path).then().statusCode(200);
        }
        gateway.as(expert).body(Map.of("certificationType", "HNTE", "year", 2026))
                .post("/api/v1/enterprises/{uscc}/eligibility-checks", uscc).then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldAnswer403WithItsCodeToAnIntegrationTokenWithoutTheScope() {
        String uscc = registered();
        String reader = gateway.tokens().integration("credit-platform", List.of("enterprise:read"));
        String unscoped = gateway.tokens().integration("unscoped", List.of());

        gateway.as(reader).get("/api/v1/enterprises/{uscc}", uscc).then().statusCode(200);
        gateway.as(reader).body(FIGURES).put("/api/v1/enterprises/{uscc}/figures/{year}", uscc, 2025).then()
                .statusCode(403).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("INSUFFICIENT_SCOPE")).body("detail", containsString("enterprise:write"));
        gateway.as(unscoped).get("/api/v1/enterprises/{uscc}", uscc).then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE")).body("detail", containsString("enterprise:read"));
        gateway.as(gateway.tokens().integration("province-platform")).body(FIGURES)
                .put("/api/v1/enterprises/{uscc}/figures/{year}", uscc, 2025).then().statusCode(201);
    }

    @Test
    void shouldNotLetAnOfficerOfHangzhouUpdateAFuzhouEnterprise() {
        Map<String, Object> registration = Enterprises.aRegistration();
        String uscc = (String) registration.get("uscc");
        gateway.register(officer, registration).then().statusCode(201);
        Map<String, Object> update = new LinkedHashMap<>(Enterprises.renamed(registration, "杭州改名有限公司"));
        update.remove("uscc");
        update.put("version", 0);
        String hangzhou = gateway.tokens().officer("330100");

        gateway.as(hangzhou).body(update).put("/api/v1/enterprises/{uscc}", uscc).then().statusCode(404)
                .body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        gateway.as(hangzhou).get("/api/v1/enterprises/{uscc}", uscc).then().statusCode(404)
                .body("code", equalTo("ENTERPRISE_NOT_FOUND"));
        gateway.as(hangzhou).body(Enterprises.aRegistration()).post("/api/v1/enterprises").then().statusCode(403)
                .body("code", equalTo("REGION_OUT_OF_REACH"));
        gateway.as(officer).get("/api/v1/enterprises/{uscc}", uscc).then().statusCode(200)
                .body("name", equalTo(registration.get("name")));
        gateway.as(officer).body(update).put("/api/v1/enterprises/{uscc}", uscc).then().statusCode(200)
                .body("name", equalTo("杭州改名有限公司"));
    }

    @Test
    void shouldNotLetAnApplicantOverwriteOfficerEnteredFigures() {
        String uscc = registered();
        gateway.as(officer).body(FIGURES).put("/api/v1/enterprises/{uscc}/figures/{year}", uscc, 2024).then()
                .statusCode(201).body("source", equalTo("OFFICER"));
        String applicant = gateway.tokens().applicant(uscc);
        Map<String, Object> own = new LinkedHashMap<>(FIGURES);
        own.put("salesRevenue", "1.00");

        gateway.as(applicant).body(own).put("/api/v1/enterprises/{uscc}/figures/{year}", uscc, 2024).then()
                .statusCode(409).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("FIGURES_VERIFIED"));
        gateway.as(applicant).get("/api/v1/enterprises/{uscc}/figures/{year}", uscc, 2024).then().statusCode(200)
                .body("source", equalTo("OFFICER")).body("salesRevenue", equalTo("40000000.00"));
    }

    private static String registered() {
        Map<String, Object> registration = Enterprises.aRegistration();
        gateway.register(officer, registration).then().statusCode(201);
        return (String) registration.get("uscc");
    }
}
