package org.keji.project.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keji.commons.cases.CaseLimits;

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

    @Test
    void shouldTakeSubmissionsExactlyWhileTheStatusIsOpen() {
        ProjectCall call = ProjectCall.create("NB-2027-ZDYF-01", new ProjectCall.Terms("2027年度宁波市重点研发计划 第一批", null,
                CallLevel.MUNICIPAL, CallCategory.INDUSTRIAL_RD, 2027, 1, "330200", OPENS, CLOSES,
                new BigDecimal("50000000.00"), new BigDecimal("2000000.00"), 5, "[]", "[]", null, true, "[]",
                "330217010000", new CaseLimits(20, 30)), "officer-330200", OPENS.minusDays(10));
        for (OffsetDateTime at : List.of(OPENS.minusNanos(1), OPENS, CLOSES.minusNanos(1), CLOSES)) {
            assertEquals(call.statusAt(at) == CallStatus.OPEN, call.openAt(at), at.toString());
        }
    }
}
