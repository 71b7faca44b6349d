package org.keji.commons.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keji.commons.problem.ConflictException;

class MakerCheckerTest {

    @Test
    void shouldLetASecondPersonCheck() {
        assertDoesNotThrow(() -> MakerChecker.requireOther("officer-a", "officer-b"));
    }

    @Test
    void shouldRefuseTheMakerAsItsOwnCheckerWith409NamingIt() {
        ConflictException refused = assertThrows(ConflictException.class,
                () -> MakerChecker.requireOther("officer-a", "officer-a"));
        assertEquals(409, refused.status());
        assertEquals("MAKER_CHECKER_VIOLATION", refused.code());
        assertEquals(List.of("officer-a"), List.of(refused.arguments()));
    }
}
