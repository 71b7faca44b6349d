package org.keji.commons.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Derived figures of statistics, computed exactly from the integer counts and exact decimal sums of the database and
 * rounded half up once, at the end: never from a double, never from an already rounded value (a share rounded per row
 * and then added, or a percentage of a percentage, is off by 0.01 often enough for an officer to notice).
 */
public final class Ratios {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private Ratios() {
    }

    /** {@code part} / {@code whole} × 100 to two decimals, e.g. 1 of 3 is 33.33; null when {@code whole} is 0. */
    public static BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** {@code part} / {@code whole} × 100 to two decimals, exactly; null when {@code whole} is 0. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** An amount of yuan in 10 000 yuan (万元), rounded half up once to four decimals: 12 345.65 → 1.2346. */
    public static BigDecimal tenThousandYuan(BigDecimal yuan) {
        return yuan.divide(TEN_THOUSAND, 4, RoundingMode.HALF_UP);
    }
}
