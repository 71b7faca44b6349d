package org.keji.commons.security;

import org.keji.commons.problem.ConflictException;

/**
 * Money-moving steps need a second person (DOMAIN.md "Tech finance", 四眼原则): the one who confirms, pays or records
 * the receipt is never the one who proposed, approved or demanded it.
 */
public final class MakerChecker {

    /** The problem code of a refusal, the same in every service. */
    public static final String VIOLATION = "MAKER_CHECKER_VIOLATION";

    private MakerChecker() {
    }

    /**
     * Refuses {@code checker} when it is {@code maker}.
     *
     * @throws ConflictException 409 {@value #VIOLATION} naming the checker
     */
    public static void requireOther(String maker, String checker) {
        if (maker.equals(checker)) {
            throw new ConflictException(VIOLATION, checker);
        }
    }
}
