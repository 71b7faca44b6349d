package org.keji.ip.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.OpenApiWalker;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResourceManager;
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

    @Test
    void shouldRefuseExpertsAndBanksEveryOperationButThePublicFeesAndABanksPledges() {
        OpenApiWalker walker = OpenApiWalker.at(URI.create(TestHTTPResourceManager.getUri() + "/"));
        String bank = Tokens.shared().bank("icbc-fz");
        List<String> wrong = new ArrayList<>();
        int probed = 0;
        for (String token : List.of(Tokens.shared().expert("e-1"), bank)) {
            for (OpenApiWalker.Call call : walker.as(token).everyOperation()) {
                boolean bankMayRead = token.equals(bank) && call.method().equals("get")
                        && call.template().startsWith("/api/v1/patent-pledges");
                if (call.template().startsWith("/api/v1/audit/") || EVERY_ROLE.contains(call.template())
                        || bankMayRead) {
                    continue;
                }
                probed++;
                if (call.status() != 403) {
                    wrong.add(call.toString());
                }
            }
        }
        assertTrue(probed > 60, "the walk reached the operations: " + probed);
        assertEquals(List.of(), wrong);
    }
}
