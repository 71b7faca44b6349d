package org.keji.commons.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON a service keeps in its own {@code jsonb} columns (materials, lists of codes, holders, …), written and read
 * with the service's {@link ObjectMapper}. The service wrote the column itself, so a value that does not map is a
 * defect, not bad input: it fails as an {@link IllegalStateException} (500), never as a 4xx.
 */
public final class JsonColumns {

    private JsonColumns() {
    }

    /** {@code value} as the JSON text of a column. */
    public static String write(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The JSON text of a column as {@code type}. */
    public static <T> T read(ObjectMapper json, String stored, TypeReference<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + type.getType() + " cannot be read", e);
        }
    }
}
