package org.keji.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.keji.launcher.BenchmarkEndpoints.Endpoint;
import org.keji.launcher.BenchmarkEndpoints.Operation;
import org.keji.testkit.Usccs;

class BenchmarkTest {

    @Test
    void shouldCallAFigureWarmOnlyWhenTwoConsecutiveRoundsDifferByLessThanTenPercent() {
        assertTrue(Benchmark.steady(1000, 1090));
        assertTrue(Benchmark.steady(1000, 910));
        assertFalse(Benchmark.steady(1000, 1100));
        assertFalse(Benchmark.steady(1000, 850));
        assertFalse(Benchmark.steady(0, 0));
        // a plateau while C2 still compiles: one small change is not steady, two are
        assertFalse(Benchmark.steady(2690, 2883, 6241));
        assertFalse(Benchmark.steady(0, 2690, 2883));
        assertTrue(Benchmark.steady(13425, 13751, 13600));
    }

    @Test
    void shouldMeasureTheMainReadAndCreateOfEveryServiceThatHasThem() {
        Set<String> measured = new HashSet<>();
        for (Endpoint endpoint : BenchmarkEndpoints.ENDPOINTS) {
            measured.add(endpoint.service() + " " + endpoint.operation());
        }

        assertEquals(Set.of("enterprise-service READ", "enterprise-service CREATE", "project-service READ",
                "project-service CREATE", "ip-service READ", "ip-service CREATE"), measured);
    }

    @Test
    void shouldSeedTheKeysOfEveryReadWithACreate() {
        for (Endpoint read : BenchmarkEndpoints.ENDPOINTS) {
            if (read.operation() == Operation.READ) {
                assertTrue(BenchmarkEndpoints.ENDPOINTS.stream()
                        .anyMatch(e -> e.operation() == Operation.CREATE && (e.keys().equals(read.keys())
                                || e.answers() != null && e.answers().keys().equals(read.keys()))),
                        read.label());
            }
        }
    }

    @Test
    void shouldWriteACreateAsPathIdempotencyKeyAndBodyWithAValidUniqueUscc() {
        Endpoint register = BenchmarkEndpoints.REGISTER_ENTERPRISE;
        String uscc = register.keys().key(7);

        String[] line = register.requestLine(uscc).split("\t");

        assertTrue(Usccs.hasValidCheckCharacter(uscc), uscc);
        assertFalse(uscc.equals(register.keys().key(8)));
        assertEquals("/api/v1/enterprises", line[0]);
        assertEquals("bench-" + uscc, line[1]);
        assertTrue(line[2].contains("\"uscc\":\"" + uscc + "\""), line[2]);
    }

    @Test
    void shouldFindTheKeyOfAnAcknowledgedCreateFromItsIdempotencyKey() {
        Endpoint register = BenchmarkEndpoints.REGISTER_ENTERPRISE;
        String uscc = register.keys().key(11);

        var request = register.request("http://localhost:1", uscc, "token");

        assertEquals(uscc, register.keyOf(request));
        assertEquals("http://localhost:1/api/v1/enterprises", request.uri().toString());
        assertEquals("POST", request.method());
    }

    @Test
    void shouldPutTheKeyIntoTheReadPath() {
        Endpoint read = BenchmarkEndpoints.ENDPOINTS.get(0);

        assertEquals("/api/v1/enterprises/91350100MA0000000X\t\t", read.requestLine("91350100MA0000000X"));
    }

    @Test
    void shouldCreatePatentsWithUniqueValidApplicationNumbersFiledInTheirYear() {
        Endpoint register = BenchmarkEndpoints.REGISTER_PATENT;
        // checked by hand: 2·2+0·3+2·4+4·5+1·6+0·7+0·8+0·9+0·2+0·3+0·4+7·5 = 73, 73 mod 11 = 7
        assertEquals("202410000007.7", register.keys().key(7));
        assertEquals("202310000000.0", register.keys().key(10_000_000));
        assertFalse(register.keys().key(8).equals(register.keys().key(9)));

        String[] line = register.requestLine(register.keys().key(7)).split("\t");

        assertEquals("/api/v1/patents", line[0]);
        assertEquals("bench-202410000007.7", line[1]);
        assertTrue(line[2].contains("\"applicationNumber\":\"202410000007.7\""), line[2]);
        assertTrue(line[2].contains("\"filingDate\":\"2024-03-15\""), line[2]);
    }

    @Test
    void shouldReadAPatentByTheNumberACreateSeeded() {
        Endpoint read = BenchmarkEndpoints.ENDPOINTS.stream().filter(e -> e.service().equals("ip-service")
                && e.operation() == Operation.READ).findFirst().orElseThrow();

        assertEquals(BenchmarkEndpoints.PATENT_NUMBER, read.keys());
        assertEquals("/api/v1/patents/by-number/202410000007.7\t\t", read.requestLine("202410000007.7"));
    }
}
