package org.keji.commons.web;

/**
 * Text PostgreSQL can store. A {@code text} or {@code varchar} value cannot hold the NUL character (U+0000): the driver
 * fails the statement with SQLState 22021 and, unchecked, a request carrying one ends as a server error. Every string a
 * request brings (path, query and header parameters, JSON body strings and keys) is checked here before it reaches a
 * service, so it is refused as 400 naming the field instead.
 */
public final class StorableText {

    /** Completes "must be …" in a violation. */
    public static final String EXPECTED = "text without NUL (U+0000) characters";

    private StorableText() {
    }

    public static boolean isStorable(CharSequence text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\u0000') {
                return false;
            }
        }
        return true;
    }
}
