package org.keji.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The per-client window of the public operations, on a clock the test moves. */
class PublicRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final PublicRateLimiter limiter = new PublicRateLimiter(3, Duration.ofMinutes(1), 2, now::get);

    @Test
    void shouldLetEachClientCallThreeTimesAMinuteAndNameTheWait() {
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.acquire("10.0.0.1").isEmpty());
        }
        now.addAndGet(20_000);
        assertEquals(OptionalLong.of(40), limiter.acquire("10.0.0.1"));
        // another client has a window of its own
        assertTrue(limiter.acquire("10.0.0.2").isEmpty());
        now.addAndGet(39_500);
        assertEquals(OptionalLong.of(1), limiter.acquire("10.0.0.1"));
        // a new window starts when the old one is over
        now.addAndGet(500);
        assertTrue(limiter.acquire("10.0.0.1").isEmpty());
    }

    @Test
    void shouldStayBoundedWhenClientsExceedTheTable() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire("10.0.0.1");
        }
        assertTrue(limiter.acquire("10.0.0.1").isPresent());
        limiter.acquire("10.0.0.2");
        // a third client overflows the table of two: counting starts over rather than growing
        assertTrue(limiter.acquire("10.0.0.3").isEmpty());
        assertTrue(limiter.acquire("10.0.0.1").isEmpty());
    }
}
