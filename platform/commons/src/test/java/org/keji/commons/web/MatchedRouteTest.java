package org.keji.commons.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

class MatchedRouteTest {

    @Path("/api/v1/incubators/{incubatorId}/tenants/")
    static class Tenants {

        @POST
        public void admit() {
        }

        @POST
        @Path("/{tenantId: [0-9a-f-]+}/assessments")
        public void assess() {
        }

        public void helper() {
        }
    }

    @Path("api/v1/enterprises")
    static class Enterprises {

        @GET
        @Path("{uscc}")
        public void get() {
        }
    }

    @Test
    void shouldJoinTheClassAndMethodPathsAndFillInThePathParameters() throws Exception {
        assertEquals("POST /api/v1/incubators/i-1/tenants",
                MatchedRoute.of(Tenants.class, Tenants.class.getMethod("admit"), Map.of("incubatorId", "i-1")));
        assertEquals("POST /api/v1/incubators/i-1/tenants/t-2/assessments", MatchedRoute.of(Tenants.class,
                Tenants.class.getMethod("assess"), Map.of("incubatorId", "i-1", "tenantId", "t-2")));
        assertEquals("GET /api/v1/enterprises/91350100M000100Y43", MatchedRoute.of(Enterprises.class,
                Enterprises.class.getMethod("get"), Map.of("uscc", "91350100M000100Y43")));
    }

    @Test
    void shouldTakeAValueWithReplacementCharactersLiterally() throws Exception {
        assertEquals("GET /api/v1/enterprises/$1\\x", MatchedRoute.of(Enterprises.class,
                Enterprises.class.getMethod("get"), Map.of("uscc", "$1\\x")));
    }

    @Test
    void shouldRefuseAMethodThatIsNoResourceMethod() {
        assertThrows(IllegalStateException.class,
                () -> MatchedRoute.of(Tenants.class, Tenants.class.getMethod("helper"), Map.of()));
    }
}
