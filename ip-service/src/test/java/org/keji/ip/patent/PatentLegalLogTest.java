package org.keji.ip.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Usccs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The legal-status log is append-only in the database itself: plain SQL cannot rewrite or remove it. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class PatentLegalLogTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRefuseToUpdateALogEntry() throws SQLException {
        UUID id = Patents.aRegisteredPatent(Usccs.aUscc());
        SQLException refused = assertThrows(SQLException.class,
                () -> execute("UPDATE patent_legal_event SET effective_date = DATE '2000-01-01' WHERE patent_id = ?", id));
        assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        assertEquals(1, entries(id));
    }

    @Test
    void shouldRefuseToDeleteALogEntry() throws SQLException {
        UUID id = Patents.aRegisteredPatent(Usccs.aUscc());
        SQLException refused = assertThrows(SQLException.class,
                () -> execute("DELETE FROM patent_legal_event WHERE patent_id = ?", id));
        assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        assertEquals(1, entries(id));
    }

    @Test
    void shouldRefuseToTruncateTheLog() throws SQLException {
        UUID id = Patents.aRegisteredPatent(Usccs.aUscc());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> statement.execute("TRUNCATE patent_legal_event CASCADE"));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
        assertEquals(1, entries(id));
    }

    private void execute(String sql, UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            statement.executeUpdate();
        }
    }

    private long entries(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection
                        .prepareStatement("SELECT count(*) FROM patent_legal_event WHERE patent_id = ?")) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
