package org.keji.enterprise.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact quotient {@code numerator / denominator} (denominator > 0). Rules compare it with thresholds by cross
 * multiplication, so a ratio of exactly 5 % meets "≥ 5 %" and one a fen below does not, whatever the rounding of the
 * displayed value.
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) {

    public Ratio {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("the denominator of a ratio must be positive: " + denominator);
        }
    }

    public static Ratio of(BigDecimal value) {
        return new Ratio(value, BigDecimal.ONE);
    }

    public static Ratio of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    /** Compares with {@code threshold} exactly. */
    public int compareTo(BigDecimal threshold) {
        return numerator.compareTo(threshold.multiply(denominator));
    }

    /** The value rounded half-up to {@code scale} decimals, for display. */
    public BigDecimal rounded(int scale) {
        return numerator.divide(denominator, scale, RoundingMode.HALF_UP);
    }
}
