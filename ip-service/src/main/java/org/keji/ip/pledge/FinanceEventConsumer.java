package org.keji.ip.pledge;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.keji.commons.inbox.RetriedWhileDatabaseUnavailable;

import io.smallrye.common.annotation.Blocking;

/**
 * ip-service's side of the pledge saga (DESIGN "Sagas by choreography"): finance-service's requests on
 * {@code keji.finance.v1}, each applied at most once in one transaction with its answer on the outbox (see
 * {@link PatentPledgeService#onFinanceEvent}). A transaction that lost a race to another registration of the same
 * patent rolls back and runs once more, and then refuses on ALREADY_PLEDGED. Events that can never be applied (an
 * unknown or unregistered pledge to release, a request without its data) go to {@code keji.ip.dlq.v1}.
 */
@ApplicationScoped
public class FinanceEventConsumer {

    private static final Logger LOG = Logger.getLogger(FinanceEventConsumer.class);

    private final PatentPledgeService pledges;

    public FinanceEventConsumer(PatentPledgeService pledges) {
        this.pledges = pledges;
    }

    @Incoming("finance-events")
    @RetriedWhileDatabaseUnavailable
    @Blocking
    public void on(String message) {
        try {
            pledges.onFinanceEvent(message);
        } catch (PledgeRaceLost e) {
            LOG.infof("a concurrent decision won (%s): deciding again", e.getMessage());
            pledges.onFinanceEvent(message);
        }
    }
}
