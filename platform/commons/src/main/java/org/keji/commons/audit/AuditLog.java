package org.keji.commons.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;

import io.agroal.api.AgroalDataSource;

/**
 * The {@code audit_entry} table and its chain: appends entries (numbered, hashed and stamped with their transaction by
 * the database, without a lock, in one statement), lists one record's history and walks {@code audit_chain} to verify
 * it. {@link AuditChainer} links the entries into the chain.
 */
@ApplicationScoped
public class AuditLog {

    /** seq, entry_hash and xid are the database's: the hash sent here is replaced by the row trigger. */
    private static final String APPEND = """
            INSERT INTO audit_entry (recorded_at, subject, role, client, operation, record_type, record_id,
                                     request_id, status, entry_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '')""";
    private static final String COLUMNS = "seq, recorded_at, subject, role, client, operation, record_type, "
            + "record_id, request_id, status, entry_hash";
    private static final String HISTORY = "SELECT " + COLUMNS
            + " FROM audit_entry WHERE record_type = ? AND record_id = ? ORDER BY seq %s LIMIT ? OFFSET ?";
    private static final String HISTORY_COUNT = "SELECT count(*) FROM audit_entry WHERE record_type = ? AND record_id = ?";
    private static final String WALK = """
            SELECT c.position, c.entry_seq, c.entry_hash, c.previous_hash, c.chain_hash, e.seq, e.recorded_at,
                   e.subject, e.role, e.client, e.operation, e.record_type, e.record_id, e.request_id, e.status,
                   e.entry_hash
            FROM audit_chain c LEFT JOIN audit_entry e ON e.seq = c.entry_seq
            ORDER BY c.position""";
    /** The first entry of a transaction that ended before the snapshot, recorded long enough ago, in no link. */
    private static final String UNCHAINED = """
            SELECT e.seq FROM audit_entry e
            WHERE e.recorded_at < now() - make_interval(secs => ?)
              AND e.xid < pg_snapshot_xmin(pg_current_snapshot())
              AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.entry_seq = e.seq)
            ORDER BY e.seq LIMIT 1""";
    /** The previous hash of the first link. */
    static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter UTC_MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private final AgroalDataSource dataSource;
    private final AuditConfig config;

    public AuditLog(AgroalDataSource dataSource, AuditConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /** Appends the entry in the current transaction (or on its own without one). Takes no lock. */
    public void append(AuditEntry entry) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(APPEND)) {
            insert.setObject(1, entry.recordedAt());
            insert.setString(2, entry.subject());
            insert.setString(3, entry.role());
            insert.setString(4, entry.client());
            insert.setString(5, entry.operation());
            insert.setString(6, entry.recordType());
            insert.setString(7, entry.recordId());
            insert.setString(8, entry.requestId());
            insert.setInt(9, entry.status());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("audit entry not written", e);
        }
    }

    /** One record's entries in the order of their sequence numbers. */
    public Page<AuditEntry> history(String recordType, String recordId, PageQuery page) {
        try (Connection connection = dataSource.getConnection()) {
            List<AuditEntry> items = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(HISTORY.formatted(page.ascending() ? "ASC" : "DESC"))) {
                select.setString(1, recordType);
                select.setString(2, recordId);
                select.setInt(3, page.size());
                select.setLong(4, (long) page.page() * page.size());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        items.add(read(rs));
                    }
                }
            }
            long total;
            if (page.page() == 0 && items.size() < page.size()) {
                total = items.size();
            } else {
                try (PreparedStatement count = connection.prepareStatement(HISTORY_COUNT)) {
                    count.setString(1, recordType);
                    count.setString(2, recordId);
                    try (ResultSet rs = count.executeQuery()) {
                        rs.next();
                        total = rs.getLong(1);
                    }
                }
            }
            return Page.of(items, page, total);
        } catch (SQLException e) {
            throw new IllegalStateException("audit history not read", e);
        }
    }

    /**
     * Walks the whole chain in position order in one snapshot, {@link AuditConfig#verificationFetchSize()} links per
     * round trip (a server-side cursor: memory stays bounded however long the trail), recomputes every link's hash and
     * every linked entry's hash here, independently of the database's function, then looks for entries left out.
     */
    public ChainVerification verify() {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                return walk(connection);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit chain not verified", e);
        }
    }

    private ChainVerification walk(Connection connection) throws SQLException {
        long links = 0;
        long last = 0;
        String lastHash = GENESIS;
        try (PreparedStatement walk = connection.prepareStatement(WALK)) {
            walk.setFetchSize(config.verificationFetchSize());
            try (ResultSet rs = walk.executeQuery()) {
                while (rs.next()) {
                    links++;
                    long position = rs.getLong(1);
                    long entrySeq = rs.getLong(2);
                    String entryHash = rs.getString(3);
                    String previous = rs.getString(4);
                    if (position != last + 1) {
                        return ChainVerification.broken(links, last + 1, null, "GAP", "links " + (last + 1) + " to "
                                + (position - 1) + " are missing before link " + position);
                    }
                    if (!lastHash.equals(previous)) {
                        return ChainVerification.broken(links, position, entrySeq, "PREVIOUS_HASH_MISMATCH",
                                "link " + position + " does not link to the hash of link " + last);
                    }
                    String chainHash = chainHash(position, entrySeq, entryHash, previous);
                    if (!chainHash.equals(rs.getString(5))) {
                        return ChainVerification.broken(links, position, entrySeq, "CHAIN_HASH_MISMATCH",
                                "link " + position + " does not match its hash: it was changed");
                    }
                    if (rs.getObject(6) == null) {
                        return ChainVerification.broken(links, position, entrySeq, "ENTRY_MISSING",
                                "entry " + entrySeq + " of link " + position + " is missing");
                    }
                    AuditEntry entry = read(rs, 6);
                    if (!hash(entry).equals(entryHash) || !entryHash.equals(entry.hash())) {
                        return ChainVerification.broken(links, position, entrySeq, "HASH_MISMATCH",
                                "entry " + entrySeq + " of link " + position + " does not match its hash: it was changed");
                    }
                    last = position;
                    lastHash = chainHash;
                }
            }
        }
        try (PreparedStatement unchained = connection.prepareStatement(UNCHAINED)) {
            unchained.setDouble(1, config.unchainedAfter().toMillis() / 1000.0);
            try (ResultSet rs = unchained.executeQuery()) {
                if (rs.next()) {
                    long seq = rs.getLong(1);
                    return ChainVerification.broken(links, null, seq, "UNCHAINED", "entry " + seq + " was recorded more "
                            + "than " + config.unchainedAfter() + " ago by a transaction that has ended, and is in no link");
                }
            }
        }
        return ChainVerification.intact(links);
    }

    /**
     * SHA-256 (hex) of the entry's canonical text: each field as {@code <UTF-8 byte length>:<value>} ({@code ~} for
     * none), joined by {@code |}, the time in UTC with microseconds. The same text as the database's
     * {@code audit_entry_hash}.
     */
    static String hash(AuditEntry entry) {
        return sha256(String.join("|", field(Long.toString(entry.seq())),
                field(entry.recordedAt().withOffsetSameInstant(ZoneOffset.UTC).format(UTC_MICROS)),
                field(entry.subject()), field(entry.role()), field(entry.client()), field(entry.operation()),
                field(entry.recordType()), field(entry.recordId()), field(entry.requestId()),
                field(Integer.toString(entry.status()))));
    }

    /** SHA-256 (hex) of a link: {@code <position>|<entry seq>|<entry hash>|<previous chain hash>}, each as a field. */
    static String chainHash(long position, long entrySeq, String entryHash, String previousHash) {
        return sha256(String.join("|", field(Long.toString(position)), field(Long.toString(entrySeq)),
                field(entryHash), field(previousHash)));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String field(String value) {
        return value == null ? "~" : value.getBytes(StandardCharsets.UTF_8).length + ":" + value;
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        return read(rs, 1);
    }

    private static AuditEntry read(ResultSet rs, int first) throws SQLException {
        int i = first;
        return new AuditEntry(rs.getLong(i), rs.getObject(i + 1, OffsetDateTime.class), rs.getString(i + 2),
                rs.getString(i + 3), rs.getString(i + 4), rs.getString(i + 5), rs.getString(i + 6),
                rs.getString(i + 7), rs.getString(i + 8), rs.getInt(i + 9), rs.getString(i + 10));
    }
}
