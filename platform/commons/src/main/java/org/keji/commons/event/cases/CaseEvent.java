package org.keji.commons.event.cases;

import java.time.LocalDate;

import org.keji.commons.event.DomainEvent;

/**
 * What every case event carries, so that a consumer (the case index) reads any of them alike. Keyed by the tracking
 * number: the events of one case stay in order.
 */
public interface CaseEvent extends DomainEvent {

    String trackingNumber();

    String matterCode();

    String uscc();

    String service();

    String status();

    LocalDate promisedDueOn();

    boolean promisedDueOnProvisional();

    LocalDate legalDueOn();

    boolean legalDueOnProvisional();

    String actorRole();

    @Override
    default String aggregateId() {
        return trackingNumber();
    }
}
