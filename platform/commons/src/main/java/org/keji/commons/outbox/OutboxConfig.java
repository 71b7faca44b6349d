package org.keji.commons.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox relay of a service behaves. */
@ConfigMapping(prefix = "keji.outbox")
public interface OutboxConfig {

    /** Relay rows to Kafka; off only in tests that inspect the table itself. */
    @WithDefault("true")
    boolean enabled();

    /** The topic this service produces to ({@code keji.<service>.v1}). */
    String topic();

    /** The CloudEvents source of this service's events. */
    @WithDefault("/keji/${quarkus.application.name}")
    String source();

    /** Rows claimed per relay transaction. */
    @WithDefault("200")
    int batchSize();

    /** Wake-up interval when no commit signalled new rows (rows of other replicas, retries). */
    @WithDefault("1s")
    Duration pollInterval();

    /** First retry delay after a failed send; doubles up to {@link #maxBackoff()}. */
    @WithDefault("500ms")
    Duration initialBackoff();

    @WithDefault("10s")
    Duration maxBackoff();

    /** How long one batch waits for the broker's acknowledgements. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** Sent rows are kept this long for audit and then purged. */
    @WithDefault("7d")
    Duration retention();
}
