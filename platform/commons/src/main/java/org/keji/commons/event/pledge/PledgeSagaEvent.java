package org.keji.commons.event.pledge;

import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/** An event of one pledge saga, on either side: keyed by its request id, so the saga's events stay in order. */
public interface PledgeSagaEvent extends DomainEvent {

    /** The saga's id, chosen by finance-service when it asks for the pledge. */
    UUID requestId();

    @Override
    default String aggregateId() {
        return requestId().toString();
    }
}
