package org.keji.commons.calendar;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.PoisonEventException;
import org.keji.commons.event.cases.CalendarYearPublished;

import io.agroal.api.AgroalDataSource;

/**
 * Loads a year's working-day calendar into this service's tables, from a {@link CalendarYearPublished} event: the
 * year's days are replaced, the year is marked covered, and after the commit {@link WorkingCalendars} is reloaded and
 * {@link CalendarYearLoaded} fired (on one background thread, in order) so that open cases get their due dates again.
 */
@ApplicationScoped
public class CalendarYears {

    private static final Logger LOG = Logger.getLogger(CalendarYears.class);
    private static final String UPSERT_YEAR = """
            INSERT INTO working_calendar_year (year, source, published_at, loaded_at) VALUES (?, ?, ?, now())
            ON CONFLICT (year) DO UPDATE
            SET source = excluded.source, published_at = excluded.published_at, loaded_at = excluded.loaded_at""";

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final WorkingCalendars calendars;
    private final Event<CalendarYearLoaded> loaded;
    private final ExecutorService afterCommit = Executors
            .newSingleThreadExecutor(Thread.ofPlatform().name("keji-calendar-reload").daemon().factory());

    public CalendarYears(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions,
            WorkingCalendars calendars, Event<CalendarYearLoaded> loaded) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.calendars = calendars;
        this.loaded = loaded;
    }

    /**
     * Applies a received {@code keji.case.calendar-year-published.v1} event in the consumer's transaction.
     *
     * @throws PoisonEventException if the event does not describe a valid calendar year
     */
    @Transactional
    public void apply(CloudEvent event) {
        CalendarYearPublished published = EventJson.data(event, CalendarYearPublished.class);
        try {
            apply(published);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("event " + event.id() + " (" + event.type() + "): " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the days of {@code published.year()} and marks the year covered.
     *
     * @throws IllegalArgumentException if a day is missing a field, lies outside the year (or its eve), is listed twice
     *         or is already held by another year, or a working day is not a weekend day
     */
    @Transactional
    public void apply(CalendarYearPublished published) {
        validate(published);
        int year = published.year();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT_YEAR)) {
                upsert.setInt(1, year);
                upsert.setString(2, published.source().strip());
                upsert.setObject(3, published.publishedOn());
                upsert.executeUpdate();
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM working_calendar_day WHERE year = ?")) {
                delete.setInt(1, year);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO working_calendar_day (day, year, kind, name) VALUES (?, ?, ?, ?)
                    ON CONFLICT (day) DO NOTHING""")) {
                for (CalendarYearPublished.Day day : published.days()) {
                    insert.setObject(1, day.date());
                    insert.setInt(2, year);
                    insert.setString(3, day.kind().name());
                    insert.setString(4, day.name().strip());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT count(*) FROM working_calendar_day WHERE year = ?")) {
                count.setInt(1, year);
                try (var rows = count.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) != published.days().size()) {
                        throw new IllegalArgumentException("a day of " + year
                                + " belongs to the calendar of another year already");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the working-day calendar of " + year, e);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    afterCommit.execute(() -> reloadAndAnnounce(year));
                }
            }
        });
        LOG.infof("working-day calendar of %d replaced: %d days from %s", year, published.days().size(),
                published.source());
    }

    @ActivateRequestContext
    void reloadAndAnnounce(int year) {
        try {
            calendars.reload();
            loaded.fire(new CalendarYearLoaded(year));
        } catch (RuntimeException e) {
            LOG.errorf(e, "the working-day calendar of %d is stored, but reloading or recomputing failed", year);
        }
    }

    @PreDestroy
    void stop() {
        afterCommit.shutdownNow();
    }

    private static void validate(CalendarYearPublished published) {
        int year = published.year();
        if (year < 1949 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is not a calendar year");
        }
        if (published.source() == null || published.source().isBlank()) {
            throw new IllegalArgumentException("the notice (source) of " + year + " is missing");
        }
        if (published.days() == null) {
            throw new IllegalArgumentException("the days of " + year + " are missing");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (CalendarYearPublished.Day day : published.days()) {
            if (day == null || day.date() == null || day.kind() == null || day.name() == null || day.name().isBlank()) {
                throw new IllegalArgumentException("a day of " + year + " lacks its date, kind or name: " + day);
            }
            int dayYear = day.date().getYear();
            if (dayYear != year && dayYear != year - 1) {
                throw new IllegalArgumentException(day.date() + " is not in " + year + " or on its eve");
            }
            if (!seen.add(day.date())) {
                throw new IllegalArgumentException(day.date() + " is listed twice");
            }
            // the same rule the value type and the table's CHECK hold
            new CalendarEntry(day.date(), day.kind(), day.name());
        }
    }
}
