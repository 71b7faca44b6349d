package org.keji.project.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.keji.commons.calendar.CalendarYearLoaded;

/**
 * A newly loaded calendar year reaches the open nominations: due dates counted through that year Monday to Friday
 * (provisional) are counted again on the official schedule, and each case whose dates changed announces them.
 */
@ApplicationScoped
public class NominationCalendarObserver {

    private static final Logger LOG = Logger.getLogger(NominationCalendarObserver.class);

    private final NominationService nominations;

    public NominationCalendarObserver(NominationService nominations) {
        this.nominations = nominations;
    }

    void onCalendarYearLoaded(@Observes CalendarYearLoaded loaded) {
        int changed = nominations.recomputeDueDates(loaded.year());
        LOG.infof("working-day calendar of %d loaded: due dates of %d open award nominations recounted", loaded.year(),
                changed);
    }
}
