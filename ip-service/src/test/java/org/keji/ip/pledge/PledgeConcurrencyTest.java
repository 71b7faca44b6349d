package org.keji.ip.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.pledge.PatentPledgeRefused;
import org.keji.commons.event.pledge.PatentPledgeRegistered;
import org.keji.commons.event.pledge.PatentPledgeRequested;
import org.keji.commons.event.pledge.Pledgee;
import org.keji.commons.money.Money;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Tokens;
import org.keji.testkit.Usccs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * ALREADY_PLEDGED holds under concurrency: of 20 pledges of one patent registered at once, exactly one is registered;
 * through the API every other answers 422 naming ALREADY_PLEDGED, or 409 when the unique index refused it, and stays
 * REQUESTED; through the saga every other is refused on ALREADY_PLEDGED and answered once.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class PledgeConcurrencyTest {

    private static final int PARALLEL = 20;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    FinanceEventConsumer consumer;

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
        String winner = ids.get(responses.indexOf(
                responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow()));
        for (Response r : responses.stream().filter(r -> r.statusCode() != 200).toList()) {
            // checked after the winner committed: 422 naming the ground; checked before: the index refused, 409
            if (r.statusCode() == 409) {
                assertEquals("PLEDGE_CONCURRENT_DECISION", r.path("code"), r.asString());
            } else {
                assertEquals(422, r.statusCode(), r.asString());
                assertEquals("PLEDGE_REFUSAL_GROUNDS", r.path("code"));
                assertEquals(List.of("ALREADY_PLEDGED"), r.path("violations.field"));
                assertEquals(List.of(number), r.path("violations.rejectedValue"));
            }
        }
        // every loser is still REQUESTED, and trying again names the ground
        for (String id : ids.stream().filter(id -> !id.equals(winner)).toList()) {
            Pledges.get(officer, id).then().statusCode(200).body("status", Matchers.equalTo("REQUESTED"));
            Pledges.act(officer, id, "register", null).then().statusCode(422)
                    .body("violations.field", Matchers.equalTo(List.of("ALREADY_PLEDGED")));
        }
        assertEquals(1, count("SELECT count(*) FROM patent_pledge_patent WHERE application_number = ? AND active",
                number));
        assertEquals(1, count("SELECT count(*) FROM patent_pledge p JOIN patent_pledge_patent pp ON pp.pledge_id = p.id "
                + "WHERE pp.application_number = ? AND p.status = 'REGISTERED'", number));
    }

    @Test
    void shouldRegisterExactlyOneOfParallelSagaRequestsOfOnePatentAndRefuseTheOthers() throws Exception {
        String pledgor = Usccs.aUscc();
        String number = Pledges.aGrantedPatent(pledgor);
        List<UUID> requestIds = IntStream.range(0, PARALLEL).mapToObj(i -> UUID.randomUUID()).toList();

        // the consumer's method itself, from many threads at once: the broker would hand them over one by one
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL)) {
            List<Callable<Void>> calls = requestIds.stream().<Callable<Void>> map(id -> () -> {
                consumer.on(envelope(new PatentPledgeRequested(id, null, pledgor,
                        new Pledgee(Pledges.BANK, "中国工商银行股份有限公司福州分行"), List.of(number), Money.of("1000000.00"),
                        LocalDate.of(2026, 12, 1), LocalDate.of(2028, 11, 30), List.of())));
                return null;
            }).toList();
            for (Future<Void> future : pool.invokeAll(calls)) {
                future.get();
            }
        }

        List<String> answers = requestIds.stream()
                .flatMap(id -> Pledges.outboxTypes(dataSource, id.toString()).stream()).toList();
        assertEquals(PARALLEL, answers.size(), answers.toString());
        assertEquals(1, answers.stream().filter(PatentPledgeRegistered.TYPE::equals).count());
        assertEquals(PARALLEL - 1, answers.stream().filter(PatentPledgeRefused.TYPE::equals).count());
        assertEquals(PARALLEL - 1, count("SELECT count(*) FROM patent_pledge p JOIN patent_pledge_patent pp "
                + "ON pp.pledge_id = p.id WHERE pp.application_number = ? AND p.status = 'REFUSED' "
                + "AND p.grounds @> '[{\"ground\":\"ALREADY_PLEDGED\"}]'", number));
        assertEquals(1, count("SELECT count(*) FROM patent_pledge_patent WHERE application_number = ? AND active",
                number));
    }

    private static String envelope(PatentPledgeRequested data) {
        return EventJson.write(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                "/keji/finance-service", data.eventType(), data.aggregateId(), OffsetDateTime.now(), CloudEvent.JSON,
                null, EventJson.toTree(data)));
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
