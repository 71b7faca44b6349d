package org.keji.commons.calendar;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The working-day calendar of this service, read from its {@code working_calendar_year} and
 * {@code working_calendar_day} tables: once at start, again after {@link CalendarYears} changed a year, and every few
 * minutes ({@code keji.calendar.reload-every}) so that a replica that did not consume the change catches up.
 * {@link #current()} is read on every deadline computation and costs one volatile read.
 */
@ApplicationScoped
public class WorkingCalendars {

    private static final Logger LOG = Logger.getLogger(WorkingCalendars.class);

    private final AgroalDataSource dataSource;
    private volatile WorkingDayCalendar current;

    public WorkingCalendars(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The calendar as last loaded; loaded now if this is the first use. */
    public WorkingDayCalendar current() {
        WorkingDayCalendar calendar = current;
        return calendar != null ? calendar : reload();
    }

    /**
     * Reads both tables again and makes the result {@link #current()}.
     *
     * @throws IllegalStateException if the tables cannot be read
     */
    public synchronized WorkingDayCalendar reload() {
        try (Connection connection = dataSource.getConnection()) {
            WorkingDayCalendar calendar = new WorkingDayCalendar(days(connection), years(connection));
            current = calendar;
            LOG.debugf("working-day calendar loaded: years %s, %d days", calendar.coveredYears(),
                    calendar.entries().size());
            return calendar;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the working-day calendar", e);
        }
    }

    void onStart(@Observes StartupEvent event) {
        reload();
    }

    @Scheduled(every = "${keji.calendar.reload-every:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reloadPeriodically() {
        try {
            reload();
        } catch (IllegalStateException e) {
            LOG.warnf("working-day calendar not reloaded, the previous one stays: %s", e.getMessage());
        }
    }

    private static List<Integer> years(Connection connection) throws SQLException {
        List<Integer> years = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT year FROM working_calendar_year");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                years.add(rows.getInt(1));
            }
        }
        return years;
    }

    private static List<CalendarEntry> days(Connection connection) throws SQLException {
        List<CalendarEntry> days = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT day, kind, name FROM working_calendar_day");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                days.add(new CalendarEntry(rows.getObject(1, LocalDate.class),
                        CalendarEntry.Kind.valueOf(rows.getString(2)), rows.getString(3)));
            }
        }
        return days;
    }
}
