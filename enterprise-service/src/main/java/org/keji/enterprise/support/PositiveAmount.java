package org.keji.enterprise.support;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * An amount of {@link org.keji.commons.money.Money} greater than zero. {@code null} is valid; combine with
 * {@code @NotNull} where the amount is required.
 */
@Documented
@Constraint(validatedBy = PositiveAmountValidator.class)
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface PositiveAmount {

    String message() default "{org.keji.enterprise.support.PositiveAmount.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
