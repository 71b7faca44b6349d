package org.keji.ip.policy;

import static io.restassured.RestAssured.given;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.response.Response;

/** Fixtures of subsidy policies: a fresh code per call, so tests run in any order. */
final class SubsidyPolicies {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private SubsidyPolicies() {
    }

    static String aCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-" + SERIAL.incrementAndGet();
    }

    /** A grant reward of {@code region} for 2026 with the given code. */
    static String aGrantReward(String code, String region) {
        return """
                {"code":"%s","name":"福州市2026年度发明专利授权奖励（测试）","year":2026,"region":"%s","kind":"GRANT_REWARD",
                 "amounts":{"INVENTION":"5000.00","PCT_INVENTION":"5000.00","UTILITY_MODEL":"1000.50"},
                 "capAmount":"200000.00","capCount":50,"eligibleStatus":"GRANTED",
                 "applicationFrom":"2026-03-01","applicationTo":"2026-11-30","matterCode":"330217009000",
                 "promisedWorkingDays":15,"legalWorkingDays":20,"budget":"3000000.00"}""".formatted(code, region);
    }

    static Response create(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/v1/patent-subsidy-policies");
    }
}
