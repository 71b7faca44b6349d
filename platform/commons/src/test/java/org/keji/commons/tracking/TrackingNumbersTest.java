package org.keji.commons.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackingNumbersTest {

    private static final LocalDate NOV_22 = LocalDate.of(2026, 11, 22);

    @Test
    void shouldFormatPrefixDateAndZeroPaddedSequence() {
        assertEquals("ENT-20261122-00000042", TrackingNumbers.format("ENT", NOV_22, 42));
        assertEquals("PRJ-20260105-00000001", TrackingNumbers.format("PRJ", LocalDate.of(2026, 1, 5), 1));
        assertEquals("ABCDEF-20261122-99999999", TrackingNumbers.format("ABCDEF", NOV_22, 99_999_999));
    }

    @ParameterizedTest
    @ValueSource(strings = { "E", "ENTERPR", "ent", "EN1", "EN-T", "", "企业" })
    void shouldRefuseAPrefixThatIsNotTwoToSixCapitalLetters(String prefix) {
        assertThrows(IllegalArgumentException.class, () -> TrackingNumbers.format(prefix, NOV_22, 1));
    }

    @Test
    void shouldRefuseASequenceThatDoesNotFitEightDigits() {
        assertThrows(IllegalArgumentException.class, () -> TrackingNumbers.format("ENT", NOV_22, 0));
        assertThrows(IllegalArgumentException.class, () -> TrackingNumbers.format("ENT", NOV_22, -1));
        assertThrows(IllegalArgumentException.class, () -> TrackingNumbers.format("ENT", NOV_22, 100_000_000));
    }

    @Test
    void shouldRefuseMissingParts() {
        assertThrows(IllegalArgumentException.class, () -> TrackingNumbers.format(null, NOV_22, 1));
        assertThrows(NullPointerException.class, () -> TrackingNumbers.format("ENT", null, 1));
    }

    @Test
    void shouldRefuseADateWithoutAFourDigitYear() {
        assertThrows(IllegalArgumentException.class, () -> TrackingNumbers.format("ENT", LocalDate.of(10000, 1, 1), 1));
    }

    @Test
    void shouldParseWhatItFormats() {
        String number = TrackingNumbers.format("PRJ", NOV_22, 1234);
        assertEquals(new TrackingNumbers.Parts("PRJ", NOV_22, 1234), TrackingNumbers.parse(number));
        assertTrue(TrackingNumbers.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ENT-20261122-0000042", "ENT-20261122-000000042", "ent-20261122-00000042",
            "ENT20261122-00000042", "ENT-2026-11-22-00000042", "E-20261122-00000042", "ENT-20261122-00000000",
            "ENT-20261122-0000004X", " ENT-20261122-00000042", "ENT-20261122-00000042 " })
    void shouldRejectMalformedNumbers(String number) {
        assertFalse(TrackingNumbers.isValid(number));
        assertThrows(IllegalArgumentException.class, () -> TrackingNumbers.parse(number));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ENT-20261322-00000042", "ENT-20260230-00000042", "ENT-20250229-00000042",
            "ENT-20261100-00000042" })
    void shouldRejectDatesThatDoNotExist(String number) {
        assertFalse(TrackingNumbers.isValid(number));
    }

    @Test
    void shouldAcceptALeapDay() {
        assertTrue(TrackingNumbers.isValid("ENT-20280229-00000042"));
    }

    @Test
    void shouldRejectNull() {
        assertFalse(TrackingNumbers.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> TrackingNumbers.parse(null));
    }
}
