package org.keji.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.keji.launcher.BenchmarkEndpoints.Endpoint;
import org.keji.launcher.BenchmarkEndpoints.Operation;
import org.keji.testkit.Usccs;

class ProjectApplicationsTest {

    private static final String CALL = "0e9c1c57-6f55-4f8d-9a43-2f1d6f1a9b2";

    @Test
    void shouldGiveEveryKeyADistinctCallAndEnterpriseCreatingACallOnlyWhenTheEnterprisesAreUsedUp() {
        var applications = new ProjectApplications();
        List<String> usccs = List.of(Usccs.withSerial(Usccs.FUZHOU, 0), Usccs.withSerial(Usccs.FUZHOU, 1),
                Usccs.withSerial(Usccs.FUZHOU, 2));
        List<Integer> created = new ArrayList<>();
        applications.bind(usccs, n -> {
            created.add(n);
            return CALL + n;
        });

        Set<String> keys = new HashSet<>();
        for (long serial = 0; serial < 7; serial++) {
            keys.add(applications.key(serial));
        }

        assertEquals(7, keys.size());
        assertEquals(List.of(0, 1, 2), created);
        assertEquals(CALL + "1_" + usccs.get(1), applications.key(4));
    }

    @Test
    void shouldGiveEveryBenchmarkCallItsOwnBatchOfTheRegion() {
        Set<String> batches = new HashSet<>();
        for (int n = 0; n < 3 * 2772; n++) {
            var call = ProjectApplications.Call.benchmark(n);
            assertTrue(batches.add(call.year() + " " + call.level() + " " + call.category() + " " + call.batch()),
                    call.toString());
            assertTrue(call.batch() >= 1 && call.batch() <= 99, call.toString());
        }
        assertEquals(new ProjectApplications.Call("BENCH-2772", 2028, "MUNICIPAL", "INDUSTRIAL_RD", 1),
                ProjectApplications.Call.benchmark(2772));
        assertTrue(ProjectApplications.callBody(ProjectApplications.Call.benchmark(100), null, null, null)
                .contains("\"level\":\"MUNICIPAL\",\"category\":\"AGRICULTURAL\",\"year\":2027,\"batch\":2,"));
    }

    @Test
    void shouldRefuseKeysBeforeTheSeedBindsThem() {
        assertThrows(IllegalStateException.class, () -> new ProjectApplications().key(0));
    }

    @Test
    void shouldDraftForTheKeysCallAndEnterpriseWithAnIdempotencyKeyAndReadByTheAnsweredId() {
        Endpoint create = BenchmarkEndpoints.CREATE_APPLICATION;
        String uscc = Usccs.withSerial(Usccs.FUZHOU, 3);
        String key = CALL + "0_" + uscc;

        String[] line = create.requestLine(key).split("\t");

        assertEquals("/api/v1/project-applications", line[0]);
        assertEquals("bench-" + key, line[1]);
        assertTrue(line[2].startsWith("{\"callId\":\"" + CALL + "0\",\"uscc\":\"" + uscc + "\",\"plan\":{"), line[2]);
        assertEquals("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", create.answers().key()
                .apply("{\"id\":\"0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9\",\"trackingNumber\":\"PRJ-20261130-00000001\"}"));
        Endpoint read = BenchmarkEndpoints.ENDPOINTS.stream().filter(e -> e.keys() == create.answers().keys()
                && e.operation() == Operation.READ).findFirst().orElseThrow();
        assertEquals("/api/v1/project-applications/abc\t\t", read.requestLine("abc"));
    }

    @Test
    void shouldReadTheProblemCodeAndNoIdFromAProblem() {
        String problem = "{\"type\":\"about:blank\",\"title\":\"Unprocessable\",\"status\":422,"
                + "\"code\":\"CALL_WINDOW_CLOSED\",\"detail\":\"…\"}";

        assertEquals("CALL_WINDOW_CLOSED", ProjectApplications.problemCode(problem));
        assertEquals(Optional.empty(), ProjectApplications.idOf(problem));
        assertEquals("-", ProjectApplications.problemCode("{}"));
    }
}
