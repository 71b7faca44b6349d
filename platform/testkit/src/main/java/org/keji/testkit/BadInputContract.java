package org.keji.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResourceManager;

/**
 * The bad-input contract every service keeps, run against its own OpenAPI document: a NUL character in any string
 * parameter or body field of any operation is refused as 400 naming the field, never a server error. A service runs it
 * with {@code @QuarkusTest @WithTestResource(KejiTestResource.class) class BadInputTest extends BadInputContract {}}.
 */
public abstract class BadInputContract {

    @Test
    void shouldRefuseANulInEveryStringOfEveryOperationWith400NamingTheField() {
        OpenApiWalker.Report report = OpenApiWalker.at(URI.create(TestHTTPResourceManager.getUri() + "/"))
                .withNulInEveryString();
        assertEquals(List.of(), report.failures(), report::toString);
        assertTrue(report.operations() >= minimumOperations(), report::toString);
    }

    /**
     * At least how many operations the service's document has, so that a walk that silently reads nothing (a moved
     * document, a renamed path) fails instead of passing.
     */
    protected abstract int minimumOperations();
}
