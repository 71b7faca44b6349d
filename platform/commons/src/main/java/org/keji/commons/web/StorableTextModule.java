package org.keji.commons.web;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Reads every string of a JSON body (values, array elements, object keys) through a check that refuses text PostgreSQL
 * cannot store (see {@link StorableText}). The refusal is an {@link UnstorableTextException}, which Jackson fills with
 * the JSON path of the field and the problem mappers answer as 400 VALIDATION_FAILED naming it.
 */
@Singleton
public class StorableTextModule implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module());
    }

    /** The module alone, for mappers built outside CDI. */
    public static SimpleModule module() {
        return new SimpleModule("keji-storable-text")
                .addDeserializer(String.class, new StorableStringDeserializer())
                .addKeyDeserializer(String.class, new StorableKeyDeserializer());
    }

    static final class StorableStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (!StorableText.isStorable(value)) {
                throw new UnstorableTextException(parser);
            }
            return value;
        }
    }

    static final class StorableKeyDeserializer extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            if (!StorableText.isStorable(key)) {
                throw new UnstorableTextException(context.getParser());
            }
            return key;
        }
    }
}
