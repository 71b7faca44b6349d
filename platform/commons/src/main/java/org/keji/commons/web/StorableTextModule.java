package org.keji.commons.web;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Reads every string of a JSON body (values, array elements, object keys) through a check that refuses text PostgreSQL
 * cannot store (see {@link StorableText}). The refusal is an {@link UnstorableTextException}, which Jackson fills with
 * the JSON path of the field and the problem mappers answer as 400 VALIDATION_FAILED naming it.
 * <p>
 * Dates likewise: a {@code LocalDate} has a four-digit year (RFC 3339 {@code full-date}, OpenAPI {@code format: date}).
 * {@code +999999999-12-31} parses as ISO-8601 yet lies beyond PostgreSQL's {@code date}, and its insert failed as a 500;
 * it is refused as 400 MALFORMED_REQUEST naming the field.
 */
@Singleton
public class StorableTextModule implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module());
    }

    /** Last of the customizers, so that the date reader registered here is the one Jackson finds for LocalDate. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** The module alone, for mappers built outside CDI. */
    public static SimpleModule module() {
        return new SimpleModule("keji-storable-text")
                .addDeserializer(String.class, new StorableStringDeserializer())
                .addKeyDeserializer(String.class, new StorableKeyDeserializer())
                .addDeserializer(LocalDate.class, new FourDigitYearDateDeserializer());
    }

    /** Delegates to the JSR-310 reader (contextualised like it) and refuses a year beyond four digits. */
    static final class FourDigitYearDateDeserializer extends StdDeserializer<LocalDate>
            implements ContextualDeserializer {

        private final JsonDeserializer<?> delegate;

        FourDigitYearDateDeserializer() {
            this(LocalDateDeserializer.INSTANCE);
        }

        private FourDigitYearDateDeserializer(JsonDeserializer<?> delegate) {
            super(LocalDate.class);
            this.delegate = delegate;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            return new FourDigitYearDateDeserializer(delegate instanceof ContextualDeserializer contextual
                    ? contextual.createContextual(context, property)
                    : delegate);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = (LocalDate) delegate.deserialize(parser, context);
            if (date != null && (date.getYear() < 0 || date.getYear() > 9999)) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, String.valueOf(date),
                        "a date as yyyy-MM-dd, a year of four digits");
            }
            return date;
        }
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
