package org.keji.ip.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * DESIGN.md "Who may see what": an expert (ip-service assigns it no case) and a bank are refused every operation of
 * ip-service's live OpenAPI document with 403, except the public fee information (annuity schedule and quotes, read by
 * every role) and a bank's reads of pledges (its own only, tested in the pledge tests).
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class RoleRefusalTest {

    private static final Set<String> EVERY_ROLE = Set.of("/api/v1/patent-annuity-fees",
            "/api/v1/patent-annuity-fees/{id}", "/api/v1/patent-annuity-quotes");
    private static final Map<String, String> VALUES = Map.of("applicationNumber", "202310123456.6", "region", "350100",
            "year", "2025", "uscc", "91350100M000100Y43");

    @Test
    void shouldRefuseExpertsAndBanksEveryOperationButThePublicFeesAndABanksPledges() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(given().get("/q/openapi?format=json").asString()).get("paths");
        List<String> wrong = new ArrayList<>();
        int probed = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/api/v1/") || path.getKey().startsWith("/api/v1/audit/")
                    || EVERY_ROLE.contains(path.getKey())) {
                continue;
            }
            String concrete = concrete(path.getKey());
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                boolean bankMayRead = method.equals("GET") && path.getKey().startsWith("/api/v1/patent-pledges");
                for (String token : bankMayRead ? List.of(Tokens.shared().expert("e-1"))
                        : List.of(Tokens.shared().expert("e-1"), Tokens.shared().bank("icbc-fz"))) {
                    int status = given().auth().oauth2(token).contentType("application/json")
                            .header("Idempotency-Key", UUID.randomUUID().toString()).body("{}")
                            .request(method, concrete).statusCode();
                    probed++;
                    if (status != 403) {
                        wrong.add(method + " " + concrete + " → " + status);
                    }
                }
            }
        }
        assertTrue(probed > 60, "the walk reached the operations: " + probed);
        assertEquals(List.of(), wrong);
    }

    private static String concrete(String template) {
        String path = template;
        for (Map.Entry<String, String> value : VALUES.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }
}
