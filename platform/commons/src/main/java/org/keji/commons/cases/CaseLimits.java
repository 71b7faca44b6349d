package org.keji.commons.cases;

/**
 * The time limits of a matter (事项) in working days: the legal limit (法定时限) and the shorter limit the bureau
 * promises (承诺时限).
 *
 * @param promisedWorkingDays the promised limit, 0 or more
 * @param legalWorkingDays the legal limit, at least the promised one
 */
public record CaseLimits(int promisedWorkingDays, int legalWorkingDays) {

    /**
     * @throws IllegalArgumentException if a limit is negative or the promise is longer than the law allows
     */
    public CaseLimits {
        if (promisedWorkingDays < 0) {
            throw new IllegalArgumentException("a promised limit is 0 or more working days: " + promisedWorkingDays);
        }
        if (legalWorkingDays < promisedWorkingDays) {
            throw new IllegalArgumentException("the legal limit (" + legalWorkingDays
                    + " working days) is shorter than the promised one (" + promisedWorkingDays + ")");
        }
    }
}
