package org.keji.enterprise.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.keji.commons.calendar.CalendarYearLoaded;

/**
 * A newly loaded calendar year reaches the certification applications: due dates counted through that year Monday to
 * Friday (provisional) are counted again on the official schedule, and each case whose dates changed announces them.
 */
@ApplicationScoped
public class CalendarYearObserver {

    private static final Logger LOG = Logger.getLogger(CalendarYearObserver.class);

    private final ApplicationService applications;

    public CalendarYearObserver(ApplicationService applications) {
        this.applications = applications;
    }

    void onCalendarYearLoaded(@Observes CalendarYearLoaded loaded) {
        int changed = applications.recomputeDueDates(loaded.year());
        LOG.infof("working-day calendar of %d loaded: due dates of %d open applications recounted", loaded.year(),
                changed);
    }
}
