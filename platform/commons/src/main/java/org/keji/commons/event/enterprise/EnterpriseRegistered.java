package org.keji.commons.event.enterprise;

import java.time.LocalDate;

import org.keji.commons.event.DomainEvent;

/**
 * An enterprise was entered into the registry of the bureau. Topic {@code keji.enterprise.v1}, key = USCC.
 *
 * @param industry GB/T 4754-2017 industry code, null when not known
 */
public record EnterpriseRegistered(
        String uscc,
        String name,
        String region,
        String industry,
        LocalDate registrationDate) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.registered.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
