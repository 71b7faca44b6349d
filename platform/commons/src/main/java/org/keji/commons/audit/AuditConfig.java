package org.keji.commons.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The audit trail of a service ({@code keji.audit.*}). */
@ConfigMapping(prefix = "keji.audit")
public interface AuditConfig {

    /** Record every state-changing {@code /api/v1} request; off only where a test or benchmark compares without it. */
    @WithDefault("true")
    boolean enabled();

    /** Entries read from the database per round trip while the verification walks the chain. */
    @WithDefault("1000")
    int verificationFetchSize();
}
