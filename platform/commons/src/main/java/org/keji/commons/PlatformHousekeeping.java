package org.keji.commons;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.keji.commons.idempotency.IdempotencyConfig;
import org.keji.commons.outbox.OutboxConfig;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes what the platform tables no longer need. Plain deletes by age are safe when several replicas run them.
 * Deletes are bounded per run so that a large backlog never holds one long transaction.
 */
@ApplicationScoped
public class PlatformHousekeeping {

    private static final Logger LOG = Logger.getLogger(PlatformHousekeeping.class);
    private static final int BATCH = 10_000;

    private final AgroalDataSource dataSource;
    private final OutboxConfig outbox;
    private final IdempotencyConfig idempotency;

    public PlatformHousekeeping(AgroalDataSource dataSource, OutboxConfig outbox, IdempotencyConfig idempotency) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.idempotency = idempotency;
    }

    @Scheduled(every = "${keji.housekeeping.every:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        try (Connection connection = dataSource.getConnection()) {
            int outboxRows = delete(connection, """
                    DELETE FROM outbox_event WHERE id IN (SELECT id FROM outbox_event
                    WHERE sent_at < now() - (? * interval '1 second') LIMIT ?)""", outbox.retention().toSeconds());
            int keys = delete(connection, """
                    DELETE FROM idempotency_record WHERE (principal, idempotency_key) IN (SELECT principal,
                    idempotency_key FROM idempotency_record WHERE created_at < now() - (? * interval '1 second') LIMIT ?)""",
                    idempotency.retention().toSeconds());
            LOG.debugf("purged %d sent outbox rows and %d idempotency keys", outboxRows, keys);
        } catch (SQLException e) {
            LOG.warnf("housekeeping failed: %s", e.getMessage());
        }
    }

    private static int delete(Connection connection, String sql, long ageSeconds) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setLong(1, ageSeconds);
            delete.setInt(2, BATCH);
            return delete.executeUpdate();
        }
    }
}
