package org.keji.commons.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.keji.testkit.EmbeddedPostgres;
import org.keji.testkit.KejiInfra;
import org.keji.testkit.KejiTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A database a service migrated before this platform migration existed (its own V8 applied) still gets the calendar:
 * platform migrations are numbered below the services' ones, so the platform's Flyway setting lets them run out of
 * order.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class PlatformMigrationOrderTest {

    @ConfigProperty(name = "quarkus.flyway.out-of-order")
    boolean outOfOrder;

    @Test
    void shouldApplyThePlatformMigrationsToADatabaseAlreadyMigratedToV8() throws SQLException {
        String url = databaseMigratedToV8("keji_migrated_to_v8");

        flyway(url, outOfOrder).migrate();

        assertTrue(outOfOrder);
        assertEquals(7, count(url, "SELECT count(*) FROM working_calendar_year WHERE year BETWEEN 2020 AND 2026"));
    }

    @Test
    void shouldFailWithoutOutOfOrderWhichIsWhyThePlatformSetsIt() {
        String url = databaseMigratedToV8("keji_migrated_to_v8_in_order");

        assertThrows(FlywayException.class, () -> flyway(url, false).migrate());
    }

    private static String databaseMigratedToV8(String database) {
        EmbeddedPostgres postgres = KejiInfra.shared().postgres();
        postgres.createDatabase(database);
        String url = postgres.jdbcUrl(database);
        Flyway.configure().dataSource(url, EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD)
                .locations("classpath:db/service-v8").load().migrate();
        return url;
    }

    private static Flyway flyway(String url, boolean outOfOrder) {
        return Flyway.configure().dataSource(url, EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD)
                .locations("classpath:db/service-v8", "classpath:db/platform").outOfOrder(outOfOrder).load();
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD);
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
