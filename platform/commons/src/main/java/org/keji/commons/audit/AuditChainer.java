package org.keji.commons.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;

/**
 * Links every audit entry whose writing transaction has ended into {@code audit_chain}, in id order, one transaction
 * per batch, so that writers never wait for one another. An entry is ready once its transaction id is below the
 * snapshot's {@code xmin}: its transaction has ended, so the entry is committed and visible, or gone with a rollback.
 * One replica at a time ({@code pg_try_advisory_xact_lock}; the others skip the batch), and the chain's primary key
 * refuses a fork should two ever race.
 *
 * <p>
 * Finding the ready entries cheaply: every entry of a transaction below the {@code xmin} of this chainer's last
 * complete run was chained by that run, so a run looks only at entries whose transaction id lies between that
 * {@code xmin} and the current one (index {@code audit_entry_xid}) and skips those already linked (anti-join on the
 * chain's unique {@code entry_seq}). The bound is kept in memory: after a start the first run looks at every entry once.
 */
@ApplicationScoped
public class AuditChainer {

    private static final Logger LOG = Logger.getLogger(AuditChainer.class);
    /** Arbitrary, fixed: the advisory lock of the audit chainer in each service's database. */
    private static final long CHAIN_LOCK = 0x6b656a69_0002L;
    private static final String XMIN = "SELECT pg_snapshot_xmin(pg_current_snapshot())::text";
    private static final String TAIL = "SELECT position, chain_hash FROM audit_chain ORDER BY position DESC LIMIT 1";
    private static final String READY = """
            SELECT e.seq, e.entry_hash FROM audit_entry e
            WHERE e.xid >= ?::xid8 AND e.xid < ?::xid8
              AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.entry_seq = e.seq)
            ORDER BY e.seq LIMIT ?""";
    private static final String LINK = """
            INSERT INTO audit_chain (position, entry_seq, entry_hash, previous_hash, chain_hash)
            VALUES (?, ?, ?, ?, ?)""";

    private final AgroalDataSource dataSource;
    private final AuditConfig config;
    /** Every entry of a transaction below this id is chained. */
    private long chainedBelow;

    public AuditChainer(AgroalDataSource dataSource, AuditConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Scheduled(identity = "audit-chainer", every = "{keji.audit.chain-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!config.enabled()) {
            return;
        }
        try {
            chainNow();
        } catch (RuntimeException e) {
            LOG.warnf(e, "audit entries not chained, trying again at the next run");
        }
    }

    /**
     * Links every entry whose transaction has ended now, batch by batch, and returns how many it linked; 0 without
     * linking when another replica holds the chainer's lock. Never joins a transaction found on the calling thread (a
     * worker thread may carry one a request left): its batches commit on their own.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public synchronized int chainNow() {
        int total = 0;
        try {
            while (true) {
                Batch batch = chainBatch();
                if (batch == null) {
                    return total;
                }
                total += batch.linked();
                if (batch.linked() < config.chainBatch()) {
                    chainedBelow = batch.xmin();
                    return total;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit entries not chained", e);
        }
    }

    private record Batch(int linked, long xmin) {
    }

    /** One batch in one transaction; null when another replica holds the lock. */
    private Batch chainBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Batch batch = chain(connection);
                connection.commit();
                return batch;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private Batch chain(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, CHAIN_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return null;
                }
            }
        }
        // taken before the ready entries are read, in an earlier statement: whatever ended before it is visible then
        long xmin;
        try (PreparedStatement snapshot = connection.prepareStatement(XMIN); ResultSet rs = snapshot.executeQuery()) {
            rs.next();
            xmin = Long.parseLong(rs.getString(1));
        }
        long position = 0;
        String previous = AuditLog.GENESIS;
        try (PreparedStatement tail = connection.prepareStatement(TAIL); ResultSet rs = tail.executeQuery()) {
            if (rs.next()) {
                position = rs.getLong(1);
                previous = rs.getString(2);
            }
        }
        int linked = 0;
        try (PreparedStatement ready = connection.prepareStatement(READY);
                PreparedStatement link = connection.prepareStatement(LINK)) {
            ready.setString(1, Long.toString(chainedBelow));
            ready.setString(2, Long.toString(xmin));
            ready.setInt(3, config.chainBatch());
            try (ResultSet rs = ready.executeQuery()) {
                while (rs.next()) {
                    long entrySeq = rs.getLong(1);
                    String entryHash = rs.getString(2);
                    position++;
                    String chainHash = AuditLog.chainHash(position, entrySeq, entryHash, previous);
                    link.setLong(1, position);
                    link.setLong(2, entrySeq);
                    link.setString(3, entryHash);
                    link.setString(4, previous);
                    link.setString(5, chainHash);
                    link.addBatch();
                    previous = chainHash;
                    linked++;
                }
            }
            if (linked > 0) {
                link.executeBatch();
            }
        }
        return new Batch(linked, xmin);
    }
}
