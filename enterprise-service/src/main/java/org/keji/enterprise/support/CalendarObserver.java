package org.keji.enterprise.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.keji.commons.calendar.CalendarYearLoaded;

/**
 * Where a newly loaded calendar year reaches the certification applications: their due dates that fell in that year
 * were counted Monday to Friday and are provisional until now.
 * <p>
 * Merge point: the recompute ({@code ApplicationService.recomputeDueDates(int year)}) is written on another branch of
 * issue 12; once both are merged this observer calls it. Until then it only records the year.
 */
@ApplicationScoped
public class CalendarObserver {

    private static final Logger LOG = Logger.getLogger(CalendarObserver.class);

    void onCalendarYearLoaded(@Observes CalendarYearLoaded loaded) {
        LOG.infof("working-day calendar of %d loaded; due dates of open applications in %d are no longer provisional",
                loaded.year(), loaded.year());
    }
}
