package org.keji.ip.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.DomainEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.pledge.PatentPledgeRefused;
import org.keji.commons.event.pledge.PatentPledgeRegistered;
import org.keji.commons.event.pledge.PatentPledgeReleaseRequested;
import org.keji.commons.event.pledge.PatentPledgeReleased;
import org.keji.commons.event.pledge.PatentPledgeRequested;
import org.keji.commons.event.pledge.PledgeRefusal;
import org.keji.commons.event.pledge.PledgeRefusalGround;
import org.keji.commons.event.pledge.PledgeReleaseReason;
import org.keji.commons.event.pledge.Pledgee;
import org.keji.commons.money.Money;
import org.keji.ip.patent.Patents;
import org.keji.testkit.Await;
import org.keji.testkit.KafkaProbe;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Usccs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The pledge saga over the real broker, this test standing in for finance-service: it publishes requests on
 * {@code keji.finance.v1} and awaits ip-service's answers on {@code keji.ip.v1} under the request id. A redelivered
 * request or release (same event id, or a new event id for the same request) changes nothing and is not answered again.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class PledgeSagaTest {

    private static final String FINANCE = "keji.finance.v1";
    private static final String IP = "keji.ip.v1";
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldRegisterAtOnceAnswerOnceAndReleaseOnRequest() {
        KafkaProbe probe = new KafkaProbe(bootstrapServers);
        String pledgor = Usccs.aUscc();
        String number = Pledges.aGrantedPatent(pledgor);
        UUID requestId = UUID.randomUUID();
        String request = envelope(requested(requestId, pledgor, List.of(number)));

        probe.send(FINANCE, requestId.toString(), request);
        PatentPledgeRegistered registered = EventJson.data(answer(probe, requestId, PatentPledgeRegistered.TYPE),
                PatentPledgeRegistered.class);
        assertEquals(List.of(number), registered.applicationNumbers());
        assertEquals(Money.of("3000000.00"), registered.securedAmount());
        assertEquals(true, registered.registrationNumber().matches("Y\\d{4}" + pledgor.substring(2, 8) + "\\d{7}"));

        // redelivered: the same event, then the same request under a new event id
        String again = envelope(requested(requestId, pledgor, List.of(number)));
        probe.send(FINANCE, requestId.toString(), request);
        probe.send(FINANCE, requestId.toString(), again);
        awaitProcessed(EventJson.read(again).id());
        assertEquals(1, count("SELECT count(*) FROM patent_pledge WHERE request_id = ?", requestId));
        assertEquals(1, count("SELECT count(*) FROM outbox_event WHERE message_key = ?", requestId.toString()));

        String release = envelope(new PatentPledgeReleaseRequested(requestId, registered.registrationNumber(),
                PledgeReleaseReason.SETTLED));
        probe.send(FINANCE, requestId.toString(), release);
        PatentPledgeReleased released = EventJson.data(answer(probe, requestId, PatentPledgeReleased.TYPE),
                PatentPledgeReleased.class);
        assertEquals(registered.registrationNumber(), released.registrationNumber());

        String releaseAgain = envelope(new PatentPledgeReleaseRequested(requestId, registered.registrationNumber(),
                PledgeReleaseReason.SETTLED));
        probe.send(FINANCE, requestId.toString(), release);
        probe.send(FINANCE, requestId.toString(), releaseAgain);
        awaitProcessed(EventJson.read(releaseAgain).id());
        assertEquals(2, count("SELECT count(*) FROM outbox_event WHERE message_key = ?", requestId.toString()));
        assertEquals(0, count("SELECT count(*) FROM patent_pledge_patent WHERE application_number = ? AND active",
                number));
    }

    @Test
    void shouldRefuseWithEveryGroundOfEveryPatent() {
        KafkaProbe probe = new KafkaProbe(bootstrapServers);
        String pledgor = Usccs.aUscc();
        String unknown = Patents.anInventionNumber();
        String othersPatent = Pledges.aGrantedPatent(Usccs.aUscc());
        UUID requestId = UUID.randomUUID();

        probe.send(FINANCE, requestId.toString(), envelope(requested(requestId, pledgor, List.of(unknown, othersPatent))));
        PatentPledgeRefused refused = EventJson.data(answer(probe, requestId, PatentPledgeRefused.TYPE),
                PatentPledgeRefused.class);
        assertEquals(List.of(PledgeRefusalGround.PATENT_UNKNOWN, PledgeRefusalGround.PLEDGOR_NOT_HOLDER),
                refused.grounds().stream().map(PledgeRefusal::ground).toList());
        assertEquals(List.of(unknown, othersPatent),
                refused.grounds().stream().map(PledgeRefusal::applicationNumber).toList());
        assertEquals(1, count("SELECT count(*) FROM patent_pledge WHERE request_id = ? AND status = 'REFUSED' "
                + "AND closed_on IS NOT NULL", requestId));
    }

    @Test
    void shouldDeadLetterAReleaseOfAPledgeNeverRequested() {
        KafkaProbe probe = new KafkaProbe(bootstrapServers);
        UUID requestId = UUID.randomUUID();
        String release = envelope(new PatentPledgeReleaseRequested(requestId, "Y20263501000000001",
                PledgeReleaseReason.SETTLED));
        probe.send(FINANCE, requestId.toString(), release);
        String id = EventJson.read(release).id();
        assertEquals(1, probe.await("keji.ip.dlq.v1", r -> EventJson.read(r.value()).id().equals(id), 1, DEADLINE)
                .size());
    }

    @Test
    void shouldSkipFinanceEventsOfOtherTypes() {
        KafkaProbe probe = new KafkaProbe(bootstrapServers);
        String loanEvent = EventJson.write(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                "/keji/finance-service", "keji.finance.loan.approved.v1", "FZ-KJD-2026-0042", OffsetDateTime.now(),
                CloudEvent.JSON, null, EventJson.toTree(Map.of("loanReference", "FZ-KJD-2026-0042"))));
        probe.send(FINANCE, "FZ-KJD-2026-0042", loanEvent);
        // recorded in the inbox: processed without failing, so never dead-lettered
        awaitProcessed(EventJson.read(loanEvent).id());
    }

    private static PatentPledgeRequested requested(UUID requestId, String pledgor, List<String> numbers) {
        return new PatentPledgeRequested(requestId, "FZ-KJD-2026-0042", pledgor,
                new Pledgee("icbc-fz", "中国工商银行股份有限公司福州分行"), numbers, Money.of("3000000.00"),
                LocalDate.of(2026, 12, 1), LocalDate.of(2029, 11, 30), List.of());
    }

    private static String envelope(DomainEvent data) {
        return EventJson.write(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                "/keji/finance-service", data.eventType(), data.aggregateId(), OffsetDateTime.now(), CloudEvent.JSON,
                null, EventJson.toTree(data)));
    }

    /** ip-service's answer of {@code type} under the request id on keji.ip.v1. */
    private static CloudEvent answer(KafkaProbe probe, UUID requestId, String type) {
        List<ConsumerRecord<String, String>> found = probe.await(IP, r -> requestId.toString().equals(r.key())
                && type.equals(EventJson.read(r.value()).type()), 1, DEADLINE);
        assertEquals(1, found.size(), "no " + type + " answered " + requestId);
        return EventJson.read(found.get(0).value());
    }

    private void awaitProcessed(String eventId) {
        Await.until("event " + eventId + " processed", () -> count(
                "SELECT count(*) FROM inbox_event WHERE consumer = 'ip-service.patent-pledges' AND event_id = ?",
                eventId) == 1);
    }

    private long count(String sql, Object parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
