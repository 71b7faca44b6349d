package org.keji.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

/**
 * Every route prefix the gateway sends to ip-service, walked through the gateway: a read answered by ip-service with
 * an admin's or an officer's token, 401 without a token and with one signed by another key, and a patent out of reach
 * (an applicant of another enterprise, an officer of another region) 404.
 */
@ExtendWith(KejiSuiteExtension.class)
class IpRoutesIT {

    /** One read: the path (with its query) and the token that may make it. */
    private record Read(String path, String token) {
    }

    @Test
    void shouldAnswerEveryIpRouteThroughTheGatewayAndRefuseMissingForgedAndForeignTokens(Gateway gateway) {
        String admin = gateway.tokens().admin();
        String officer = gateway.tokens().officer();
        String holder = Usccs.aUscc();
        String number = Patents.anInventionNumber();
        String id = gateway.as(officer).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("applicationNumber", "CN " + number, "title", "一种网关路由测试方法", "ipcMainClass",
                        "G06F 16/00", "filingDate", "2023-03-15", "holders",
                        List.of(Map.of("uscc", holder, "name", "福州闽江智能科技有限公司", "share", "100.00"))))
                .post("/api/v1/patents").then().statusCode(201).extract().path("id");

        List<Read> reads = List.of(
                new Read("/api/v1/patents", admin),
                new Read("/api/v1/patents/" + id, officer),
                new Read("/api/v1/patents/by-number/" + number, admin),
                new Read("/api/v1/patents/" + id + "/legal-events", officer),
                new Read("/api/v1/patents/" + id + "/annuities", admin),
                new Read("/api/v1/patent-annuity-fees", admin),
                new Read("/api/v1/patent-annuity-quotes?patentType=INVENTION&filingDate=2020-03-31&termYear=7"
                        + "&paymentDate=2026-06-01", officer),
                new Read("/api/v1/patent-subsidy-policies", officer),
                new Read("/api/v1/patent-subsidies", admin),
                new Read("/api/v1/patent-pledges", admin),
                new Read("/api/v1/ip-disputes", officer),
                new Read("/api/v1/ip-disputes/preservations", admin),
                new Read("/api/v1/enforcement-inspections", officer),
                new Read("/api/v1/technology-contracts", admin),
                new Read("/api/v1/ip-statistics/patents", officer),
                new Read("/api/v1/ip-statistics/invention-density", admin),
                new Read("/api/v1/ip-statistics/technology-contracts", admin),
                new Read("/api/v1/ip-statistics/disputes", admin),
                new Read("/api/v1/ip-statistics/inspections", admin),
                new Read("/api/v1/ip-statistics/subsidies", officer),
                new Read("/api/v1/ip-statistics/pledges", admin),
                new Read("/api/v1/regional-populations", officer),
                new Read("/api/v1/audit/ip/records?recordType=patents&recordId=" + id, admin));
        String forged = Tokens.in(Path.of(System.getProperty("java.io.tmpdir"), "other-keys")).admin();
        for (Read read : reads) {
            gateway.as(read.token()).get(read.path()).then().statusCode(200)
                    .contentType(startsWith("application/json"));
            gateway.anonymous().get(read.path()).then().statusCode(401)
                    .contentType(startsWith("application/problem+json")).body("code", equalTo("UNAUTHENTICATED"));
            gateway.as(forged).get(read.path()).then().statusCode(401)
                    .contentType(startsWith("application/problem+json")).body("code", equalTo("UNAUTHENTICATED"));
        }

        // the holder reads its patent; an applicant of another enterprise and an officer of another region do not see it
        gateway.as(gateway.tokens().applicant(holder)).get("/api/v1/patents/{id}", id).then().statusCode(200)
                .body("id", equalTo(id));
        for (String foreign : List.of(gateway.tokens().applicant(Usccs.aUscc()), gateway.tokens().officer("330100"))) {
            gateway.as(foreign).get("/api/v1/patents/{id}", id).then().statusCode(404)
                    .contentType(startsWith("application/problem+json")).body("code", equalTo("PATENT_NOT_FOUND"));
            gateway.as(foreign).get("/api/v1/patents/{id}/legal-events", id).then().statusCode(404)
                    .body("code", equalTo("PATENT_NOT_FOUND"));
        }
    }
}
