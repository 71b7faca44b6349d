package org.keji.commons.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

/** Percentages and 万元 from exact figures, rounded half up once, where doubles or per-row rounding are off by 0.01. */
class RatiosTest {

    @Test
    void shouldRoundTheExactPercentageHalfUpOnce() {
        assertEquals("33.33", Ratios.percent(1, 3).toString());
        assertEquals("66.67", Ratios.percent(2, 3).toString());
        // 201 / 20 000 × 100 = 1.005 exactly → 1.01; as a double 1.00499999999999989… → 1.00
        assertEquals("1.01", Ratios.percent(201, 20_000).toString());
        assertEquals("1.00", new BigDecimal(201 / 20_000.0 * 100).setScale(2, RoundingMode.HALF_UP).toString());
        // 0.29 of 1.16 yuan: 25 % exactly
        assertEquals("25.00", Ratios.percent(new BigDecimal("0.29"), new BigDecimal("1.16")).toString());
        assertNull(Ratios.percent(3, 0));
        assertNull(Ratios.percent(BigDecimal.ONE, new BigDecimal("0.00")));
    }

    @Test
    void shouldConvertYuanToTenThousandYuanHalfUpOnce() {
        // 100.50 / 10 000 = 0.01005 exactly → 0.0101 half up (half even would give 0.0100; as a double
        // 0.0100499999… → 0.0100)
        assertEquals("0.0101", Ratios.tenThousandYuan(new BigDecimal("100.50")).toString());
        assertEquals("0.0100", new BigDecimal(100.50 / 10_000).setScale(4, RoundingMode.HALF_UP).toString());
        assertEquals("300000000000.0000", Ratios.tenThousandYuan(new BigDecimal("3000000000000000.03")).toString());
        assertEquals("0.0000", Ratios.tenThousandYuan(new BigDecimal("0.00")).toString());
    }
}
