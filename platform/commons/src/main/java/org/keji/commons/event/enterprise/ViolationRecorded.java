package org.keji.commons.event.enterprise;

import java.time.LocalDate;
import java.util.UUID;

import org.keji.commons.event.DomainEvent;

/**
 * A violation or credit record of an enterprise was shared with the bureau (违法失信记录). Topic
 * {@code keji.enterprise.v1}, key = USCC.
 *
 * @param kind {@code SAFETY}, {@code QUALITY}, {@code ENVIRONMENT}, {@code DISHONESTY} (a listing),
 *        {@code RESEARCH_DISHONESTY} (科研失信) or {@code OTHER}
 * @param severity {@code MAJOR} or {@code GENERAL}
 * @param listedUntil for a dishonesty listing, the last day it is listed; null when open-ended or not a listing
 */
public record ViolationRecorded(
        UUID id,
        String uscc,
        String kind,
        String severity,
        LocalDate occurredOn,
        LocalDate listedUntil) implements DomainEvent {

    public static final String TYPE = "keji.enterprise.violation.recorded.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
