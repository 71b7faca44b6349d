package org.keji.commons.problem;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class IllegalTransitionExceptionTest {

    enum State {
        DRAFT,
        SUBMITTED,
        CLOSED
    }

    @Test
    void shouldLetAnActionPassInAnAllowedState() {
        assertDoesNotThrow(() -> IllegalTransitionException.requireState("X_ILLEGAL_TRANSITION", "withdraw",
                State.SUBMITTED, List.of("withdraw"), State.DRAFT, State.SUBMITTED));
    }

    @Test
    void shouldRefuseAnActionInAnyOtherStateWith409NamingTheStateAndItsActions() {
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> IllegalTransitionException.requireState("X_ILLEGAL_TRANSITION", "withdraw", State.CLOSED,
                        List.of("reopen"), State.DRAFT, State.SUBMITTED));
        assertEquals(409, refused.status());
        assertEquals("X_ILLEGAL_TRANSITION", refused.code());
        assertEquals("CLOSED", refused.currentState());
        assertEquals(List.of("reopen"), refused.allowedActions());
        assertEquals(List.of("withdraw", "CLOSED"), List.of(refused.arguments()));
    }
}
