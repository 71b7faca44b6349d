package org.keji.testkit;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Unified social credit codes (GB 32100-2015) for tests, fixtures and the launcher: a fresh code per call, so tests run
 * in any order and against a database that outlives them. The check character is computed here rather than taken from
 * platform/commons, which this kit does not depend on (the launcher and the end-to-end tests run without Quarkus).
 */
public final class Usccs {

    /** The digits and the capital letters without I, O, Z, S and V, each worth its index. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Fuzhou, the region of the sample enterprise {@code 91350100M000100Y43}. */
    public static final String FUZHOU = "350100";

    /** 3^(i-1) mod 31 for positions 1–17. */
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    private static final int ORGANISATION_LENGTH = 9;
    private static final long ORGANISATION_CODES = pow(ALPHABET.length(), ORGANISATION_LENGTH);
    // a random start per JVM: codes of several test JVMs or launcher runs sharing a database do not collide
    private static final AtomicLong SERIAL = new AtomicLong(ThreadLocalRandom.current().nextLong(ORGANISATION_CODES / 2));

    private Usccs() {
    }

    /** A company (91) registered in Fuzhou (350100), with a valid check character, not handed out before. */
    public static String aUscc() {
        return aUscc(FUZHOU);
    }

    /** A company (91) registered in {@code region} (six digits), with a valid check character, not handed out before. */
    public static String aUscc(String region) {
        return withSerial(region, SERIAL.getAndIncrement());
    }

    /**
     * The company (91) of {@code region} whose organisation code (positions 9–17) is {@code serial} in base 31, padded
     * with {@code 0}; the same serial always gives the same code.
     */
    public static String withSerial(String region, long serial) {
        if (region == null || !region.matches("\\d{6}")) {
            throw new IllegalArgumentException("a region is a six-digit GB/T 2260 code: " + region);
        }
        if (serial < 0 || serial >= ORGANISATION_CODES) {
            throw new IllegalArgumentException("an organisation serial is 0 to 31^9 - 1: " + serial);
        }
        char[] organisation = new char[ORGANISATION_LENGTH];
        long rest = serial;
        for (int i = ORGANISATION_LENGTH - 1; i >= 0; i--) {
            organisation[i] = ALPHABET.charAt((int) (rest % ALPHABET.length()));
            rest /= ALPHABET.length();
        }
        String first17 = "91" + region + new String(organisation);
        return first17 + checkCharacter(first17);
    }

    /** The same code with a wrong 18th character: well formed, failing only the check (like the early pilot codes). */
    public static String withWrongCheckCharacter(String uscc) {
        char right = uscc.charAt(17);
        char wrong = ALPHABET.charAt((ALPHABET.indexOf(right) + 1) % ALPHABET.length());
        return uscc.substring(0, 17) + wrong;
    }

    /** A fresh code of {@code region} that fails only its check character. */
    public static String aUsccWithWrongCheckCharacter(String region) {
        return withWrongCheckCharacter(aUscc(region));
    }

    /** Whether the 18th character is the one computed from the first 17. */
    public static boolean hasValidCheckCharacter(String uscc) {
        return uscc != null && uscc.length() == 18 && uscc.charAt(17) == checkCharacter(uscc.substring(0, 17));
    }

    /** 31 − (Σ value × weight mod 31), 31 meaning 0, mapped back through the alphabet. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("a check character is computed over 17 characters: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a USCC character: '" + first17.charAt(i) + "' in " + first17);
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    private static long pow(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }
}
