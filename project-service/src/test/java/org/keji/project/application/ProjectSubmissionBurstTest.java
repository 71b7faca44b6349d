package org.keji.project.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keji.project.application.Projects.CallTerms;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A burst of submissions to one call (DOMAIN.md: hundreds of enterprises inside a short window): 500 enterprises each
 * draft twice at once and submit in parallel; every one is created and submitted exactly once, none twice, and after
 * the call closes none is submitted.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class ProjectSubmissionBurstTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final int ENTERPRISES = 500;
    static final int LATE = 50;

    @Inject
    MutableClock clock;

    @Inject
    Projects projects;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void pinClock() {
        clock.travelTo(TODAY);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldCreateAndSubmitEachOfAHugeBurstExactlyOnceAndNoneAfterTheClose() throws Exception {
        // open until noon of the day after TODAY
        UUID call = projects.aCall(CallTerms.around(TODAY).window(Projects.noon(TODAY.minusDays(5)),
                Projects.noon(TODAY.plusDays(1))));
        List<String> usccs = IntStream.range(0, ENTERPRISES + LATE).mapToObj(i -> Usccs.aUscc()).toList();
        projects.enterprises(usccs, "350102", LocalDate.of(2015, 3, 1));
        String plan = Projects.plan("800000.00", List.of());

        // every enterprise drafts twice at once: one is created, the other is refused as a duplicate
        List<Callable<Response>> drafts = new ArrayList<>();
        for (String uscc : usccs) {
            for (int copy = 0; copy < 2; copy++) {
                drafts.add(() -> Projects.create(Tokens.shared().applicant(uscc), Projects.body(call, null, plan)));
            }
        }
        Collections.shuffle(drafts);
        List<Response> created = parallel(drafts);
        Map<Integer, Long> draftStatuses = statuses(created);
        assertEquals(Map.of(201, (long) usccs.size(), 409, (long) usccs.size()), draftStatuses);
        List<Response> ok = created.stream().filter(r -> r.statusCode() == 201).toList();
        List<String> onTime = ok.stream().filter(r -> !usccs.subList(ENTERPRISES, usccs.size())
                .contains(r.path("uscc").toString())).map(r -> r.path("id").toString()).toList();
        List<String> late = ok.stream().filter(r -> usccs.subList(ENTERPRISES, usccs.size())
                .contains(r.path("uscc").toString())).map(r -> r.path("id").toString()).toList();
        Map<String, String> owners = ok.stream()
                .collect(Collectors.toMap(r -> r.path("id").toString(), r -> r.path("uscc").toString()));

        List<Response> submitted = parallel(onTime.stream().<Callable<Response>> map(id -> () -> Projects
                .act(Tokens.shared().applicant(owners.get(id)), id, "submit", null)).toList());
        assertEquals(Map.of(200, (long) ENTERPRISES), statuses(submitted));

        clock.travelTo(TODAY.plusDays(1)); // just after noon: closed
        List<Response> afterClose = parallel(late.stream().<Callable<Response>> map(id -> () -> Projects
                .act(Tokens.shared().applicant(owners.get(id)), id, "submit", null)).toList());
        assertEquals(Map.of(422, (long) LATE), statuses(afterClose));
        afterClose.forEach(r -> assertEquals("CALL_WINDOW_CLOSED", r.path("code")));

        // one row per enterprise, each with its own tracking number
        assertEquals(ENTERPRISES + LATE, count(call, "count(*)", "true"));
        assertEquals(ENTERPRISES + LATE, count(call, "count(DISTINCT uscc)", "true"));
        assertEquals(ENTERPRISES + LATE, count(call, "count(DISTINCT tracking_number)", "true"));
        assertEquals(ENTERPRISES, count(call, "count(*)", "status = 'SUBMITTED' AND submitted_on IS NOT NULL"));
        assertEquals(LATE, count(call, "count(*)", "status = 'DRAFT'"));
    }

    private static Map<Integer, Long> statuses(List<Response> responses) {
        return responses.stream().collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
    }

    private static List<Response> parallel(List<Callable<Response>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : pool.invokeAll(requests)) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(UUID call, String select, String condition) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT " + select + " FROM project_application WHERE call_id = ? AND " + condition)) {
            query.setObject(1, call);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
