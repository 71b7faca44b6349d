package org.keji.e2e;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Unified social credit codes for tests: unique, with a correct check character unless asked otherwise. The algorithm
 * (GB 32100-2015) is repeated here rather than taken from platform/commons, which would bring the Quarkus runtime
 * onto this test classpath.
 */
final class Usccs {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    private Usccs() {
    }

    /** A company (91) registered in Fuzhou (350100) with a random organisation code and a valid check character. */
    static String aValidUscc() {
        var first17 = new StringBuilder("91350100");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (first17.length() < 17) {
            first17.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return first17.toString() + checkCharacter(first17.toString());
    }

    /** The same code with its 18th character replaced by a wrong one. */
    static String withWrongCheckCharacter(String uscc) {
        char right = uscc.charAt(17);
        char wrong = ALPHABET.charAt((ALPHABET.indexOf(right) + 1) % ALPHABET.length());
        return uscc.substring(0, 17) + wrong;
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
