package org.keji.commons.security;

import java.util.Optional;

/**
 * What a service knows about an enterprise that decides whether a caller reaches it: its region (for officers), the
 * experts assigned to its open cases and the banks it applied to. Each service that holds enterprise-scoped records
 * implements it once; {@link Caller} asks it. Without an implementation nobody but admins, integration clients, the
 * enterprise itself and an officer of every region reaches an enterprise: the rule fails closed.
 */
public interface EnterpriseReach {

    /** The enterprise's GB/T 2260 region code as this service knows it; empty when it does not know the enterprise. */
    Optional<String> region(String uscc);

    /** Whether {@code expert} is assigned to a case of the enterprise that is still open; never in a service without cases. */
    default boolean expertAssigned(String expert, String uscc) {
        return false;
    }

    /** Whether the enterprise applied to {@code bank} (for a loan, a guarantee, …); never in a service without loans. */
    default boolean appliedToBank(String bank, String uscc) {
        return false;
    }
}
