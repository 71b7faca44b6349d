package org.keji.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.keji.launcher.SubmissionBurst.Outcome;
import org.keji.launcher.SubmissionBurst.Stored;

class SubmissionBurstTest {

    private static final OffsetDateTime CLOSES = OffsetDateTime.parse("2026-11-30T20:00:10Z");
    private static final Outcome A = new Outcome("a", 200, "", CLOSES.minusSeconds(1), 5_000_000);
    private static final Outcome B_LATE = new Outcome("b", 200, "", CLOSES.plusNanos(3_000_000), 9_000_000);
    private static final Outcome C_REFUSED = new Outcome("c", 422, "CALL_WINDOW_CLOSED", CLOSES, 4_000_000);

    @Test
    void shouldHoldWhenEveryAcceptedIsSubmittedOnceAndEveryRefusalCameAfterTheClose() {
        // accepted before the close, answered after it: legal (received inside the window)
        Stored stored = new Stored(2, 0, Set.of("a", "b"), 2, 2);

        assertEquals(List.of(), SubmissionBurst.violations(3, CLOSES, List.of(A, B_LATE, C_REFUSED), stored));
    }

    @Test
    void shouldNameALostALateAndAnUnansweredSubmission() {
        Stored stored = new Stored(2, 1, Set.of("a", "c"), 2, 2);

        List<String> broken = SubmissionBurst.violations(3, CLOSES, List.of(A, B_LATE, C_REFUSED), stored);

        assertTrue(broken.contains("accepted but not SUBMITTED (lost): b"), broken.toString());
        assertTrue(broken.contains("SUBMITTED without a 2xx answer: c"), broken.toString());
        assertTrue(broken.contains("1 submissions with submitted_at >= closes_at"), broken.toString());
    }

    @Test
    void shouldNameAnEarlyOrForeignRefusalAndAMissingOrDuplicatedCaseEvent() {
        Outcome early = new Outcome("d", 422, "CALL_WINDOW_CLOSED", CLOSES.minusNanos(1), 1);
        Outcome other = new Outcome("e", 409, "PROJECT_ILLEGAL_TRANSITION", CLOSES, 1);
        Stored stored = new Stored(1, 0, Set.of("a"), 2, 1);

        List<String> broken = SubmissionBurst.violations(3, CLOSES, List.of(A, early, other), stored);

        assertTrue(broken.stream().anyMatch(v -> v.startsWith("refused as closed before closesAt: d")), broken.toString());
        assertTrue(broken.contains("refused other than 422 CALL_WINDOW_CLOSED: e 409 PROJECT_ILLEGAL_TRANSITION"),
                broken.toString());
        assertTrue(broken.contains("2 case-opened events (1 distinct) for 1 SUBMITTED"), broken.toString());
        assertEquals(3, broken.size(), broken.toString());
    }

    @Test
    void shouldNameSubmitsThatNeverAnswered() {
        assertEquals(List.of("3 submits fired, 1 answered"),
                SubmissionBurst.violations(3, CLOSES, List.of(A), new Stored(1, 0, Set.of("a"), 1, 1)));
    }
}
