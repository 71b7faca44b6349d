package org.keji.commons.inbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * On an {@code @Incoming @Blocking @Transactional} consumer method: while the database is away the whole transaction is
 * tried again (with back-off, up to {@link DatabaseRetryInterceptor#GIVE_UP_AFTER}) instead of failing the message,
 * which would send it to the dead-letter topic and lose its effect. Other failures fail the message at once.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RetriedWhileDatabaseUnavailable {
}
