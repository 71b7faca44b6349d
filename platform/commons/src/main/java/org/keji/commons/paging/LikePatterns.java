package org.keji.commons.paging;

/**
 * Patterns for "contains" filters in {@code LIKE}/{@code ILIKE} queries. The caller's text is matched literally:
 * {@code %} and {@code _} in it are escaped with a backslash, so the query must say {@code escape '\'}.
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** {@code %text%} with the wildcards and the escape character of {@code text} escaped. */
    public static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
