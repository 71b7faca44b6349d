package org.keji.ip.patent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.IllegalTransitionException;
import org.keji.ip.patent.LegalStatus.Step;

class LegalStatusTest {

    private static final String NUMBER = "202310123456.6";
    private static final LocalDate FILED = LocalDate.of(2023, 3, 15);

    @Test
    void shouldFoldTheLogThroughGrantAnnuityLapseRestorationAndTransfer() {
        LegalStatus status = LegalStatus.fold(NUMBER, List.of(new Step(LegalEventKind.FILED, FILED, null),
                new Step(LegalEventKind.GRANTED, LocalDate.of(2024, 6, 1), null),
                new Step(LegalEventKind.ANNUITY_LAPSED, LocalDate.of(2025, 7, 16), LocalDate.of(2025, 9, 10))));
        assertEquals(PatentStatus.LAPSED, status.status());
        assertEquals(LapseReason.ANNUITY_UNPAID, status.lapseReason());
        assertEquals(List.of(LegalEventKind.RESTORED), status.allowedKinds());

        LegalStatus restored = status.apply(NUMBER, LegalEventKind.RESTORED, LocalDate.of(2025, 11, 10), null)
                .apply(NUMBER, LegalEventKind.TRANSFERRED, LocalDate.of(2025, 12, 1), null);
        assertEquals(PatentStatus.GRANTED, restored.status());
        assertEquals("ZL" + NUMBER, restored.grantNumber());
        assertTrue(restored.restored());
        assertTrue(restored.transferred());
        assertEquals(null, restored.lapsedOn());
    }

    @Test
    void shouldCloseTheRestorationWindowTwoMonthsAfterTheNotice() {
        LegalStatus lapsed = LegalStatus.filed().apply(NUMBER, LegalEventKind.GRANTED, LocalDate.of(2024, 6, 1), null)
                .apply(NUMBER, LegalEventKind.ANNUITY_LAPSED, LocalDate.of(2025, 7, 16), LocalDate.of(2025, 12, 31));
        // 31 December + 2 months = 28 February (2026 is no leap year)
        assertEquals(PatentStatus.GRANTED,
                lapsed.apply(NUMBER, LegalEventKind.RESTORED, LocalDate.of(2026, 2, 28), null).status());
        BusinessRuleException late = assertThrows(BusinessRuleException.class,
                () -> lapsed.apply(NUMBER, LegalEventKind.RESTORED, LocalDate.of(2026, 3, 1), null));
        assertEquals("RESTORATION_WINDOW_CLOSED", late.code());
    }

    @Test
    void shouldLapseAGrantedPatentOnTheFirstDayPastItsTerm() {
        LegalStatus granted = LegalStatus.filed().apply(NUMBER, LegalEventKind.GRANTED, LocalDate.of(2024, 6, 1),
                null);
        LocalDate termEnds = LocalDate.of(2043, 3, 15);
        assertEquals(PatentStatus.GRANTED, granted.asOf(termEnds.minusDays(1), termEnds).status());
        LegalStatus ended = granted.asOf(termEnds, termEnds);
        assertEquals(PatentStatus.LAPSED, ended.status());
        assertEquals(LapseReason.TERM_EXPIRED, ended.lapseReason());
        assertEquals(List.of(), ended.allowedKinds());
        // a pending application does not expire by term: it was never in force
        assertEquals(PatentStatus.FILED, LegalStatus.filed().asOf(termEnds, termEnds).status());
    }

    @Test
    void shouldRefuseARestorationOfAnyLapseButAnUnpaidAnnuity() {
        LegalStatus invalidated = LegalStatus.filed()
                .apply(NUMBER, LegalEventKind.GRANTED, LocalDate.of(2024, 6, 1), null)
                .apply(NUMBER, LegalEventKind.INVALIDATED, LocalDate.of(2025, 1, 1), null);
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> invalidated.apply(NUMBER, LegalEventKind.RESTORED, LocalDate.of(2025, 1, 2), null));
        assertEquals("PATENT_EVENT_NOT_ALLOWED", refused.code());
        assertEquals("LAPSED", refused.currentState());
        assertFalse(invalidated.invalidationPending());
    }

    @Test
    void shouldCheckAndMaskResidentIdNumbers() {
        assertTrue(ResidentIdNumber.isValid("11010519491231002X"));
        assertFalse(ResidentIdNumber.isValid("110105194912310021"));
        assertFalse(ResidentIdNumber.isValid("11010519491231002"));
        assertEquals("110105********002X", ResidentIdNumber.masked("11010519491231002X"));
        assertEquals(null, ResidentIdNumber.masked(null));
    }
}
