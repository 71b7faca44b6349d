package org.keji.commons.identifier;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A CNIPA patent application number in the format used since 2003, {@code YYYY T NNNNNNN.C}: filing year, type digit,
 * seven-digit serial and a check character. Always held in the canonical form {@code 202310123456.6}; the forms people
 * write ({@code CN 202310123456.6}, {@code ZL202310123456.6}, {@code 2023 1 0123456.6}) are accepted on the way in.
 */
@Schema(type = SchemaType.STRING, pattern = "^\\d{4}[12389]\\d{7}\\.[0-9X]$", example = "202310123456.6", description = "Patent application number (canonical form)")
public record PatentApplicationNumber(String value) {

    /** The first filing year of the 12-digit format; earlier numbers have an 8-digit body. */
    public static final int FIRST_YEAR = 2003;

    private static final int[] WEIGHTS = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };
    // optional CN (publication style) or ZL (grant number) prefix; single spaces only between the groups
    private static final Pattern ACCEPTED = Pattern
            .compile("(?:(?:CN|ZL) ?)?(\\d{4}) ?(\\d) ?(\\d{7})\\.([0-9X])", Pattern.CASE_INSENSITIVE);

    /**
     * @throws IllegalArgumentException if the value is not a valid application number in any accepted form
     */
    public PatentApplicationNumber {
        value = normalize(value);
    }

    /**
     * Reads any accepted form.
     *
     * @throws IllegalArgumentException if the text is not a valid application number
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PatentApplicationNumber of(String text) {
        return new PatentApplicationNumber(text);
    }

    /**
     * The canonical form, e.g. {@code CN 202310123456.6} → {@code 202310123456.6}.
     *
     * @throws IllegalArgumentException if the text is malformed, the year is before 2003, the type digit unknown or the
     *         check character wrong
     */
    public static String normalize(String text) {
        String canonical = wellFormed(text)
                .orElseThrow(() -> new IllegalArgumentException("not a patent application number: " + text));
        if (canonical.charAt(canonical.length() - 1) != checkCharacter(canonical.substring(0, 12))) {
            throw new IllegalArgumentException("wrong check character in patent application number: " + text);
        }
        return canonical;
    }

    /** Whether {@link #normalize(String)} accepts the text. */
    public static boolean isValid(String text) {
        return wellFormed(text).filter(c -> c.charAt(c.length() - 1) == checkCharacter(c.substring(0, 12))).isPresent();
    }

    /**
     * The check character over the 12 digits: Σ digit × weight mod 11, 10 written {@code X}.
     *
     * @throws IllegalArgumentException if the text is not 12 digits
     */
    public static char checkCharacter(String twelveDigits) {
        if (twelveDigits == null || !twelveDigits.matches("\\d{12}")) {
            throw new IllegalArgumentException("a check character is computed over 12 digits: " + twelveDigits);
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (twelveDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = sum % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /**
     * The canonical form if the syntax, year and type digit are right, whatever the check character; empty otherwise.
     */
    static Optional<String> wellFormed(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ACCEPTED.matcher(text.strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) < FIRST_YEAR || !isTypeDigit(m.group(2).charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) + m.group(2) + m.group(3) + "." + m.group(4).toUpperCase(Locale.ROOT));
    }

    public int filingYear() {
        return Integer.parseInt(value.substring(0, 4));
    }

    public PatentType type() {
        return PatentType.ofDigit(value.charAt(4));
    }

    /** The number of the granted patent, {@code ZL} + the application number. */
    public String grantNumber() {
        return "ZL" + value;
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }

    private static boolean isTypeDigit(char digit) {
        for (PatentType type : PatentType.values()) {
            if (type.digit() == digit) {
                return true;
            }
        }
        return false;
    }
}
