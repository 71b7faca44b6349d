package org.keji.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class UsccsTest {

    @Test
    void shouldComputeTheCheckCharacterOfTheStandardsExample() {
        assertEquals('3', Usccs.checkCharacter("91350100M000100Y4"));
        assertTrue(Usccs.hasValidCheckCharacter("91350100M000100Y43"));
        assertFalse(Usccs.hasValidCheckCharacter("91350100M000100Y44"));
    }

    @Test
    void shouldHandOutFreshValidCodesOfTheChosenRegion() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String uscc = Usccs.aUscc("330100");
            assertTrue(uscc.matches("91330100[" + Usccs.ALPHABET + "]{10}"), uscc);
            assertTrue(Usccs.hasValidCheckCharacter(uscc), uscc);
            assertTrue(seen.add(uscc), "handed out twice: " + uscc);
        }
        assertTrue(Usccs.aUscc().startsWith("91350100"));
    }

    @Test
    void shouldGiveTheSameCodeForTheSameSerial() {
        assertEquals("913501000000000000".substring(0, 17), Usccs.withSerial("350100", 0).substring(0, 17));
        assertEquals(Usccs.withSerial("350100", 31), Usccs.withSerial("350100", 31));
        assertEquals("10", Usccs.withSerial("350100", 31).substring(15, 17));
        assertThrows(IllegalArgumentException.class, () -> Usccs.withSerial("35010", 1));
    }

    @Test
    void shouldMakeAWellFormedCodeThatFailsOnlyItsCheck() {
        String valid = Usccs.aUscc("350100");
        String wrong = Usccs.withWrongCheckCharacter(valid);
        assertEquals(valid.substring(0, 17), wrong.substring(0, 17));
        assertNotEquals(valid, wrong);
        assertTrue(Usccs.ALPHABET.indexOf(wrong.charAt(17)) >= 0);
        assertFalse(Usccs.hasValidCheckCharacter(wrong));
        assertFalse(Usccs.hasValidCheckCharacter(Usccs.aUsccWithWrongCheckCharacter("350100")));
    }
}
