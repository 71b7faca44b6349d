package org.keji.commons.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatentTypeTest {

    @ParameterizedTest
    @CsvSource({
            "INVENTION, 20, 2023-03-15, 2043-03-15",
            "UTILITY_MODEL, 10, 2023-03-15, 2033-03-15",
            "DESIGN, 15, 2023-03-15, 2038-03-15",
            "PCT_INVENTION, 20, 2023-03-15, 2043-03-15",
            "PCT_UTILITY_MODEL, 10, 2023-03-15, 2033-03-15" })
    void shouldEndTheTermByTypeCountedFromFiling(PatentType type, int years, LocalDate filed, LocalDate endsOn) {
        assertEquals(years, type.termYears());
        assertEquals(endsOn, type.termEndsOn(filed));
    }

    @ParameterizedTest
    @CsvSource({ "INVENTION, 2044-02-29, 2064-02-29", "UTILITY_MODEL, 2024-02-29, 2034-02-28" })
    void shouldEndATermFiledOnALeapDayOnTheLastDayOfFebruary(PatentType type, LocalDate filed, LocalDate endsOn) {
        assertEquals(endsOn, type.termEndsOn(filed));
    }
}
