package org.keji.ip.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keji.commons.material.MaterialReplica;
import org.keji.ip.subsidy.Subsidies.PolicyTerms;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.MutableClock;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * At most once per patent per policy, the yearly cap per enterprise and the policy's budget hold under 100 parallel
 * HTTP requests (each with its own Idempotency-Key), released together: the database decides, never a read before a
 * write.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class SubsidyConcurrencyTest {

    private static final int PARALLEL = 100;

    @Inject
    MutableClock clock;

    @Inject
    MaterialReplica replica;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void pinClock() {
        clock.travelTo(LocalDate.of(2026, 6, 15));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldAcceptExactlyOneOfAHundredParallelApplicationsForTheSamePatentAndPolicy() throws Exception {
        String holder = Usccs.aUscc();
        UUID policy = Subsidies.aPolicy(PolicyTerms.grantReward().caps(null, null, null));
        UUID patent = Subsidies.aGrantedPatent(holder);
        String body = Subsidies.body(policy, patent, holder, Subsidies.aReceipt(replica, holder));
        String token = Tokens.shared().applicant(holder);

        Map<Integer, Long> statuses = inParallel(i -> body, i -> token);

        assertEquals(Map.of(201, 1L, 409, (long) PARALLEL - 1), statuses);
        assertEquals(List.of("1"), Subsidies.strings(dataSource,
                "SELECT count(*) FROM patent_subsidy_application WHERE patent_id = ?", patent));
        assertEquals(List.of("5000.00 1"), Subsidies.strings(dataSource, "SELECT reserved_amount || ' ' || "
                + "reserved_count FROM patent_subsidy_enterprise_ledger WHERE policy_id = ?", policy));
    }

    @Test
    void shouldAcceptExactlyAsManyParallelApplicationsAsTheYearlyCapAllows() throws Exception {
        String holder = Usccs.aUscc();
        // 5 000 an invention under a cap of 123 456.78: floor(123 456.78 / 5 000) = 24 fit, never a 25th
        UUID policy = Subsidies.aPolicy(PolicyTerms.grantReward().filingSubsidy().caps("123456.78", null, null));
        UUID receipt = Subsidies.aReceipt(replica, holder);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            bodies.add(Subsidies.body(policy, Subsidies.aFiledPatent(holder), holder, receipt));
        }

        String token = Tokens.shared().applicant(holder);
        Map<Integer, Long> statuses = inParallel(bodies::get, i -> token);

        assertEquals(Map.of(201, 24L, 422, (long) PARALLEL - 24), statuses);
        assertEquals(List.of("24 120000.00"), Subsidies.strings(dataSource,
                "SELECT count(*) || ' ' || sum(amount) FROM patent_subsidy_application WHERE policy_id = ?", policy));
        assertEquals(List.of("120000.00 24"), Subsidies.strings(dataSource, "SELECT reserved_amount || ' ' || "
                + "reserved_count FROM patent_subsidy_enterprise_ledger WHERE policy_id = ?", policy));
    }

    @Test
    void shouldNeverPassThePolicysBudgetUnderParallelApplicationsOfManyEnterprises() throws Exception {
        // no cap per enterprise, a budget of 123 456.78: 24 applications of 5 000 fit, never a 25th
        UUID policy = Subsidies.aPolicy(PolicyTerms.grantReward().filingSubsidy().caps(null, null, "123456.78"));
        List<String> bodies = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            String holder = Usccs.aUscc();
            bodies.add(Subsidies.body(policy, Subsidies.aFiledPatent(holder), holder,
                    Subsidies.aReceipt(replica, holder)));
            tokens.add(Tokens.shared().applicant(holder));
        }

        Map<Integer, Long> statuses = inParallel(bodies::get, tokens::get);

        assertEquals(Map.of(201, 24L, 422, (long) PARALLEL - 24), statuses);
        assertEquals(List.of("24 120000.00"), Subsidies.strings(dataSource,
                "SELECT count(*) || ' ' || sum(amount) FROM patent_subsidy_application WHERE policy_id = ?", policy));
        assertEquals(List.of("120000.00"), Subsidies.strings(dataSource,
                "SELECT reserved_amount FROM patent_subsidy_budget_ledger WHERE policy_id = ?", policy));
    }

    /**
     * Sends the bodies (each with its caller's token) at once from {@value #PARALLEL} threads; how many answers of each status
     * came back.
     */
    private static Map<Integer, Long> inParallel(IntFunction<String> body, IntFunction<String> token)
            throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch ready = new CountDownLatch(PARALLEL);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                String request = body.apply(i);
                String caller = token.apply(i);
                answers.add(executor.submit(() -> {
                    ready.countDown();
                    start.await();
                    return Subsidies.apply(caller, request);
                }));
            }
            ready.await();
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
            return statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        } finally {
            executor.shutdownNow();
        }
    }
}
