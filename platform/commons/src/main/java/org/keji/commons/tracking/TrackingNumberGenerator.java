package org.keji.commons.tracking;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.time.ClockProducer;

import io.agroal.api.AgroalDataSource;

/**
 * Hands out the next tracking number for a service's {@link TrackingPrefix}. The sequence comes from the database sequence
 * {@value #SEQUENCE}, shared by all prefixes and never reset, so numbers are unique without a lock or a per-day counter;
 * a rolled-back transaction leaves a gap, which is harmless for a reference number.
 */
@ApplicationScoped
public class TrackingNumberGenerator {

    public static final String SEQUENCE = "keji_tracking_number_seq";

    private final AgroalDataSource dataSource;
    private final Clock clock;

    public TrackingNumberGenerator(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * @param prefix the prefix reserved for the calling service
     * @throws IllegalStateException if the database cannot give a sequence value
     */
    public String next(TrackingPrefix prefix) {
        // the business date is the Beijing date even if a clock in another zone is injected
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.ZONE));
        return TrackingNumbers.format(prefix.name(), today, nextSequence());
    }

    private long nextSequence() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT nextval('" + SEQUENCE + "')")) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the next value of " + SEQUENCE, e);
        }
    }
}
