package org.keji.commons.web;

import java.util.Optional;

import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP, checked here and nowhere else: a resource's version is its strong {@code ETag}
 * ({@code "3"}); a change sent with {@code If-Match} applies only to that version (412 {@code PRECONDITION_FAILED}),
 * and a change naming a {@code version} in its body only to that one (409 {@code VERSION_CONFLICT}).
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
     * Checks a change against the current version: {@code If-Match} first, then the body's {@code version} when sent.
     *
     * @param version the {@code version} field of the body, null when the operation has none or it was left out
     * @throws ProblemException 412 {@code PRECONDITION_FAILED} for a stale If-Match, 409 {@code VERSION_CONFLICT} for
     *         a stale version
     */
    public static void check(String ifMatch, Long version, long currentVersion) {
        checkIfMatch(ifMatch, currentVersion);
        if (version != null && version != currentVersion) {
            throw new ConflictException("VERSION_CONFLICT");
        }
    }

    /**
     * As {@link #check(String, Long, long)}, for a change that must name the version it is based on one way or the
     * other.
     *
     * @throws InvalidRequestException 400 {@code VALIDATION_FAILED} on {@code version} when neither is sent
     */
    public static void checkEither(String ifMatch, Long version, long currentVersion) {
        if (version == null && (ifMatch == null || ifMatch.isBlank())) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "version", "required unless If-Match is sent",
                    null);
        }
        check(ifMatch, version, currentVersion);
    }

    /**
     * {@code If-Match} against a resource that may not exist yet (a create-or-replace): without a current version
     * only {@code *} or no If-Match lets the change through, since any tag names a version that is not there.
     */
    public static void checkIfMatch(String ifMatch, Optional<Long> currentVersion) {
        if (currentVersion.isPresent()) {
            checkIfMatch(ifMatch, currentVersion.get());
        } else if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals("*")) {
            throw new ProblemException(412, "PRECONDITION_FAILED", ifMatch.strip(), "none");
        }
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
