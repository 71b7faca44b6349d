package org.keji.project.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Parallel;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The call's budget, the grant of a project and the payment of a tranche hold under {@value #PARALLEL} parallel HTTP
 * requests released together: the database decides by conditional updates, never a read before a write. A request
 * that found the connection pool busy beyond its wait (503 with Retry-After) is sent again, as the API tells clients.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class GrantConcurrencyTest {

    private static final int PARALLEL = 200;

    @Inject
    MutableClock clock;

    @Inject
    Grants grants;

    @BeforeEach
    void pinClock() {
        clock.travelTo(LocalDate.of(2026, 9, 20));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldApproveExactlyAsManyParallelGrantsAsTheCallsBudgetHolds() throws Exception {
        // 50 000.37 a project under a budget of 1 234 567.89: floor(1 234 567.89 / 50 000.37) = 24 fit, never a 25th
        UUID call = grants.aCall("1234567.89", "60000.00");
        List<UUID> projects = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            UUID project = grants.inPublicity(call, "60000.00", true);
            Grants.propose(Grants.officer("officer-a"), project, "50000.37").then().statusCode(201);
            projects.add(project);
        }
        String checker = Grants.officer("officer-b");

        Map<Integer, Long> statuses = Parallel.statuses(PARALLEL,
                i -> Grants.retried(() -> Grants.confirm(checker, projects.get(i))));

        assertEquals(Map.of(200, 24L, 422, (long) PARALLEL - 24), statuses);
        assertEquals(List.of("1200008.88 1234567.89"),
                grants.rows("SELECT approved_amount, total_budget FROM project_call WHERE id = ?1", call));
        assertEquals(List.of("24 1200008.88"), grants.rows("SELECT count(*), sum(grant_amount) FROM "
                + "project_application WHERE call_id = ?1 AND status = 'APPROVED'", call));
        assertEquals(List.of(String.valueOf(PARALLEL - 24)), grants.rows("SELECT count(*) FROM project_application "
                + "WHERE call_id = ?1 AND status = 'PUBLICITY' AND grant_amount IS NULL", call));
    }

    @Test
    void shouldNeverScheduleTranchesBeyondTheGrantUnderParallelRequests() throws Exception {
        // 1 234.56 a tranche under a grant of 100 000.00: floor(100 000.00 / 1 234.56) = 81 fit, never an 82nd
        UUID project = grants.inPublicity(grants.aCall("1000000.00", "100000.00"), "100000.00", true);
        Grants.approve(project, "100000.00");
        grants.activate(project);
        String maker = Grants.officer("officer-a");

        Map<Integer, Long> statuses = Parallel.statuses(PARALLEL, i -> {
            String key = UUID.randomUUID().toString();
            return Grants.retried(() -> Grants.schedule(maker, project, "1234.56", key));
        });

        assertEquals(Map.of(201, 81L, 422, (long) PARALLEL - 81), statuses);
        assertEquals(List.of("81 99999.36"), grants.rows("SELECT count(*), sum(amount) FROM project_tranche WHERE "
                + "application_id = ?1 AND status = 'SCHEDULED'", project));
        assertEquals(List.of("100000.00 99999.36"),
                grants.rows("SELECT granted, scheduled FROM project_funds WHERE application_id = ?1", project));
    }

    @Test
    void shouldPayATrancheOnceUnderParallelPayments() throws Exception {
        UUID project = grants.inPublicity(grants.aCall("1000000.00", "100000.00"), "100000.00", true);
        Grants.approve(project, "100000.00");
        grants.activate(project);
        String tranche = Grants.schedule(Grants.officer("officer-a"), project, "40000.01").then().statusCode(201)
                .extract().path("id");
        String checker = Grants.officer("officer-b");

        Map<Integer, Long> statuses = Parallel.statuses(PARALLEL,
                i -> Grants.retried(() -> Grants.pay(checker, project, tranche, "2026-09-19")));

        assertEquals(Map.of(200, 1L, 409, (long) PARALLEL - 1), statuses);
        assertEquals(List.of("40000.01 40000.01"),
                grants.rows("SELECT scheduled, paid FROM project_funds WHERE application_id = ?1", project));
        assertEquals(List.of("1"), grants.rows("SELECT count(*) FROM outbox_event WHERE type = "
                + "'keji.project.tranche.paid.v1' AND payload #>> '{data,trancheId}' = ?1", tranche));
    }
}
