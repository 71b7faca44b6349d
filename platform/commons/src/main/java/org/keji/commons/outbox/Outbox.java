package org.keji.commons.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.MDC;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.DomainEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.problem.ProblemFactory;

import io.agroal.api.AgroalDataSource;

/**
 * Writes events to the {@code outbox_event} table in the caller's transaction, so the state change and its event
 * commit together or not at all. The relay publishes them after the commit.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            INSERT INTO outbox_event (id, topic, message_key, type, payload, created_at)
            VALUES (?, ?, ?, ?, ?::jsonb, ?)""";

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxConfig config;
    private final OutboxSignal signal;
    private final Clock clock;

    public Outbox(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions, OutboxConfig config,
            OutboxSignal signal, Clock clock) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.config = config;
        this.signal = signal;
        this.clock = clock;
    }

    /** Records the event in the current transaction; there must be one. Returns the envelope as it will be sent. */
    public CloudEvent publish(DomainEvent event) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("an event is written inside the transaction of its state change");
        }
        Object requestId = MDC.get(ProblemFactory.REQUEST_ID);
        CloudEvent envelope = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), config.source(),
                event.eventType(), event.aggregateId(), OffsetDateTime.now(clock), CloudEvent.JSON,
                requestId == null ? null : requestId.toString(), EventJson.toTree(event));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, UUID.fromString(envelope.id()));
            insert.setString(2, config.topic());
            insert.setString(3, event.aggregateId());
            insert.setString(4, envelope.type());
            insert.setString(5, EventJson.write(envelope));
            insert.setObject(6, envelope.time());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("outbox insert failed", e);
        }
        transactions.registerInterposedSynchronization(new WakeRelayAfterCommit(signal));
        return envelope;
    }

    /** Wakes the relay as soon as the rows are visible, instead of waiting for its next poll. */
    private record WakeRelayAfterCommit(OutboxSignal signal) implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                signal.wake();
            }
        }
    }
}
