package org.keji.commons.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Working days of the Chinese public administration, for deadlines counted in working days (工作日).
 * <p>
 * A day is a working day if it is Monday to Friday and not an official holiday, or a Saturday or Sunday declared an
 * adjusted working day. The holidays and adjusted days come from data, one {@link CalendarEntry} per day, because the
 * State Council announces them year by year. <strong>A date in a year without any data is counted as a plain week
 * (Monday to Friday)</strong>; check {@link #covers(LocalDate)} or {@link #coveredYears()} where a deadline may run
 * into a year whose schedule is not loaded yet.
 */
public final class WorkingDayCalendar {

    static final String OFFICIAL_RESOURCE = "org/keji/commons/calendar/cn-working-calendar.csv";

    private final Map<LocalDate, CalendarEntry> entries;
    private final SortedSet<Integer> coveredYears;

    /**
     * @throws IllegalArgumentException if two entries have the same date
     */
    public WorkingDayCalendar(List<CalendarEntry> entries) {
        Map<LocalDate, CalendarEntry> byDate = new TreeMap<>();
        SortedSet<Integer> years = new TreeSet<>();
        for (CalendarEntry entry : entries) {
            if (byDate.putIfAbsent(entry.date(), entry) != null) {
                throw new IllegalArgumentException("two calendar entries for " + entry.date());
            }
            years.add(entry.date().getYear());
        }
        this.entries = Collections.unmodifiableMap(byDate);
        this.coveredYears = Collections.unmodifiableSortedSet(years);
    }

    /** The national schedule shipped with this library ({@value #OFFICIAL_RESOURCE}). */
    public static WorkingDayCalendar official() {
        return Official.CALENDAR;
    }

    /**
     * Reads {@code date,kind,name} rows (UTF-8, one header row; blank lines and lines starting with {@code #} ignored).
     *
     * @throws IllegalArgumentException if a row is malformed, naming its line
     */
    public static List<CalendarEntry> parseCsv(InputStream csv) {
        List<CalendarEntry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            boolean header = true;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                entries.add(parseRow(line, lineNumber));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarEntry entry = entries.get(date);
        if (entry != null) {
            return entry.kind() == CalendarEntry.Kind.WORKDAY;
        }
        return !CalendarEntry.isWeekend(date);
    }

    /**
     * The {@code n}-th working day after {@code start}, not counting {@code start} itself: 1 is the next working day.
     * 0 gives {@code start} back unchanged.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days to add must not be negative: " + n);
        }
        LocalDate date = start;
        for (int counted = 0; counted < n;) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}; 0 if {@code to} is not after
     * {@code from}. For a working day {@code to}, {@code addWorkingDays(from, workingDaysBetween(from, to))} is
     * {@code to}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /** The years with at least one entry; other years are counted as plain weeks. */
    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    /** Whether the schedule of the date's year is loaded. */
    public boolean covers(LocalDate date) {
        return coveredYears.contains(date.getYear());
    }

    /** The holiday or adjusted working day on this date, if any, e.g. to show why a day is off. */
    public Optional<CalendarEntry> entry(LocalDate date) {
        return Optional.ofNullable(entries.get(date));
    }

    private static CalendarEntry parseRow(String line, int lineNumber) {
        String[] columns = line.split(",", 3);
        try {
            if (columns.length != 3 || columns[2].isBlank()) {
                throw new IllegalArgumentException("expected date,kind,name");
            }
            return new CalendarEntry(LocalDate.parse(columns[0].strip()),
                    CalendarEntry.Kind.valueOf(columns[1].strip()), columns[2].strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("calendar line " + lineNumber + " '" + line + "': " + e.getMessage(), e);
        }
    }

    /** Loaded on first use and then shared: the data is immutable and read on every deadline computation. */
    private static final class Official {

        static final WorkingDayCalendar CALENDAR = load();

        private static WorkingDayCalendar load() {
            try (InputStream csv = WorkingDayCalendar.class.getClassLoader().getResourceAsStream(OFFICIAL_RESOURCE)) {
                if (csv == null) {
                    throw new IllegalStateException("missing resource " + OFFICIAL_RESOURCE);
                }
                return new WorkingDayCalendar(parseCsv(csv));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
