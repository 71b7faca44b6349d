package org.keji.commons.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Working days of the Chinese public administration, for deadlines counted in working days (工作日). Immutable.
 * <p>
 * A day is a working day if it is Monday to Friday and not an official holiday, or a Saturday or Sunday declared an
 * adjusted working day. The holidays and adjusted days come from data, one {@link CalendarEntry} per day, because the
 * State Council announces them year by year. A year is <em>covered</em> when its notice is loaded, whether or not it
 * has entries; <strong>a date in a year that is not covered is counted as a plain week (Monday to Friday)</strong>,
 * and a deadline that lands there is provisional: check {@link #covers(LocalDate)}. Services get the current calendar
 * from {@link WorkingCalendars#current()}.
 */
public final class WorkingDayCalendar {

    private static final WorkingDayCalendar PLAIN = new WorkingDayCalendar(List.of(), List.of());

    private final Map<LocalDate, CalendarEntry> entries;
    private final SortedSet<Integer> coveredYears;

    /**
     * @param entries the holidays and adjusted working days of the loaded notices
     * @param coveredYears the years whose notice is loaded
     * @throws IllegalArgumentException if two entries have the same date
     */
    public WorkingDayCalendar(Collection<CalendarEntry> entries, Collection<Integer> coveredYears) {
        Map<LocalDate, CalendarEntry> byDate = new TreeMap<>();
        for (CalendarEntry entry : entries) {
            if (byDate.putIfAbsent(entry.date(), entry) != null) {
                throw new IllegalArgumentException("two calendar entries for " + entry.date());
            }
        }
        this.entries = Collections.unmodifiableMap(byDate);
        this.coveredYears = Collections.unmodifiableSortedSet(new TreeSet<>(coveredYears));
    }

    /** Monday to Friday, no year covered: what is counted where no notice is loaded. */
    public static WorkingDayCalendar plainWeeks() {
        return PLAIN;
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

    /** The years whose notice is loaded; other years are counted as plain weeks. */
    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    /** Whether the notice of the date's year is loaded, so a deadline on that date is final, not provisional. */
    public boolean covers(LocalDate date) {
        return coveredYears.contains(date.getYear());
    }

    /** The holiday or adjusted working day on this date, if any, e.g. to show why a day is off. */
    public Optional<CalendarEntry> entry(LocalDate date) {
        return Optional.ofNullable(entries.get(date));
    }

    /** Every holiday and adjusted working day, by date. */
    public Collection<CalendarEntry> entries() {
        return entries.values();
    }
}
