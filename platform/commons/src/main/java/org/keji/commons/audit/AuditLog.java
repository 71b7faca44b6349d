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
 * The {@code audit_entry} table: appends entries (numbered and chained by the database's trigger, in one statement),
 * lists one record's history and walks the chain to verify it.
 */
@ApplicationScoped
public class AuditLog {

    /** seq and the hashes are the trigger's: the values sent here are replaced under the head's lock. */
    private static final String APPEND = """
            INSERT INTO audit_entry (seq, recorded_at, subject, role, client, operation, record_type, record_id,
                                     request_id, status, previous_hash, hash)
            VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '')""";
    private static final String COLUMNS = "seq, recorded_at, subject, role, client, operation, record_type, "
            + "record_id, request_id, status, previous_hash, hash";
    private static final String HISTORY = "SELECT " + COLUMNS
            + " FROM audit_entry WHERE record_type = ? AND record_id = ? ORDER BY seq %s LIMIT ? OFFSET ?";
    private static final String HISTORY_COUNT = "SELECT count(*) FROM audit_entry WHERE record_type = ? AND record_id = ?";
    private static final String HEAD = "SELECT seq, hash FROM audit_head";
    private static final String WALK = "SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq";
    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter UTC_MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private final AgroalDataSource dataSource;
    private final AuditConfig config;

    public AuditLog(AgroalDataSource dataSource, AuditConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /** Appends the entry in the current transaction (or on its own without one). */
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
     * Walks the whole chain in one snapshot, {@link AuditConfig#verificationFetchSize()} rows per round trip (a
     * server-side cursor: memory stays bounded however long the trail), and recomputes every hash here, independently
     * of the database's function.
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
        long headSeq;
        String headHash;
        try (PreparedStatement head = connection.prepareStatement(HEAD); ResultSet rs = head.executeQuery()) {
            rs.next();
            headSeq = rs.getLong(1);
            headHash = rs.getString(2);
        }
        long entries = 0;
        long lastSeq = 0;
        String lastHash = GENESIS;
        try (PreparedStatement walk = connection.prepareStatement(WALK)) {
            walk.setFetchSize(config.verificationFetchSize());
            try (ResultSet rs = walk.executeQuery()) {
                while (rs.next()) {
                    AuditEntry entry = read(rs);
                    entries++;
                    if (entry.seq() != lastSeq + 1) {
                        return ChainVerification.broken(entries, headSeq, lastSeq + 1, "GAP", "entries " + (lastSeq + 1)
                                + " to " + (entry.seq() - 1) + " are missing before entry " + entry.seq());
                    }
                    if (!lastHash.equals(entry.previousHash())) {
                        return ChainVerification.broken(entries, headSeq, entry.seq(), "PREVIOUS_HASH_MISMATCH",
                                "entry " + entry.seq() + " does not link to the hash of entry " + lastSeq);
                    }
                    if (!hash(entry).equals(entry.hash())) {
                        return ChainVerification.broken(entries, headSeq, entry.seq(), "HASH_MISMATCH",
                                "entry " + entry.seq() + " does not match its hash: it was changed");
                    }
                    lastSeq = entry.seq();
                    lastHash = entry.hash();
                }
            }
        }
        if (lastSeq < headSeq) {
            return ChainVerification.broken(entries, headSeq, lastSeq + 1, "GAP",
                    "entries " + (lastSeq + 1) + " to " + headSeq + " are missing at the end of the chain");
        }
        if (lastSeq > headSeq || !lastHash.equals(headHash)) {
            return ChainVerification.broken(entries, headSeq, lastSeq, "HEAD_MISMATCH",
                    "the last entry " + lastSeq + " is not the one the chain's head names (" + headSeq + ")");
        }
        return ChainVerification.intact(entries, headSeq);
    }

    /**
     * SHA-256 (hex) of the entry's canonical text: each field as {@code <UTF-8 byte length>:<value>} ({@code ~} for
     * none), joined by {@code |}, the time in UTC with microseconds, the previous hash last. The same text as the
     * database's {@code audit_entry_hash}.
     */
    static String hash(AuditEntry entry) {
        String text = String.join("|", field(Long.toString(entry.seq())),
                field(entry.recordedAt().withOffsetSameInstant(ZoneOffset.UTC).format(UTC_MICROS)),
                field(entry.subject()), field(entry.role()), field(entry.client()), field(entry.operation()),
                field(entry.recordType()), field(entry.recordId()), field(entry.requestId()),
                field(Integer.toString(entry.status())), field(entry.previousHash()));
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
        return new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10),
                rs.getString(11), rs.getString(12));
    }
}
