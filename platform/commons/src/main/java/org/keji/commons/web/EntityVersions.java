package org.keji.commons.web;

import org.keji.commons.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP: a resource's version is its strong {@code ETag} ({@code "3"}), and a change sent
 * with {@code If-Match} applies only to that version. Without {@code If-Match} the {@code version} field of the body
 * decides (409 {@code VERSION_CONFLICT} when stale).
 */
public final class EntityVersions {

    public static final String IF_MATCH = "If-Match";
    public static final String ETAG = "ETag";

    private EntityVersions() {
    }

    /** The strong entity tag of a version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Lets a change through when {@code ifMatch} is absent, {@code *}, or lists the current version's tag.
     *
     * @throws ProblemException 412 {@code PRECONDITION_FAILED} otherwise, naming the current tag
     */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = etag(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.strip();
            // weak tags never match in If-Match (RFC 9110 §13.1.1: strong comparison)
            if (candidate.equals("*") || candidate.equals(current)) {
                return;
            }
        }
        throw new ProblemException(412, "PRECONDITION_FAILED", ifMatch.strip(), current);
    }
}
