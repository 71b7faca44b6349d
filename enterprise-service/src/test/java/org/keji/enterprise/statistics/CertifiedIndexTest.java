package org.keji.enterprise.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.enterprise.certification.CertificationRepository;
import org.keji.enterprise.certification.CertificationStatus;
import org.keji.testkit.KejiTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The certified count reads the partial index {@code certification_certified} (V13): it must hold exactly the valid
 * statuses, and the statistics' status condition must let the planner use it.
 */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class CertifiedIndexTest {

    @Inject
    DataSource dataSource;

    @Test
    void shouldHoldExactlyTheCertificatesOfTheValidStatuses() throws SQLException {
        String predicate = query("SELECT pg_get_expr(i.indpred, i.indrelid) FROM pg_index i "
                + "WHERE i.indexrelid = 'certification_certified'::regclass");

        List<String> indexed = Arrays.stream(CertificationStatus.values()).map(Enum::name)
                .filter(status -> predicate.contains("'" + status + "'")).toList();
        assertEquals(CertificationRepository.VALID_STATUSES, indexed, predicate);
    }

    @Test
    void shouldLetThePlannerProveThePredicateOfTheIndexFromTheStatusCondition() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            // whatever the table holds in this JVM: the plan may use the index only if the predicate is proven
            statement.execute("SET LOCAL enable_seqscan = off");
            statement.execute("SET LOCAL enable_bitmapscan = off");
            String plan;
            try (ResultSet result = statement.executeQuery("EXPLAIN SELECT c.uscc, c.certification_type, c.region "
                    + "FROM certification c WHERE " + CertificationStatisticsRepository.VALID_STATUS
                    + " AND c.valid_from <= DATE '2026-06-30' AND c.valid_to >= DATE '2026-06-30' "
                    + "ORDER BY c.uscc, c.certification_type")) {
                StringBuilder lines = new StringBuilder();
                while (result.next()) {
                    lines.append(result.getString(1)).append('\n');
                }
                plan = lines.toString();
            }
            connection.rollback();
            assertTrue(plan.contains("Index Only Scan using certification_certified"), plan);
        }
    }

    private String query(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            assertTrue(result.next(), sql);
            return result.getString(1);
        }
    }
}
