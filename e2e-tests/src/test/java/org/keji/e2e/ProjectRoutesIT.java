package org.keji.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

/**
 * Every route prefix the gateway sends to project-service's calls, applications, experts and awards, walked through
 * the gateway: a read answered by project-service with an officer's, an admin's, an applicant's or an expert's token,
 * 401 without a token and with one signed by another key; an application out of reach (an applicant of another
 * enterprise, an officer of another region) 404, and the applications list 403 for an expert.
 */
@ExtendWith(KejiSuiteExtension.class)
class ProjectRoutesIT {

    private static final Duration REPLICATION_DEADLINE = Duration.ofSeconds(30);

    /** One read: the path (with its query) and the token that may make it. */
    private record Read(String path, String token) {
    }

    @Test
    void shouldAnswerEveryProjectRouteThroughTheGatewayAndRefuseMissingForgedAndForeignTokens(Gateway gateway) {
        Tokens tokens = gateway.tokens();
        String admin = tokens.admin();
        String officer = tokens.officer();
        String uscc = Usccs.aUscc();
        String applicant = tokens.applicant(uscc);
        String expert = tokens.expert("expert-" + UUID.randomUUID());
        gateway.as(officer).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Enterprises.aRegistration(uscc)).post("/api/v1/enterprises").then().statusCode(201);
        gateway.awaitReplica(uscc, REPLICATION_DEADLINE);

        String callId = createCall(gateway, officer);
        String applicationId = gateway.as(applicant).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("callId", callId, "plan", Map.of("title", "面向海上风电的智能运维机器人研发及应用", "field",
                        "NEW_ENERGY", "industry", "INDUSTRIAL", "undertakerType", "ENTERPRISE", "technologySource",
                        "OWN_RD", "requestedAmount", "800000.00", "plannedGovernmentFunds", "800000.00",
                        "plannedSelfRaisedFunds", "1600000.00", "plannedStart", "2027-01-01", "plannedEnd",
                        "2028-12-31")))
                .post("/api/v1/project-applications").then().statusCode(201).extract().path("id");
        String expertId = gateway.as(officer).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("subject", "expert-" + UUID.randomUUID(), "name", "张伟", "organisationUscc",
                        Usccs.aUscc(), "organisationName", "福州大学", "fields", List.of("NEW_ENERGY"), "region",
                        "350100", "availability", "AVAILABLE"))
                .post("/api/v1/experts").then().statusCode(201).extract().path("id");

        List<Read> reads = List.of(
                new Read("/api/v1/calls", applicant),
                new Read("/api/v1/calls/" + callId, expert),
                new Read("/api/v1/calls/" + callId + "/eligibility?uscc=" + uscc, applicant),
                new Read("/api/v1/project-applications", officer),
                new Read("/api/v1/project-applications?callId=" + callId, applicant),
                new Read("/api/v1/project-applications/" + applicationId, applicant),
                new Read("/api/v1/project-applications/" + applicationId + "/changes", officer),
                new Read("/api/v1/project-applications/" + applicationId + "/mid-term-checks", admin),
                new Read("/api/v1/experts", officer),
                new Read("/api/v1/experts/" + expertId, admin),
                new Read("/api/v1/expert-assignments", expert),
                new Read("/api/v1/expert-assignments?callId=" + callId, officer),
                new Read("/api/v1/awards/grades", applicant),
                new Read("/api/v1/awards/nominations", officer),
                new Read("/api/v1/awards/totals", admin));
        String forged = Tokens.in(Path.of(System.getProperty("java.io.tmpdir"), "other-keys")).admin();
        for (Read read : reads) {
            gateway.as(read.token()).get(read.path()).then().statusCode(200)
                    .contentType(startsWith("application/json"));
            gateway.anonymous().get(read.path()).then().statusCode(401)
                    .contentType(startsWith("application/problem+json")).body("code", equalTo("UNAUTHENTICATED"));
            gateway.as(forged).get(read.path()).then().statusCode(401)
                    .contentType(startsWith("application/problem+json")).body("code", equalTo("UNAUTHENTICATED"));
        }

        // the applicant and its region's officer read the application; another enterprise and another region do not
        gateway.as(officer).get("/api/v1/project-applications/{id}", applicationId).then().statusCode(200)
                .body("id", equalTo(applicationId));
        for (String foreign : List.of(tokens.applicant(Usccs.aUscc()), tokens.officer("330100"))) {
            gateway.as(foreign).get("/api/v1/project-applications/{id}", applicationId).then().statusCode(404)
                    .contentType(startsWith("application/problem+json"))
                    .body("code", equalTo("PROJECT_APPLICATION_NOT_FOUND"));
            gateway.as(foreign).get("/api/v1/project-applications/{id}/changes", applicationId).then()
                    .statusCode(404).body("code", equalTo("PROJECT_APPLICATION_NOT_FOUND"));
        }
        // an expert sees only its assignments: the applications list is not its operation
        gateway.as(expert).get("/api/v1/project-applications").then().statusCode(403)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("FORBIDDEN"));
    }

    /** A Fuzhou call open from an hour ago for a month, without conditions or required materials. */
    private static String createCall(Gateway gateway, String officer) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        String code = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return gateway.as(officer).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.ofEntries(Map.entry("code", code), Map.entry("title", "福州市科技计划项目 网关路由测试批次"),
                        Map.entry("level", "MUNICIPAL"), Map.entry("category", "INDUSTRIAL_RD"),
                        Map.entry("year", 2027), Map.entry("batch", 1), Map.entry("region", "350100"),
                        Map.entry("opensAt", now.minusHours(1).toString()),
                        Map.entry("closesAt", now.plusMonths(1).toString()), Map.entry("totalBudget", "50000000.00"),
                        Map.entry("maxGrant", "2000000.00"), Map.entry("expertsPerApplication", 3),
                        Map.entry("refuseViolations", false), Map.entry("matterCode", "350100010000"),
                        Map.entry("promisedWorkingDays", 20), Map.entry("legalWorkingDays", 30)))
                .post("/api/v1/calls").then().statusCode(201).extract().path("id");
    }
}
