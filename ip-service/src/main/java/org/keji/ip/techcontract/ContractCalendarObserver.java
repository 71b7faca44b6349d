package org.keji.ip.techcontract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.keji.commons.calendar.CalendarYearLoaded;

/**
 * A newly loaded calendar year reaches the open registrations: due dates counted through that year Monday to Friday
 * (provisional) are counted again on the official schedule, and each case whose dates changed announces them.
 */
@ApplicationScoped
public class ContractCalendarObserver {

    private static final Logger LOG = Logger.getLogger(ContractCalendarObserver.class);

    private final TechnologyContractService contracts;

    public ContractCalendarObserver(TechnologyContractService contracts) {
        this.contracts = contracts;
    }

    void onCalendarYearLoaded(@Observes CalendarYearLoaded loaded) {
        int changed = contracts.recomputeDueDates(loaded.year());
        LOG.infof("working-day calendar of %d loaded: due dates of %d open technology-contract registrations recounted",
                loaded.year(), changed);
    }
}
