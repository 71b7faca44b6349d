package org.keji.commons.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One day that departs from the plain Monday-to-Friday week, as the State Council announces it each year.
 *
 * @param date the day
 * @param kind a day off or an adjusted working day
 * @param name what it belongs to, e.g. 春节 or 春节调休上班
 */
public record CalendarEntry(LocalDate date, Kind kind, String name) {

    public enum Kind {
        /** An official day off (放假), on any day of the week. */
        HOLIDAY,
        /** A Saturday or Sunday worked in exchange for a longer holiday (调休上班). */
        WORKDAY
    }

    /**
     * @throws IllegalArgumentException if a working day is not on a weekend, which would have no effect and points to a
     *         typo in the data
     */
    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (kind == Kind.WORKDAY && !isWeekend(date)) {
            throw new IllegalArgumentException("an adjusted working day must fall on a Saturday or Sunday: " + date);
        }
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
