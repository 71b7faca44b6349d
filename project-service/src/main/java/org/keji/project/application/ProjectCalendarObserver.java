package org.keji.project.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.keji.commons.calendar.CalendarYearLoaded;

/**
 * A newly loaded calendar year reaches the open project applications: due dates counted through that year Monday to
 * Friday (provisional) are counted again on the official schedule, and each case whose dates changed announces them.
 */
@ApplicationScoped
public class ProjectCalendarObserver {

    private static final Logger LOG = Logger.getLogger(ProjectCalendarObserver.class);

    private final ProjectApplicationService applications;

    public ProjectCalendarObserver(ProjectApplicationService applications) {
        this.applications = applications;
    }

    void onCalendarYearLoaded(@Observes CalendarYearLoaded loaded) {
        int changed = applications.recomputeDueDates(loaded.year());
        LOG.infof("working-day calendar of %d loaded: due dates of %d open project applications recounted",
                loaded.year(), changed);
    }
}
