package org.keji.ip.annuity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keji.ip.annuity.AnnuityPayments.anInvention;
import static org.keji.ip.annuity.AnnuityPayments.pay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keji.testkit.KejiTestResource;
import org.keji.testkit.Usccs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A recorded payment is what CNIPA received: the database itself refuses to change or remove it. */
@QuarkusTest
@WithTestResource(KejiTestResource.class)
class AnnuityPaymentRecordTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRefuseToRewriteOrRemoveAPayment() throws SQLException {
        UUID patent = anInvention(Usccs.aUscc(), LocalDate.of(2021, 3, 15), LocalDate.of(2022, 6, 1));
        pay(patent, 3, LocalDate.of(2023, 3, 15), "900.00").then().statusCode(201);
        for (String sql : new String[] { "UPDATE patent_annuity_payment SET total = 0, fee = 0 WHERE patent_id = ?",
                "DELETE FROM patent_annuity_payment WHERE patent_id = ?" }) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(sql, patent));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
        assertEquals("900.00", total(patent));
    }

    private void execute(String sql, UUID patent) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, patent);
            statement.executeUpdate();
        }
    }

    private String total(UUID patent) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection
                        .prepareStatement("SELECT total FROM patent_annuity_payment WHERE patent_id = ?")) {
            statement.setObject(1, patent);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBigDecimal(1).toPlainString();
            }
        }
    }
}
