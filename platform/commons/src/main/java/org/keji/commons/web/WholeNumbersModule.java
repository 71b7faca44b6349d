package org.keji.commons.web;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Refuses a JSON number with a fraction where a whole number is expected ({@code "batch": 1.5}): Jackson's default
 * silently truncates it to {@code 1}, so a client's mistake would be stored as another value. The refusal answers 400
 * MALFORMED_REQUEST naming the field, like any value of the wrong type.
 */
@Singleton
public class WholeNumbersModule implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
