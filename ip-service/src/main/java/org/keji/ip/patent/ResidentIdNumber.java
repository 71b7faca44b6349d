package org.keji.ip.patent;

/**
 * The 18-character citizen ID number (公民身份号码, GB 11643-1999): 17 digits and a check character by ISO 7064 MOD 11-2
 * (weights 2^(17-i) mod 11, check = (12 − Σ mod 11) mod 11, 10 written {@code X}).
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CHECK = "10X98765432";

    private ResidentIdNumber() {
    }

    public static boolean isValid(String number) {
        return number != null && number.matches("\\d{17}[0-9X]") && number.charAt(17) == checkCharacter(number);
    }

    /** The check character over the first 17 digits. */
    public static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The number with its birth date and sequence hidden, e.g. {@code 330102********1234}; null stays null. */
    public static String masked(String number) {
        return number == null ? null : number.substring(0, 6) + "********" + number.substring(14);
    }
}
