package org.keji.commons.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScopesTest {

    @Test
    void shouldNeedReadToReadAndWriteForAnythingElseUnlessTheOperationNamesItsScope() {
        String service = Scopes.service();
        assertEquals(service + ":read", Scopes.required("GET", null));
        assertEquals(service + ":read", Scopes.required("head", null));
        for (String method : new String[] { "POST", "PUT", "PATCH", "DELETE" }) {
            assertEquals(service + ":write", Scopes.required(method, null));
        }
        assertEquals("enterprise:admin", Scopes.required("GET", "enterprise:admin"));
        assertEquals(service + ":write", Scopes.required("POST", " "));
    }

    @Test
    void shouldTakeTheServiceFromTheApplicationNameWithoutItsSuffix() {
        // commons' tests run as "commons-test"
        assertEquals("commons-test", Scopes.service());
    }
}
