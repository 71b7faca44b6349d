package org.keji.ip.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The two derived figures of ip statistics (amounts in 万元: commons {@code Ratios}), computed exactly from the integer counts of
 * the database and rounded half
 * up once, at the end, to two decimals: never from a double, never from an already rounded value.
 */
final class Ratio {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private Ratio() {
    }

    /**
     * Year-on-year growth in percent, (this − last) / last × 100, e.g. 3 → 4 is 33.33; null when {@code last} is 0 (no
     * growth rate from nothing).
     */
    static BigDecimal growthPercent(long thisYear, long lastYear) {
        if (lastYear == 0) {
            return null;
        }
        return BigDecimal.valueOf(thisYear - lastYear).multiply(HUNDRED).divide(BigDecimal.valueOf(lastYear), 2,
                RoundingMode.HALF_UP);
    }

    /** {@code count} per 10 000 of {@code population}; null when there is no population figure. */
    static BigDecimal perTenThousand(long count, Long population) {
        if (population == null) {
            return null;
        }
        return BigDecimal.valueOf(count).multiply(TEN_THOUSAND).divide(BigDecimal.valueOf(population), 2,
                RoundingMode.HALF_UP);
    }
}
