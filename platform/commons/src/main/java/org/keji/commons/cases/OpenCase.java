package org.keji.commons.cases;

import org.keji.commons.calendar.WorkingDayCalendar;

/**
 * A service's case entity as the recount of due dates sees it ({@link CaseEvents#recounted}): what names it, its
 * clock and its status. The entity embeds its {@link CaseClock} as {@code clock} and has an {@code id}
 * ({@link CaseQueries#lockOpenWithProvisionalDueDates}).
 */
public interface OpenCase {

    /** The case's name on every record and event. */
    CaseReference reference();

    CaseClock clock();

    /** The case's status in its service's procedure; its {@link Enum#name()} is the status of the case events. */
    Enum<?> status();

    /**
     * Counts the due dates of the open case again, e.g. once the calendar of a year they reach is loaded; a case with
     * dates of its own beyond the clock's counts those too.
     *
     * @return whether a date or its provisional mark changed
     * @throws IllegalStateException if the case is closed
     */
    default boolean recomputeDueDates(WorkingDayCalendar calendar) {
        return clock().recompute(calendar);
    }
}
