package org.keji.commons.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;

import org.junit.jupiter.api.Test;

class ParameterConvertersTest {

    private final ParameterConverters converters = new ParameterConverters();

    @Test
    void shouldReadWholeNumbersAndNameTheParameterThatIsNone() {
        ParamConverter<Integer> days = converters.getConverter(Integer.class, Integer.class, annotations("days"));
        assertEquals(90, days.fromString("90"));
        assertNull(days.fromString(""));
        InvalidParameterException refused = assertThrows(InvalidParameterException.class,
                () -> days.fromString("often"));
        assertEquals("days", refused.parameter());
        assertEquals("often", refused.rejectedValue());
        assertEquals("a whole number", refused.expected());
        assertThrows(InvalidParameterException.class, () -> days.fromString("2147483648"));

        ParamConverter<Long> amount = converters.getConverter(Long.class, Long.class, annotations("amount"));
        assertEquals(2_147_483_648L, amount.fromString("2147483648"));
        assertThrows(InvalidParameterException.class, () -> amount.fromString("1.5"));
    }

    @Test
    void shouldLeavePathParametersToTheDefault() {
        assertNull(converters.getConverter(Integer.class, Integer.class, pathAnnotations()));
    }

    private static Annotation[] annotations(String name) {
        try {
            return Parameters.class.getDeclaredMethod(name, Integer.class).getParameterAnnotations()[0];
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Annotation[] pathAnnotations() {
        try {
            return Parameters.class.getDeclaredMethod("path", Integer.class).getParameterAnnotations()[0];
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Methods whose parameters carry the annotations a resource method would. */
    @SuppressWarnings("unused")
    private interface Parameters {

        void days(@QueryParam("days") Integer days);

        void amount(@QueryParam("amount") Integer amount);

        void path(@PathParam("id") Integer id);
    }
}
