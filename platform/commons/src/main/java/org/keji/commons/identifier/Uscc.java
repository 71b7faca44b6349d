package org.keji.commons.identifier;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character alphabet, the
 * last one a check character over the first 17.
 * <p>
 * Syntax and check character are tested separately because a few early pilot codes are real yet fail the check: a
 * service rejects bad syntax outright but may let an officer accept a failed check character.
 */
public final class Uscc {

    public static final int LENGTH = 18;
    /** The digits and the capital letters without I, O, Z, S and V, each worth its index. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    private static final int REGION_START = 2;
    private static final int REGION_END = 8;

    private Uscc() {
    }

    /** Length, alphabet and a six-digit region code at positions 3–8; the check character is not tested. */
    public static boolean isWellFormed(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = code.charAt(i);
            boolean inRegion = i >= REGION_START && i < REGION_END;
            if (inRegion ? !isDigit(c) : ALPHABET.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Well formed and the 18th character matches the one computed from the first 17. */
    public static boolean hasValidCheckCharacter(String code) {
        return isWellFormed(code) && code.charAt(LENGTH - 1) == checkCharacter(code.substring(0, LENGTH - 1));
    }

    /**
     * The check character for the first 17 characters of a code: 31 − (Σ value × weight mod 31), 31 meaning 0.
     *
     * @throws IllegalArgumentException if the text is not 17 characters of the alphabet
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
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

    /**
     * The GB/T 2260 region code of the registering authority (positions 3–8).
     *
     * @throws IllegalArgumentException if the code is not well formed
     */
    public static String region(String code) {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("not a well-formed unified social credit code: " + code);
        }
        return code.substring(REGION_START, REGION_END);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
