package org.keji.commons.inbox;

import java.time.Duration;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.jboss.logging.Logger;
import org.keji.commons.problem.DatabaseFailures;

/**
 * Runs before the transaction interceptor, so each try is a new transaction; the partition waits meanwhile, so the
 * events of an aggregate keep their order.
 */
@RetriedWhileDatabaseUnavailable
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DatabaseRetryInterceptor {

    /** Below Kafka's max.poll.interval.ms (5 min), so the consumer keeps its partitions while it waits. */
    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);
    private static final Duration FIRST_DELAY = Duration.ofMillis(200);
    private static final Duration MAX_DELAY = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(DatabaseRetryInterceptor.class);

    @AroundInvoke
    Object retry(InvocationContext context) throws Exception {
        long giveUpAt = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        Duration delay = FIRST_DELAY;
        while (true) {
            try {
                return context.proceed();
            } catch (Exception e) {
                if (!DatabaseFailures.unavailable(e) || System.nanoTime() + delay.toNanos() > giveUpAt) {
                    throw e;
                }
                LOG.warnf("%s: database unavailable, trying again in %s: %s", context.getMethod().getName(), delay,
                        e.getMessage());
                Thread.sleep(delay);
                delay = delay.multipliedBy(2).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay.multipliedBy(2);
            }
        }
    }
}
