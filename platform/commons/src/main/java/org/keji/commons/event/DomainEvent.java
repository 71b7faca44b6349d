package org.keji.commons.event;

/**
 * The data of one event contract: a record named in the past tense, carried in a {@link CloudEvent} whose type is
 * {@link #eventType()}. Contracts of all services live under {@code org.keji.commons.event.<service>} so a consumer
 * reads what a producer writes without depending on the producer.
 */
public interface DomainEvent {

    /** Versioned type name, e.g. {@code keji.enterprise.registered.v1}. */
    String eventType();

    /** Id of the aggregate the event is about: the CloudEvent subject and the Kafka key, so its events stay ordered. */
    String aggregateId();
}
