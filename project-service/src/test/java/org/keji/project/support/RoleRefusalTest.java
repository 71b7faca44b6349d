package org.keji.project.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.OpenApiWalker;
import org.keji.testkit.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.quarkus.test.junit.QuarkusTest;

/**
 * DESIGN.md "Who may see what", walked over project-service's live OpenAPI document: a bank (project-service has no
 * loans) and an integration client without a scope are refused every operation with 403, reads and writes alike, so an
 * operation added later without its role check fails here.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class RoleRefusalTest {

    @Test
    void shouldRefuseABankAndAnIntegrationClientWithoutScopeEveryOperation() {
        OpenApiWalker walker = OpenApiWalker.at(URI.create(TestHTTPResourceManager.getUri() + "/"));
        for (String token : List.of(Tokens.shared().bank("icbc-fz"), Tokens.shared().integration("gov-portal",
                List.of()))) {
            List<OpenApiWalker.Call> calls = walker.as(token).everyOperation();
            assertTrue(calls.size() >= 75, () -> "the walk reached the operations: " + calls.size());
            assertEquals(List.of(), calls.stream().filter(call -> call.status() != 403).map(Object::toString).toList());
        }
    }
}
