package org.keji.commons.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.commons.testapp.Db;
import org.keji.testkit.KejiTestResource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The database finds the duplicate in the INSERT itself, against the real PostgreSQL. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class UniqueInsertsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldTurnAViolationOfTheNamedConstraintIntoTheProblem() {
        UUID id = UUID.randomUUID();
        UniqueInserts.insert(() -> insert(id), "widget_pkey", () -> new ConflictException("WIDGET_EXISTS", id));

        ConflictException duplicate = assertThrows(ConflictException.class, () -> UniqueInserts.insert(() -> insert(id),
                "widget_pkey", () -> new ConflictException("WIDGET_EXISTS", id)));
        assertEquals("WIDGET_EXISTS", duplicate.code());
        assertEquals(1, Db.count(dataSource, "SELECT count(*) FROM widget WHERE id = '" + id + "'"));
    }

    @Test
    void shouldLetAViolationOfAnotherConstraintPassUnchanged() {
        UUID id = UUID.randomUUID();
        insert(id);

        IllegalStateException other = assertThrows(IllegalStateException.class, () -> UniqueInserts
                .insert(() -> insert(id), "widget_name_unique", () -> new ConflictException("WIDGET_EXISTS", id)));
        assertEquals(true, UniqueInserts.violates(other, "widget_pkey"));
        assertEquals(false, UniqueInserts.violates(new IllegalStateException("no SQL"), "widget_pkey"));
    }

    private void insert(UUID id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO widget (id, name) VALUES (?, ?)")) {
            s.setObject(1, id);
            s.setString(2, "unique-" + id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
