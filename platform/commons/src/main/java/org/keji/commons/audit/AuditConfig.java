package org.keji.commons.audit;

import java.time.Duration;

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

    /**
     * How often the chainer runs, read by {@code @Scheduled} (a duration such as {@code 500ms}, set in the platform's
     * defaults; {@code off} in tests, which call {@link AuditChainer#chainNow()}).
     */
    String chainInterval();

    /** Entries the chainer links per transaction. */
    @WithDefault("1000")
    int chainBatch();

    /**
     * How long after it was recorded an entry whose transaction has ended may stay unchained before the verification
     * reports it ({@code UNCHAINED}): a few chain intervals, so that a running chainer is never blamed.
     */
    @WithDefault("PT1M")
    Duration unchainedAfter();
}
