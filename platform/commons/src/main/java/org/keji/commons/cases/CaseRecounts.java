package org.keji.commons.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;
import org.keji.commons.calendar.CalendarYearLoaded;

/**
 * A newly loaded calendar year reaches every {@link CaseRecounter} of the service: due dates counted through that
 * year Monday to Friday (provisional) are counted again on the official schedule, one transaction per type of case,
 * and each case whose dates changed announces them.
 */
@ApplicationScoped
public class CaseRecounts {

    private static final Logger LOG = Logger.getLogger(CaseRecounts.class);

    private final Instance<CaseRecounter> recounters;

    public CaseRecounts(@Any Instance<CaseRecounter> recounters) {
        this.recounters = recounters;
    }

    void onCalendarYearLoaded(@Observes CalendarYearLoaded loaded) {
        for (CaseRecounter recounter : recounters) {
            int changed = recounter.recomputeDueDates(loaded.year());
            LOG.infof("working-day calendar of %d loaded: due dates of %d %s recounted", loaded.year(), changed,
                    recounter.recountedCases());
        }
    }
}
