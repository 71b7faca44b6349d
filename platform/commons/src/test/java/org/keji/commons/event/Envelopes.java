package org.keji.commons.event;

import java.time.OffsetDateTime;

/** Envelopes around event data as a producer's outbox writes them, for round-trip tests of the contracts. */
public final class Envelopes {

    private Envelopes() {
    }

    /** The data in an envelope from {@code source} (e.g. {@code /keji/enterprise-service}) at {@code time}. */
    public static CloudEvent of(String source, DomainEvent data, OffsetDateTime time) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, "0b7f4c1e-2d1a-4a8e-9f64-3c2b1a0d9e87", source,
                data.eventType(), data.aggregateId(), time, CloudEvent.JSON, null, EventJson.toTree(data));
    }
}
