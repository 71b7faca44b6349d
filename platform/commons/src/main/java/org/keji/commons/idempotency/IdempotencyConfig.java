package org.keji.commons.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "keji.idempotency")
public interface IdempotencyConfig {

    /** How long a key and its first response are kept; at least 24 hours by the API contract. */
    @WithDefault("48h")
    Duration retention();
}
