package org.keji.commons.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads query and header parameters of the types the APIs use (dates, UUIDs, enums, whole numbers). By default
 * JAX-RS answers a query parameter it cannot convert with 404, which tells a client nothing; here it becomes a 400
 * naming the parameter. Path parameters keep the default: a path that does not parse names no resource.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, LocalDate::parse, "a date as yyyy-MM-dd");
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, UUID::fromString, "a UUID");
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, Integer::valueOf, "a whole number");
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) converter(name, Long::valueOf, "a whole number");
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ", "one of ", ""));
            return (ParamConverter<T>) converter(name, value -> Enum.valueOf(type, value), allowed);
        }
        return null;
    }

    private static String parameterName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse, String expected) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidParameterException(name, value, expected);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
