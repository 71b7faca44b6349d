package org.keji.commons.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An amount of yuan with exactly two decimals, as stored in {@code numeric(18,2)} and sent as a JSON string such as
 * {@code "18472425.00"}.
 * <p>
 * Values that need more than two decimals are refused rather than rounded: an amount that arrives with fen fractions
 * is a mistake upstream, and rounding it silently would hide the mistake. Only {@link #times(BigDecimal)} rounds, once,
 * half-up, because a ratio of an amount legitimately has more decimals.
 */
@Schema(type = SchemaType.STRING, pattern = "^-?\\d{1,16}\\.\\d{2}$", example = "18472425.00", description = "Amount in yuan with exactly two decimals, as a string")
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final int SCALE = 2;
    /** {@code numeric(18,2)} leaves 16 digits before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 16;
    public static final Money ZERO = new Money(BigDecimal.ZERO);
    /**
     * The longest text read as an amount: {@code -9999999999999999.99} has 20 characters, a few more leave room for
     * trailing zeros. Longer text is refused before it is parsed, because parsing a number of a million digits costs
     * seconds of CPU.
     */
    public static final int MAX_TEXT_LENGTH = 24;

    // plain decimal notation only: no exponent, no plus sign, no grouping, no surrounding blanks
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    /**
     * @throws IllegalArgumentException if the amount needs more than two decimals or more than 16 integer digits
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        // the bounds are tested on precision and scale before any arithmetic: 1E+999999999 or 1E-999999999 is one digit
        // long, yet bringing it to scale 2 would build a billion-digit number
        if (amount.signum() == 0) {
            amount = BigDecimal.ZERO;
        } else if ((long) amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("an amount of money has at most " + MAX_INTEGER_DIGITS
                    + " integer digits: " + abbreviated(amount.toString()));
        } else if (amount.scale() > SCALE) {
            amount = amount.stripTrailingZeros();
            if (amount.scale() > SCALE) {
                throw new IllegalArgumentException(
                        "an amount of money has at most 2 decimals: " + abbreviated(amount.toString()));
            }
        }
        amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /**
     * @throws IllegalArgumentException if the amount is null or needs more than two decimals
     */
    public static Money of(BigDecimal amount) {
        if (amount == null) {
            throw new IllegalArgumentException("an amount of money is required");
        }
        return new Money(amount);
    }

    /**
     * Reads plain decimal notation such as {@code 18472425.00}, {@code -3.5} or {@code 12}.
     *
     * @throws IllegalArgumentException if the text is null, longer than {@value #MAX_TEXT_LENGTH} characters, not plain
     *         decimal notation, or needs more than two decimals or more than 16 integer digits
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Money of(String amount) {
        if (amount == null) {
            throw new IllegalArgumentException("an amount of money is required");
        }
        if (amount.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("an amount of money has at most " + MAX_INTEGER_DIGITS
                    + " integer digits and 2 decimals: " + abbreviated(amount));
        }
        if (!DECIMAL.matcher(amount).matches()) {
            throw new IllegalArgumentException("not an amount of money: " + amount);
        }
        return new Money(new BigDecimal(amount));
    }

    /**
     * A JSON number is read from its exact decimal value, never through {@code double}. Delegating mode matters: the
     * parameter is named like the record component, and Jackson would otherwise expect an object {@code {"amount":…}}.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Money fromJson(BigDecimal amount) {
        return of(amount);
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** The product rounded once, half-up, to two decimals, e.g. a funding ratio applied to a budget. */
    public Money times(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        return new Money(amount.multiply(factor).setScale(SCALE, RoundingMode.HALF_UP));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "… (" + text.length() + " characters)";
    }

    /** The wire and display form: plain notation with two decimals, e.g. {@code 18472425.00}. */
    @JsonValue
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
