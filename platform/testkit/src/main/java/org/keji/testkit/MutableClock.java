package org.keji.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.inject.Singleton;

/**
 * The services' clock in tests: a bean of the test kit, it replaces the platform's default clock (a
 * {@code @DefaultBean}) in every test of every service and runs as the system clock until a test moves it to the day it needs
 * (31 May, the day after a
 * validity ends). Moved, it keeps ticking from noon of that day, so times stay ordered. A test that moves it puts it
 * back with {@link #reset()} when it ends. (A test profile with its own clock would restart Quarkus in a new class
 * loader, where the test kit would start a second PostgreSQL.)
 */
@Singleton
public class MutableClock extends Clock {

    /** The bureau's zone, as {@code org.keji.commons.time.ClockProducer.ZONE} (the kit cannot see commons). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Duration offset = Duration.ZERO;

    /** From now on, today is {@code day} (from noon, Asia/Shanghai). */
    public void travelTo(LocalDate day) {
        Instant noon = day.atTime(LocalTime.NOON).atZone(ZONE).toInstant();
        offset = Duration.between(Instant.now(), noon);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
