package org.keji.commons.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.problem.ProblemFactory;

import io.agroal.api.AgroalDataSource;

/**
 * Deduplicates incoming events: the id of a processed event is stored in the transaction of the consumer's effect, so
 * a redelivered event finds its id and changes nothing. Use from {@code @Incoming @Blocking @Transactional} methods,
 * marked {@link RetriedWhileDatabaseUnavailable} so that a database restart delays the event instead of dead-lettering it.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final String INSERT = """
            INSERT INTO inbox_event (consumer, event_id, type) VALUES (?, ?, ?)
            ON CONFLICT (consumer, event_id) DO NOTHING""";

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;

    public Inbox(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /**
     * Parses a message and records it for {@code consumer}. Empty when the event was processed before; a
     * {@link org.keji.commons.event.PoisonEventException} when the message is not an event at all.
     */
    public Optional<CloudEvent> receive(String consumer, String message) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("an event is recorded inside the transaction of its effect");
        }
        CloudEvent event = EventJson.read(message);
        if (event.requestid() != null) {
            MDC.put(ProblemFactory.REQUEST_ID, event.requestid());
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, consumer);
            insert.setString(2, event.id());
            insert.setString(3, event.type());
            if (insert.executeUpdate() == 0) {
                LOG.debugf("%s already processed event %s (%s)", consumer, event.id(), event.type());
                return Optional.empty();
            }
            return Optional.of(event);
        } catch (SQLException e) {
            throw new IllegalStateException("inbox insert failed", e);
        }
    }

    /** Events of types a consumer does not know are recorded and skipped, so a newer producer cannot block it. */
    public void skipUnknown(String consumer, CloudEvent event) {
        LOG.infof("%s skips event %s of unknown type %s", consumer, event.id(), event.type());
    }
}
