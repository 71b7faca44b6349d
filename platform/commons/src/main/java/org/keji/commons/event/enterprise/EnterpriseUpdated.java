package org.keji.commons.event.enterprise;

import java.time.LocalDate;

import org.keji.commons.event.DomainEvent;

/**
 * The registration data of an enterprise changed; the event carries all of it, so a replica simply replaces its copy.
 * Topic {@code keji.enterprise.v1}, key = USCC.
 *
 * @param industry GB/T 4754-2017 industry code, null when not known
 * @param version the registry's version after the change; a replica ignores an event older than what it holds
 */
public record EnterpriseUpdated(
        String uscc,
        String name,
        String region,
        String industry,
        LocalDate registrationDate,
        long version) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.updated.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
