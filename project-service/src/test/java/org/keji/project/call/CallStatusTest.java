package org.keji.project.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class CallStatusTest {

    private static final OffsetDateTime OPENS = OffsetDateTime.parse("2027-03-01T09:00:00+08:00");
    private static final OffsetDateTime CLOSES = OffsetDateTime.parse("2027-04-01T00:00:00+08:00");

    @Test
    void shouldOpenAtOpensAtIncludedAndCloseAtClosesAtExcluded() {
        assertEquals(CallStatus.UPCOMING, CallStatus.of(OPENS, CLOSES, OPENS.minusNanos(1)));
        assertEquals(CallStatus.OPEN, CallStatus.of(OPENS, CLOSES, OPENS));
        // the same instant written in another offset
        assertEquals(CallStatus.OPEN, CallStatus.of(OPENS, CLOSES, OffsetDateTime.parse("2027-03-01T01:00:00Z")));
        assertEquals(CallStatus.OPEN, CallStatus.of(OPENS, CLOSES, CLOSES.minusNanos(1)));
        assertEquals(CallStatus.CLOSED, CallStatus.of(OPENS, CLOSES, CLOSES));
        assertEquals(CallStatus.CLOSED, CallStatus.of(OPENS, CLOSES, CLOSES.plusDays(1)));
    }
}
