package org.keji.commons.event.enterprise;

import java.time.LocalDate;

import org.keji.commons.event.DomainEvent;

/**
 * An enterprise was entered into the registry of the bureau. Topic {@code keji.enterprise.v1}, key = USCC.
 *
 * @param industry GB/T 4754-2017 industry code, null when not known
 * @param checkDigitOverride set when the code fails its check character (a real early pilot code) and an officer or
 *        admin accepted it; null for a code that passes its check. Consumers must accept such a code.
 */
public record EnterpriseRegistered(
        String uscc,
        String name,
        String region,
        String industry,
        LocalDate registrationDate,
        CheckDigitOverride checkDigitOverride) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.registered.v1";

    /** A registration of a code that passes its check. */
    public EnterpriseRegistered(String uscc, String name, String region, String industry, LocalDate registrationDate) {
        this(uscc, name, region, industry, registrationDate, null);
    }

    /**
     * Who accepted a code that fails its check character, and why.
     *
     * @param by the subject of the officer's or admin's token
     */
    public record CheckDigitOverride(String by, String reason) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
