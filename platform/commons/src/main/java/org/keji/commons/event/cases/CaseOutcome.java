package org.keji.commons.event.cases;

/** How a case ended, the same for every service; the service's own final status says more. */
public enum CaseOutcome {
    /** Granted, certified, approved (准予). */
    APPROVED,
    /** Refused (不予). */
    REFUSED,
    /** Withdrawn by the applicant (撤回). */
    WITHDRAWN
}
