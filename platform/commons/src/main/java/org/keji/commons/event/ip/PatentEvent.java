package org.keji.commons.event.ip;

import org.keji.commons.event.DomainEvent;

/** An event about one patent: keyed by its application number, so the events of a patent stay in order. */
public interface PatentEvent extends DomainEvent {

    /** Canonical application number (申请号), e.g. {@code 202310123456.6}. */
    String applicationNumber();

    @Override
    default String aggregateId() {
        return applicationNumber();
    }
}
