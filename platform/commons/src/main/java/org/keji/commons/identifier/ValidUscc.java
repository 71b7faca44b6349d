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
     * Whether the check character must match. {@code false} only on the audited path where an officer accepts one of the
     * real early codes that fail the check; the syntax is checked either way.
     */
    boolean checkDigit() default true;
}
