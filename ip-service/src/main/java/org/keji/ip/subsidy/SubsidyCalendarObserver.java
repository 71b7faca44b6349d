package org.keji.ip.subsidy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.keji.commons.calendar.CalendarYearLoaded;

/**
 * A newly loaded calendar year reaches the open subsidy applications: due dates counted through that year Monday to
 * Friday (provisional) are counted again on the official schedule, and each case whose dates changed announces them.
 */
@ApplicationScoped
public class SubsidyCalendarObserver {

    private static final Logger LOG = Logger.getLogger(SubsidyCalendarObserver.class);

    private final SubsidyService subsidies;

    public SubsidyCalendarObserver(SubsidyService subsidies) {
        this.subsidies = subsidies;
    }

    void onCalendarYearLoaded(@Observes CalendarYearLoaded loaded) {
        int changed = subsidies.recomputeDueDates(loaded.year());
        LOG.infof("working-day calendar of %d loaded: due dates of %d open subsidy applications recounted",
                loaded.year(), changed);
    }
}
