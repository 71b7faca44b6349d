package org.keji.commons.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

class PatentApplicationNumberTest {

    @ParameterizedTest
    @ValueSource(strings = { "200710308494.X", "201310699744.2", "202310123456.6" })
    void shouldAcceptTheDomainExamples(String number) {
        assertTrue(PatentApplicationNumber.isValid(number));
        assertEquals(number, PatentApplicationNumber.normalize(number));
    }

    @Test
    void shouldComputeTheCheckCharacterByHand() {
        // 2·2 + 0·3 + 2·4 + 3·5 + 1·6 + 0·7 + 1·8 + 2·9 + 3·2 + 4·3 + 5·4 + 6·5 = 127; 127 mod 11 = 6
        assertEquals('6', PatentApplicationNumber.checkCharacter("202310123456"));
    }

    @Test
    void shouldWriteARemainderOfTenAsX() {
        // Σ = 153, 153 mod 11 = 10
        assertEquals('X', PatentApplicationNumber.checkCharacter("200710308494"));
    }

    @ParameterizedTest
    @CsvSource({
            "CN 202310123456.6, 202310123456.6",
            "CN202310123456.6, 202310123456.6",
            "ZL202310123456.6, 202310123456.6",
            "ZL 202310123456.6, 202310123456.6",
            "2023 1 0123456.6, 202310123456.6",
            "CN 2023 1 0123456.6, 202310123456.6",
            "cn 200710308494.x, 200710308494.X",
            "'  202310123456.6 ', 202310123456.6" })
    void shouldNormalizeTheFormsPeopleWrite(String written, String canonical) {
        assertEquals(canonical, PatentApplicationNumber.normalize(written));
        assertTrue(PatentApplicationNumber.isValid(written));
    }

    @ParameterizedTest
    @ValueSource(strings = { "202310123456.7", "202310123456.X", "200710308494.0", "202310123465.6" })
    void shouldRejectAWrongCheckCharacter(String number) {
        assertFalse(PatentApplicationNumber.isValid(number));
        assertThrows(IllegalArgumentException.class, () -> PatentApplicationNumber.normalize(number));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "202310123456", "2023101234566", "20231012345.6", "2023101234567.6",
            "202310123456-6", "CN  202310123456.6", "2023  10123456.6", "202310123456 .6", "US202310123456.6",
            "CNZL202310123456.6", "２０２３10123456.6", "202310123456.Y" })
    void shouldRejectMalformedNumbers(String number) {
        assertFalse(PatentApplicationNumber.isValid(number));
        assertThrows(IllegalArgumentException.class, () -> PatentApplicationNumber.normalize(number));
    }

    @Test
    void shouldRejectNull() {
        assertFalse(PatentApplicationNumber.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> PatentApplicationNumber.normalize(null));
    }

    @Test
    void shouldRejectAnUnknownTypeDigitEvenWithTheRightCheckCharacter() {
        String typeFour = "202340123456." + PatentApplicationNumber.checkCharacter("202340123456");
        assertEquals("202340123456.2", typeFour);
        assertFalse(PatentApplicationNumber.isValid(typeFour));
    }

    @Test
    void shouldRejectYearsBeforeTheTwelveDigitFormat() {
        String year2002 = "200210123456." + PatentApplicationNumber.checkCharacter("200210123456");
        assertFalse(PatentApplicationNumber.isValid(year2002));
        String year2003 = "200310123456." + PatentApplicationNumber.checkCharacter("200310123456");
        assertTrue(PatentApplicationNumber.isValid(year2003));
    }

    @ParameterizedTest
    @CsvSource({
            "202310123456.6, INVENTION",
            "202320123456.1, UTILITY_MODEL",
            "202330123456.7, DESIGN",
            "202380123456.4, PCT_INVENTION",
            "202390123456.X, PCT_UTILITY_MODEL" })
    void shouldTellTheTypeFromTheFifthDigit(String number, PatentType type) {
        assertEquals(type, PatentApplicationNumber.of(number).type());
    }

    @Test
    void shouldHoldTheCanonicalForm() {
        PatentApplicationNumber number = PatentApplicationNumber.of("CN 202310123456.6");
        assertEquals("202310123456.6", number.value());
        assertEquals("202310123456.6", number.toString());
        assertEquals(PatentApplicationNumber.of("ZL202310123456.6"), number);
        assertEquals(2023, number.filingYear());
    }

    @Test
    void shouldRefuseToHoldAnInvalidNumber() {
        assertThrows(IllegalArgumentException.class, () -> PatentApplicationNumber.of("202310123456.7"));
        assertThrows(IllegalArgumentException.class, () -> new PatentApplicationNumber(null));
    }

    @Test
    void shouldPrefixTheGrantNumberWithZl() {
        assertEquals("ZL200710308494.X", PatentApplicationNumber.of("CN 200710308494.X").grantNumber());
    }

    @Test
    void shouldTravelAsACanonicalJsonString() throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        assertEquals("\"202310123456.6\"", json.writeValueAsString(PatentApplicationNumber.of("CN 202310123456.6")));
        assertEquals(PatentApplicationNumber.of("202310123456.6"),
                json.readValue("\"ZL 202310123456.6\"", PatentApplicationNumber.class));
    }

    @Test
    void shouldRefuseToComputeACheckCharacterOverAnythingButTwelveDigits() {
        assertThrows(IllegalArgumentException.class, () -> PatentApplicationNumber.checkCharacter("20231012345"));
        assertThrows(IllegalArgumentException.class, () -> PatentApplicationNumber.checkCharacter("20231012345X"));
    }

    /**
     * Every one-character mutation of each DOMAIN.md example (every position, every other digit or X) is refused: a
     * changed digit moves the weighted sum by (d' − d) × w with 0 < |d' − d| ≤ 9 and 2 ≤ w ≤ 9, never a multiple of the
     * prime 11, so a mutation that is still well-formed (year ≥ 2003, known type digit) fails on its check character.
     */
    @ParameterizedTest
    @ValueSource(strings = { "200710308494.X", "201310699744.2", "202310123456.6" })
    void shouldRejectEveryOneCharacterMutationOfAValidNumber(String valid) {
        String alphabet = "0123456789X";
        List<String> mutations = new ArrayList<>();
        for (int position = 0; position < valid.length(); position++) {
            for (char replacement : alphabet.toCharArray()) {
                if (replacement != valid.charAt(position)) {
                    mutations.add(valid.substring(0, position) + replacement + valid.substring(position + 1));
                }
            }
        }
        // 12 digit positions × 10 others, the dot × 11, the check character × 10
        assertEquals(12 * 10 + 11 + 10, mutations.size());
        int refusedForTheCheckCharacter = 0;
        for (String mutation : mutations) {
            assertFalse(PatentApplicationNumber.isValid(mutation), mutation);
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> PatentApplicationNumber.normalize(mutation), mutation);
            if (PatentApplicationNumber.wellFormed(mutation).isPresent()) {
                assertTrue(refused.getMessage().startsWith("wrong check character"), mutation);
                refusedForTheCheckCharacter++;
            } else {
                assertTrue(refused.getMessage().startsWith("not a patent application number"), mutation);
            }
        }
        // at least the eight other digits of the serial × 7 positions and the 10 other check characters
        assertTrue(refusedForTheCheckCharacter >= 7 * 9 + 10, valid + ": " + refusedForTheCheckCharacter);
    }
}
