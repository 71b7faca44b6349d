package org.keji.project.award;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.keji.project.award.Awards.act;
import static org.keji.project.award.Awards.awarded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.commons.material.MaterialReplica;
import org.keji.testkit.KejiTestResource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A grade's quota for a year holds under {@value #PARALLEL} parallel decisions released together: the grade row's
 * conditional UPDATE decides, never a read before a write; the refused decisions leave their nominations under review.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class AwardQuotaTest {

    private static final int PARALLEL = 50;
    private static final int YEAR = 2080;

    @Inject
    MaterialReplica replica;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldAwardExactlyTheQuotaOfAGradeUnderFiftyParallelDecisions() throws Exception {
        Awards.published(YEAR, "FIRST=123456.78/7", "SECOND=10000.00");
        String officer = Awards.officer("officer-chen");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            String uscc = Awards.anEnterprise(dataSource, "350102");
            String id = Awards.aNomination(uscc, YEAR, "FIRST", Awards.aReport(replica, uscc));
            act(officer, id, "review", null).then().statusCode(200);
            ids.add(id);
        }

        Map<String, Integer> answers = new TreeMap<>();
        ExecutorService executor = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch ready = new CountDownLatch(PARALLEL);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (String id : ids) {
                futures.add(executor.submit(() -> {
                    ready.countDown();
                    start.await();
                    return act(officer, id, "decide", awarded("FIRST"));
                }));
            }
            ready.await();
            start.countDown();
            for (Future<Response> future : futures) {
                Response response = future.get();
                String key = response.statusCode() + " " + response.jsonPath().getString(
                        response.statusCode() == 200 ? "status" : "code");
                answers.merge(key, 1, Integer::sum);
            }
        } finally {
            executor.shutdownNow();
        }

        assertEquals(Map.of("200 AWARDED", 7, "422 AWARD_GRADE_QUOTA_EXHAUSTED", PARALLEL - 7), answers);
        assertEquals(List.of("7 7"), Awards.strings(dataSource, "SELECT g.awarded_count || ' ' || (SELECT count(*) "
                + "FROM award_nomination n WHERE n.grade_id = g.id) FROM award_grade g WHERE year = ? AND grade = 'FIRST'",
                YEAR));
        assertEquals(List.of("AWARDED 7 864197.46", "UNDER_REVIEW 43 -"), Awards.strings(dataSource,
                "SELECT status || ' ' || count(*) || ' ' || coalesce(sum(amount)::text, '-') FROM award_nomination "
                        + "WHERE year = ? GROUP BY status ORDER BY status",
                YEAR));
        // the other grade of the year has no quota
        String waiting = Awards.strings(dataSource, "SELECT id::text FROM award_nomination WHERE year = ? AND status = "
                + "'UNDER_REVIEW' LIMIT 1", YEAR).get(0);
        act(officer, waiting, "decide", awarded("SECOND")).then().statusCode(200);
    }
}
