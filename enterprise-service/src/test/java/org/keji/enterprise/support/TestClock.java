package org.keji.enterprise.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.inject.Singleton;

/**
 * The clock of the tests: the real time unless a test moves it to a day of its choosing (e.g. to let a publicity
 * period pass). It replaces the platform's default clock bean; a test that moves it puts it back with {@link #reset()}.
 */
@Singleton
public class TestClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Instant fixed;

    /** From now on it is 09:30 on {@code date}, Beijing time. */
    public void set(LocalDate date) {
        fixed = date.atTime(9, 30).atZone(ZONE).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }
}
