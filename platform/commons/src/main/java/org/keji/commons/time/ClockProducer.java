package org.keji.commons.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The system clock in the bureau's zone, so business dates ("today") are Beijing dates whatever the host's zone. A
 * {@link DefaultBean}: tests and services replace it by producing their own {@code Clock}.
 */
@Singleton
public class ClockProducer {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @Singleton
    @DefaultBean
    public Clock clock() {
        return Clock.system(ZONE);
    }
}
