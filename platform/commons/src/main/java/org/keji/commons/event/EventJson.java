package org.keji.commons.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * JSON serde of events. One fixed mapper, independent of a service's REST settings, so the wire format of a contract
 * cannot change with a service's configuration. Unknown fields are ignored: producers may add fields within a version.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private EventJson() {
    }

    public static String write(CloudEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be serialized", e);
        }
    }

    /** Parses an envelope; anything that is not a CloudEvents 1.0 JSON object is a {@link PoisonEventException}. */
    public static CloudEvent read(String json) {
        CloudEvent event;
        try {
            event = MAPPER.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("not a CloudEvents JSON envelope", e);
        }
        if (event == null || !CloudEvent.SPEC_VERSION.equals(event.specversion()) || isBlank(event.id())
                || isBlank(event.type()) || isBlank(event.source())) {
            throw new PoisonEventException("envelope lacks specversion 1.0, id, type or source", null);
        }
        return event;
    }

    public static JsonNode toTree(Object data) {
        return MAPPER.valueToTree(data);
    }

    /** Reads the data of an event as its contract record; data that does not fit is a poison event. */
    public static <T> T data(CloudEvent event, Class<T> type) {
        try {
            T value = MAPPER.treeToValue(event.data(), type);
            if (value == null) {
                throw new PoisonEventException("event " + event.id() + " has no data", null);
            }
            return value;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("data of event " + event.id() + " does not fit " + type.getSimpleName(), e);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
