package org.keji.ip.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * ALREADY_PLEDGED holds under concurrency: of 20 pledges of one patent registered at once, exactly one is registered;
 * every other answers 422 naming ALREADY_PLEDGED and stays REQUESTED.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class PledgeConcurrencyTest {

    private static final int PARALLEL = 20;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRegisterExactlyOneOfParallelPledgesOfOnePatent() throws Exception {
        String pledgor = Usccs.aUscc();
        String number = Pledges.aGrantedPatent(pledgor);
        List<String> ids = IntStream.range(0, PARALLEL).mapToObj(i -> Pledges.aRequestedPledge(pledgor, List.of(number)))
                .toList();
        String officer = Tokens.shared().officer();

        List<Response> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL)) {
            List<Callable<Response>> calls = ids.stream()
                    .<Callable<Response>> map(id -> () -> Pledges.act(officer, id, "register", null)).toList();
            for (Future<Response> future : pool.invokeAll(calls)) {
                responses.add(future.get());
            }
        }

        assertEquals(1, responses.stream().filter(r -> r.statusCode() == 200).count());
        List<Response> refused = responses.stream().filter(r -> r.statusCode() != 200).toList();
        assertEquals(PARALLEL - 1, refused.size());
        for (Response r : refused) {
            assertEquals(422, r.statusCode(), r.asString());
            assertEquals("PLEDGE_REFUSAL_GROUNDS", r.path("code"));
            assertEquals(List.of("ALREADY_PLEDGED"), r.path("violations.field"));
            assertEquals(List.of(number), r.path("violations.rejectedValue"));
        }
        assertEquals(1, count("SELECT count(*) FROM patent_pledge_patent WHERE application_number = ? AND active",
                number));
        assertEquals(1, count("SELECT count(*) FROM patent_pledge p JOIN patent_pledge_patent pp ON pp.pledge_id = p.id "
                + "WHERE pp.application_number = ? AND p.status = 'REGISTERED'", number));
    }

    private long count(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
