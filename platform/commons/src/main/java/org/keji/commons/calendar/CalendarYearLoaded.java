package org.keji.commons.calendar;

/**
 * CDI event: the working-day calendar of {@code year} was replaced and {@link WorkingCalendars#current()} already shows
 * it. Fired after the commit, outside any transaction, with a request context active; observers recompute the due dates
 * of their open cases that were provisional for that year.
 *
 * @param year the year whose notice was loaded
 */
public record CalendarYearLoaded(int year) {
}
