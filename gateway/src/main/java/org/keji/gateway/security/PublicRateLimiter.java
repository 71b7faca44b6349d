package org.keji.gateway.security;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.keji.gateway.GatewayConfig;

/**
 * Limits how many calls one client makes to the operations that need no token ({@code /public/v1}), so that nobody
 * tries verification codes by the million: at most {@code requests} per {@code period} per client, counted in fixed
 * windows. The gateway keeps no state beyond this in-memory count, so with several replicas a client gets the limit of
 * each replica it reaches — still far from anything a brute force needs (80-bit codes).
 */
@ApplicationScoped
public class PublicRateLimiter {

    private final int requests;
    private final long periodMillis;
    private final int maxClients;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    /** The calls of one client in the window that started at {@code start} (epoch millis). */
    private record Window(long start, int calls) {
    }

    @Inject
    public PublicRateLimiter(GatewayConfig config) {
        this(config.publicRateLimit().requests(), config.publicRateLimit().period(),
                config.publicRateLimit().maxClients(), System::currentTimeMillis);
    }

    PublicRateLimiter(int requests, Duration period, int maxClients, LongSupplier clock) {
        this.requests = requests;
        this.periodMillis = Math.max(1, period.toMillis());
        this.maxClients = maxClients;
        this.clock = clock;
    }

    /**
     * Counts a call of {@code client}; empty when it is allowed, else the seconds until the client's window ends (for
     * {@code Retry-After}).
     */
    public OptionalLong acquire(String client) {
        long now = clock.getAsLong();
        if (windows.size() >= maxClients && !windows.containsKey(client)) {
            // bounded like the token cache: a full table starts over instead of tracking every client forever
            windows.clear();
        }
        Window window = windows.compute(client, (key, current) -> current == null
                || now - current.start() >= periodMillis ? new Window(now, 1)
                        : new Window(current.start(), current.calls() + 1));
        if (window.calls() <= requests) {
            return OptionalLong.empty();
        }
        long left = window.start() + periodMillis - now;
        return OptionalLong.of(Math.max(1, (left + 999) / 1000));
    }
}
