package org.keji.ip.pledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.keji.commons.calendar.CalendarYearLoaded;

/** A newly loaded calendar year recounts the due dates of the open pledge registrations counted provisionally. */
@ApplicationScoped
public class PledgeCalendarObserver {

    private static final Logger LOG = Logger.getLogger(PledgeCalendarObserver.class);

    private final PatentPledgeService pledges;

    public PledgeCalendarObserver(PatentPledgeService pledges) {
        this.pledges = pledges;
    }

    void onCalendarYearLoaded(@Observes CalendarYearLoaded loaded) {
        int changed = pledges.recomputeDueDates(loaded.year());
        LOG.infof("working-day calendar of %d loaded: due dates of %d open pledge registrations recounted",
                loaded.year(), changed);
    }
}
