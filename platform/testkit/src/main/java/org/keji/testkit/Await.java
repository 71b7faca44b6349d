package org.keji.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls for what happens asynchronously (events, replicas) instead of asserting at once or sleeping blindly. */
public final class Await {

    public static final Duration DEFAULT = Duration.ofSeconds(30);

    private Await() {
    }

    public static void until(String what, BooleanSupplier condition) {
        until(what, DEFAULT, condition);
    }

    /** Returns as soon as {@code condition} holds; fails naming {@code what} once {@code deadline} has passed. */
    public static void until(String what, Duration deadline, BooleanSupplier condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError(what + ": not within " + deadline.toSeconds() + " s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(what + ": interrupted", e);
            }
        }
    }
}
