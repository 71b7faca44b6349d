package org.keji.enterprise.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;

/**
 * The full refresh of the monitoring findings: every certified certificate, in batches of its own transaction, so a
 * rule set published or an annual report falling due shows on the list the next day. Safe with several replicas: a
 * session advisory lock lets one replica refresh at a time; the others skip the run.
 */
@ApplicationScoped
public class MonitoringJob {

    private static final Logger LOG = Logger.getLogger(MonitoringJob.class);
    /** Arbitrary, fixed: the advisory lock of the monitoring refresh in enterprise-service's database. */
    static final long REFRESH_LOCK = 0x6b656a69_0101L;
    private static final UUID FIRST = new UUID(0, 0);

    /** What a full refresh did. */
    public record Run(int certifications, int flagged, int purged) {
    }

    private final MonitoringService monitoring;
    private final MonitoringConfig config;
    private final AgroalDataSource dataSource;

    public MonitoringJob(MonitoringService monitoring, MonitoringConfig config, AgroalDataSource dataSource) {
        this.monitoring = monitoring;
        this.config = config;
        this.dataSource = dataSource;
    }

    // the bureau's zone (ClockProducer.ZONE): the day's annual reports fall due at midnight in Beijing
    @Scheduled(identity = "monitoring-refresh", cron = "{keji.enterprise.monitoring.cron}", timeZone = "Asia/Shanghai", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        refreshAll();
    }

    /** Starts a full refresh on a thread of its own, for the on-demand refresh of the API. */
    public void refreshAllInBackground() {
        Thread.ofVirtual().name("monitoring-refresh").start(() -> {
            try {
                refreshAll();
            } catch (RuntimeException e) {
                LOG.errorf(e, "monitoring refresh failed");
            }
        });
    }

    /**
     * Re-evaluates every certified certificate and drops the findings of those no longer certified. Empty when another
     * replica (or another call) is refreshing already.
     */
    public Optional<Run> refreshAll() {
        try (Connection lock = dataSource.getConnection()) {
            if (!call(lock, "SELECT pg_try_advisory_lock(?)")) {
                LOG.debug("monitoring refresh skipped: another one is running");
                return Optional.empty();
            }
            try {
                int batchSize = config.batchSize();
                int certifications = 0;
                int flagged = 0;
                UUID after = FIRST;
                MonitoringService.Refreshed batch;
                do {
                    batch = monitoring.refreshBatch(after, batchSize);
                    certifications += batch.certifications();
                    flagged += batch.flagged();
                    after = batch.lastId();
                } while (batch.certifications() == batchSize);
                Run run = new Run(certifications, flagged, monitoring.purgeUncertified());
                LOG.infof("monitoring refreshed: %d certificates, %d with findings, %d stale findings dropped",
                        run.certifications(), run.flagged(), run.purged());
                return Optional.of(run);
            } finally {
                call(lock, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("monitoring refresh failed", e);
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, REFRESH_LOCK);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
