package org.keji.commons.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar exactly as the platform migration seeds it ({@value #MIGRATION}), read from that script, for code that
 * counts working days without a database: unit tests and the end-to-end tests' expectations. Services read their own
 * tables through {@link WorkingCalendars}, which later years reach by events.
 */
public final class SeededCalendar {

    static final String MIGRATION = "db/platform/V0_2__working_calendar.sql";

    private static final Pattern YEAR = Pattern.compile("^\\s*\\((\\d{4}), '国务院", Pattern.MULTILINE);
    private static final Pattern HOLIDAY = Pattern
            .compile("\\((\\d{4}), '([^']+)', DATE '(\\d{4}-\\d{2}-\\d{2})', DATE '(\\d{4}-\\d{2}-\\d{2})'\\)");
    private static final Pattern WORKDAY = Pattern
            .compile("\\(DATE '(\\d{4}-\\d{2}-\\d{2})', \\d{4}, 'WORKDAY', '([^']+)'\\)");

    private SeededCalendar() {
    }

    /**
     * @throws IllegalStateException if the migration is not on the class path or names no year
     */
    public static WorkingDayCalendar load() {
        String script = read();
        TreeSet<Integer> years = new TreeSet<>();
        for (Matcher m = YEAR.matcher(script); m.find();) {
            years.add(Integer.parseInt(m.group(1)));
        }
        if (years.isEmpty()) {
            throw new IllegalStateException(MIGRATION + " names no calendar year");
        }
        List<CalendarEntry> entries = new ArrayList<>();
        for (Matcher m = HOLIDAY.matcher(script); m.find();) {
            LocalDate last = LocalDate.parse(m.group(4));
            for (LocalDate day = LocalDate.parse(m.group(3)); !day.isAfter(last); day = day.plusDays(1)) {
                entries.add(new CalendarEntry(day, CalendarEntry.Kind.HOLIDAY, m.group(2)));
            }
        }
        for (Matcher m = WORKDAY.matcher(script); m.find();) {
            entries.add(new CalendarEntry(LocalDate.parse(m.group(1)), CalendarEntry.Kind.WORKDAY, m.group(2)));
        }
        return new WorkingDayCalendar(entries, years);
    }

    private static String read() {
        try (InputStream in = SeededCalendar.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MIGRATION);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
