package org.keji.project.call;

import static io.restassured.RestAssured.given;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.response.Response;

/** Fixtures of calls: a fresh code and a fresh (year, batch) per call, so tests run in any order. */
public final class Calls {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private Calls() {
    }

    public static String aCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-" + SERIAL.get();
    }

    /** A call body of Fuzhou's bureau (the test officer's region) with the given window and eligibility. */
    public static String aCall(String code, OffsetDateTime opensAt, OffsetDateTime closesAt, String eligibility) {
        int serial = SERIAL.incrementAndGet();
        return """
                {"code":"%s","title":"2027年度福州市重点研发计划 第%d批","description":"支持关键核心技术攻关。",
                 "level":"MUNICIPAL","category":"INDUSTRIAL_RD","year":%d,"batch":%d,"region":"350100",
                 "opensAt":"%s","closesAt":"%s","totalBudget":"50000000.00","maxGrant":"2000000.00",
                 "expertsPerApplication":5,%s
                 "requiredMaterials":[{"kind":"AUDIT_REPORT","mayBeMissingAtAcceptance":false},
                                      {"kind":"RD_PROJECT","mayBeMissingAtAcceptance":true}],
                 "matterCode":"350117010000","promisedWorkingDays":20,"legalWorkingDays":30}"""
                .formatted(code, serial % 99 + 1, 2000 + serial / 99 % 101, serial % 99 + 1, opensAt, closesAt,
                        eligibility);
    }

    /** An open call (opened yesterday, closing in ten days) without eligibility conditions. */
    public static String anOpenCall(String code) {
        OffsetDateTime now = now();
        return aCall(code, now.minusDays(1), now.plusDays(10), "");
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
    }

    public static Response create(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/api/v1/calls");
    }

    /** Creates the call as an officer of Fuzhou and answers its id. */
    public static String created(String token, String body) {
        return create(token, body).then().statusCode(201).extract().path("id");
    }
}
