package org.keji.ip.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

/** The two rates from exact counts, rounded half up once, where arithmetic in doubles is off by 0.01. */
class RatioTest {

    @Test
    void shouldRoundTheExactGrowthHalfUpOnce() {
        // (4 − 3) / 3 × 100 = 33.333… → 33.33; (3 − 6) / 6 × 100 = −50.00; 20 000 → 20 201: 1.005 exactly → 1.01
        assertEquals("33.33", Ratio.growthPercent(4, 3).toString());
        assertEquals("-50.00", Ratio.growthPercent(3, 6).toString());
        assertEquals("1.01", Ratio.growthPercent(20_201, 20_000).toString());
        // the same in doubles: 201.0 / 20000 × 100 = 1.00499999999999989… → 1.00
        assertEquals("1.00", new BigDecimal((20_201 - 20_000) / 20_000.0 * 100).setScale(2, RoundingMode.HALF_UP)
                .toString());
        assertNull(Ratio.growthPercent(5, 0));
    }

    @Test
    void shouldRoundTheExactDensityHalfUpOnce() {
        // 7 × 10 000 / 30 000 = 2.3333… → 2.33 (a double prints 2.3333333333333335)
        assertEquals("2.33", Ratio.perTenThousand(7, 30_000L).toString());
        assertEquals("2.3333333333333335", Double.toString(7 * 10_000.0 / 30_000));
        // 201 × 10 000 / 2 000 000 = 1.005 exactly → 1.01; as a double 1.00499999999999989… → 1.00
        assertEquals("1.01", Ratio.perTenThousand(201, 2_000_000L).toString());
        assertEquals("1.00", new BigDecimal(201 * 10_000.0 / 2_000_000).setScale(2, RoundingMode.HALF_UP).toString());
        // rounding each region first and adding: 1 / 30 000 in each of three cities is 0.33 each, 0.99 added up; the
        // three together, 3 × 10 000 / 90 000 = 0.333… → 0.33
        BigDecimal perRegion = Ratio.perTenThousand(1, 30_000L);
        assertEquals("0.99", perRegion.add(perRegion).add(perRegion).toString());
        assertEquals("0.33", Ratio.perTenThousand(3, 90_000L).toString());
        assertNull(Ratio.perTenThousand(3, null));
    }
}
