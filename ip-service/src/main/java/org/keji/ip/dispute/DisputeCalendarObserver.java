package org.keji.ip.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.keji.commons.calendar.CalendarYearLoaded;

/**
 * A newly loaded calendar year reaches the dispute cases: due dates counted through it Monday to Friday (provisional)
 * are counted again on the official schedule, and each case whose dates changed announces them.
 */
@ApplicationScoped
public class DisputeCalendarObserver {

    private static final Logger LOG = Logger.getLogger(DisputeCalendarObserver.class);

    private final DisputeService disputes;

    public DisputeCalendarObserver(DisputeService disputes) {
        this.disputes = disputes;
    }

    void onCalendarYearLoaded(@Observes CalendarYearLoaded loaded) {
        int changed = disputes.recomputeDueDates(loaded.year());
        LOG.infof("working-day calendar of %d loaded: due dates of %d open dispute cases recounted", loaded.year(),
                changed);
    }
}
