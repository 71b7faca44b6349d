package org.keji.ip.dispute;

/**
 * The personal data of a case's parties: a resident ID number (GB 11643-1999, check character verified) and a contact,
 * masked in answers (DESIGN.md: unless the caller's role needs them).
 */
final class PersonalData {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CHECK = "10X98765432";

    private PersonalData() {
    }

    /** Whether the text is an 18-character resident ID number with the right check character. */
    static boolean isResidentIdNumber(String text) {
        if (text == null || !text.matches("\\d{17}[0-9X]")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (text.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11) == text.charAt(17);
    }

    /** {@code 350102199003071234} → {@code 350102********1234}: the region stays, the birth date goes. */
    static String maskIdNumber(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        return idNumber.length() < 10 ? "*".repeat(idNumber.length())
                : idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10)
                        + idNumber.substring(idNumber.length() - 4);
    }

    /** {@code 13805912345} → {@code 138****2345}; a short contact is masked whole. */
    static String maskContact(String contact) {
        if (contact == null) {
            return null;
        }
        return contact.length() < 8 ? "*".repeat(contact.length())
                : contact.substring(0, 3) + "*".repeat(contact.length() - 7) + contact.substring(contact.length() - 4);
    }
}
