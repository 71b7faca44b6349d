package org.keji.commons.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    private static final String EXAMPLE = "91350100M000100Y43";

    /** A code with a correct check character, built from any 17 alphabet characters. */
    private static String withCheckCharacter(String first17) {
        return first17 + Uscc.checkCharacter(first17);
    }

    @Test
    void shouldAcceptTheExampleFromTheStandard() {
        assertTrue(Uscc.isWellFormed(EXAMPLE));
        assertTrue(Uscc.hasValidCheckCharacter(EXAMPLE));
    }

    @Test
    void shouldComputeTheCheckCharacterByHand() {
        // 9·1 + 1·3 + 3·9 + 5·27 + 0·19 + 1·26 + 0·16 + 0·17 + M(21)·20 + 0·29 + 0·25 + 0·13 + 1·8 + 0·24 + 0·10
        // + Y(30)·30 + 4·28 = 1640; 1640 mod 31 = 28; 31 − 28 = 3
        assertEquals('3', Uscc.checkCharacter("91350100M000100Y4"));
    }

    @Test
    void shouldMapACheckValueOf31ToZero() {
        // 9·1 + 1·3 + 1·9 + 1·27 + 1·26 + 4·28 = 186 = 6·31, so 31 − 0 = 31, written 0
        assertEquals('0', Uscc.checkCharacter("91110100000000004"));
        assertTrue(Uscc.hasValidCheckCharacter("911101000000000040"));
    }

    @Test
    void shouldMapCheckValuesAboveNineThroughTheAlphabet() {
        // Σ = 538, 538 mod 31 = 11, 31 − 11 = 20 → the 21st character, L
        assertEquals('L', Uscc.checkCharacter("91110000600037341"));
        assertTrue(Uscc.hasValidCheckCharacter("91110000600037341L"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "91110000600037341", "12100000400000770", "52310000MJ4940101", "91320594MA1MY2XT0",
            "Y1440300WXYQRTUP0" })
    void shouldAcceptCodesWithTheComputedCheckCharacter(String first17) {
        assertTrue(Uscc.hasValidCheckCharacter(withCheckCharacter(first17)));
    }

    @Test
    void shouldRejectUsccWithWrongCheckCharacter() {
        for (char wrong : Uscc.ALPHABET.toCharArray()) {
            if (wrong != '3') {
                String code = "91350100M000100Y4" + wrong;
                assertTrue(Uscc.isWellFormed(code), code);
                assertFalse(Uscc.hasValidCheckCharacter(code), code);
            }
        }
    }

    @Test
    void shouldDetectASingleChangedCharacter() {
        assertFalse(Uscc.hasValidCheckCharacter("91350100M000100Y53"));
        assertFalse(Uscc.hasValidCheckCharacter("92350100M000100Y43"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "91350100M000100Y4", "91350100M000100Y433" })
    void shouldRejectAnythingButEighteenCharacters(String code) {
        assertFalse(Uscc.isWellFormed(code));
        assertFalse(Uscc.hasValidCheckCharacter(code));
    }

    @Test
    void shouldRejectNull() {
        assertFalse(Uscc.isWellFormed(null));
        assertFalse(Uscc.hasValidCheckCharacter(null));
    }

    @ParameterizedTest
    @ValueSource(chars = { 'I', 'O', 'Z', 'S', 'V', 'm', '-', ' ', '统' })
    void shouldRejectCharactersOutsideTheAlphabet(char outside) {
        String code = "91350100" + outside + "000100Y43";
        assertFalse(Uscc.isWellFormed(code), code);
    }

    @Test
    void shouldRejectLowerCaseBecauseTheStandardIsUpperCase() {
        assertFalse(Uscc.isWellFormed("91350100m000100y43"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "913A0100M000100Y4", "9135010YM000100Y4", "91M50100M000100Y4" })
    void shouldRequireDigitsForTheRegionAtPositionsThreeToEight(String first17) {
        // the check character is right, so only the region makes these invalid
        String code = withCheckCharacter(first17);
        assertFalse(Uscc.isWellFormed(code), code);
        assertFalse(Uscc.hasValidCheckCharacter(code), code);
    }

    @Test
    void shouldAllowLettersOutsideTheRegion() {
        assertTrue(Uscc.isWellFormed(withCheckCharacter("YY350100MAQRTUWXY")));
    }

    @Test
    void shouldReadTheRegionFromPositionsThreeToEight() {
        assertEquals("350100", Uscc.region(EXAMPLE));
        assertEquals("350100", Uscc.region("91350100M000100Y44"), "the region does not depend on the check character");
    }

    @Test
    void shouldRefuseTheRegionOfAMalformedCode() {
        assertThrows(IllegalArgumentException.class, () -> Uscc.region("9135010"));
        assertThrows(IllegalArgumentException.class, () -> Uscc.region(null));
    }

    @Test
    void shouldRefuseToComputeACheckCharacterOverAnythingButSeventeenAlphabetCharacters() {
        assertThrows(IllegalArgumentException.class, () -> Uscc.checkCharacter("91350100M000100Y"));
        assertThrows(IllegalArgumentException.class, () -> Uscc.checkCharacter(EXAMPLE));
        assertThrows(IllegalArgumentException.class, () -> Uscc.checkCharacter("91350100I000100Y4"));
        assertThrows(IllegalArgumentException.class, () -> Uscc.checkCharacter(null));
    }
}
