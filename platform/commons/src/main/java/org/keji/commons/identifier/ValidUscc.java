package org.keji.commons.identifier;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
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
 * A unified social credit code (GB 32100-2015). {@code null} is valid; combine with {@code @NotNull} where the code is
 * required.
 * <p>
 * By default only the syntax is checked (length, alphabet, region digits): a code that names an enterprise already
 * known — a path or query parameter, a reference in a body — must reach it even when it is one of the real early codes
 * that fail the check and were registered under an officer's override. Where a code first enters a service, set
 * {@code checkDigit = true}.
 */
@Documented
@Constraint(validatedBy = UsccValidator.class)
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE })
@Retention(RUNTIME)
public @interface ValidUscc {

    String MESSAGE = "{org.keji.commons.identifier.ValidUscc.message}";
    /** Used instead of the default message when only the check character is wrong. */
    String CHECK_CHARACTER_MESSAGE = "{org.keji.commons.identifier.ValidUscc.checkCharacter.message}";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Whether the check character must match too: {@code true} where a code first enters a service (registration), so
     * that a mistyped code is caught; the syntax is checked either way.
     */
    boolean checkDigit() default false;
}
