package org.keji.enterprise.certification;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.keji.testkit.Usccs;

/**
 * Fixtures: enterprises and certificates written straight into the database, in any status and on any dates (the API
 * records only certificates granted before, as ACTIVE or EXPIRED). Each test takes a region of its own in the
 * fictitious province 97, which no other test uses, and filters its statistics to it.
 */
public final class StoredCertifications {

    private static final AtomicInteger REGIONS = new AtomicInteger();

    private StoredCertifications() {
    }

    /** A county code {@code 97xxxx} not handed out before in this JVM. */
    public static String aRegion() {
        return "97" + String.format("%04d", REGIONS.incrementAndGet());
    }

    /** Registers an enterprise of {@code region} with a valid, fresh USCC and returns the USCC. */
    public static String anEnterprise(DataSource dataSource, String region) {
        String uscc = Usccs.aUscc(region);
        execute(dataSource, """
                INSERT INTO enterprise (id, uscc, name, region, registration_date, created_at, updated_at)
                VALUES (?, ?, ?, ?, DATE '2015-01-01', now(), now())""", UUID.randomUUID(), uscc,
                "统计测试企业" + uscc.substring(8, 17), region);
        return uscc;
    }

    /** A certificate of the enterprise, in its region, as it would stand after any lifecycle; returns its id. */
    public static UUID aCertificate(DataSource dataSource, String uscc, String type, LocalDate validFrom,
            LocalDate validTo, CertificationStatus status, CertificationOrigin origin) {
        UUID id = UUID.randomUUID();
        // a revoked certificate carries its revocation, as the lifecycle writes it
        boolean revoked = status == CertificationStatus.REVOKED;
        execute(dataSource, """
                INSERT INTO certification (id, uscc, certification_type, certificate_number, valid_from, valid_to,
                                           status, region, origin, created_at, updated_at, revoked_on,
                                           revocation_ground, revocation_reason, clawback_from_year, holder_name)
                SELECT ?, uscc, ?, ?, ?, ?, ?, region, ?, now(), now(), CAST(? AS date), CAST(? AS varchar),
                       CAST(? AS varchar), CAST(? AS integer), name FROM enterprise WHERE uscc = ?""",
                id, type, "T-" + id, Date.valueOf(validFrom), Date.valueOf(validTo), status.name(), origin.name(),
                revoked ? Date.valueOf(validFrom) : null, revoked ? "FRAUD" : null, revoked ? "测试撤销" : null,
                revoked ? validFrom.getYear() : null, uscc);
        return id;
    }

    /** An ACTIVE certificate granted here. */
    public static UUID aCertificate(DataSource dataSource, String uscc, String type, LocalDate validFrom,
            LocalDate validTo) {
        return aCertificate(dataSource, uscc, type, validFrom, validTo, CertificationStatus.ACTIVE,
                CertificationOrigin.GRANTED);
    }

    private static void execute(DataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException("expected one row from " + sql);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
