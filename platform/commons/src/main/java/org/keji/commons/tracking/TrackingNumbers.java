package org.keji.commons.tracking;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Case tracking numbers (办件编号) as applicants see them: {@code <PREFIX>-<yyyyMMdd>-<sequence>}, e.g.
 * {@code ENT-20261122-00000042}. The prefix names the service or matter (2–6 capital letters), the date is the Beijing
 * date the case was opened, the sequence is eight digits, zero-padded.
 */
public final class TrackingNumbers {

    public static final long MAX_SEQUENCE = 99_999_999L;

    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,6}");
    private static final Pattern NUMBER = Pattern.compile("([A-Z]{2,6})-(\\d{8})-(\\d{8})");
    // uuuu, not yyyy: with STRICT resolution yyyy would need an era
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private TrackingNumbers() {
    }

    /** The parts of a tracking number. */
    public record Parts(String prefix, LocalDate date, long sequence) {
    }

    /**
     * @throws IllegalArgumentException if the prefix is not 2–6 capital letters or the sequence not between 1 and
     *         {@value #MAX_SEQUENCE}
     */
    public static String format(String prefix, LocalDate date, long sequence) {
        requirePrefix(prefix);
        Objects.requireNonNull(date, "date");
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("a tracking sequence is between 1 and " + MAX_SEQUENCE + ": " + sequence);
        }
        if (date.getYear() < 1000 || date.getYear() > 9999) {
            throw new IllegalArgumentException("a tracking date has a four-digit year: " + date);
        }
        return prefix + "-" + DATE.format(date) + "-" + String.format("%08d", sequence);
    }

    /** Whether the text is a tracking number: known shape, a real calendar date and a sequence from 1. */
    public static boolean isValid(String trackingNumber) {
        return parseOrNull(trackingNumber) != null;
    }

    /**
     * @throws IllegalArgumentException if the text is not a valid tracking number
     */
    public static Parts parse(String trackingNumber) {
        Parts parts = parseOrNull(trackingNumber);
        if (parts == null) {
            throw new IllegalArgumentException("not a tracking number: " + trackingNumber);
        }
        return parts;
    }

    /**
     * @throws IllegalArgumentException if the prefix is not 2–6 capital letters
     */
    static void requirePrefix(String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("a tracking prefix is 2 to 6 capital letters: " + prefix);
        }
    }

    private static Parts parseOrNull(String trackingNumber) {
        if (trackingNumber == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(trackingNumber);
        if (!m.matches()) {
            return null;
        }
        long sequence = Long.parseLong(m.group(3));
        if (sequence < 1) {
            return null;
        }
        try {
            return new Parts(m.group(1), LocalDate.parse(m.group(2), DATE), sequence);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
