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
 * A CNIPA patent application number in any form {@link PatentApplicationNumber} accepts, check character included.
 * {@code null} is valid; combine with {@code @NotNull} where the number is required.
 */
@Documented
@Constraint(validatedBy = PatentApplicationNumberValidator.class)
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE })
@Retention(RUNTIME)
public @interface ValidPatentApplicationNumber {

    String MESSAGE = "{org.keji.commons.identifier.ValidPatentApplicationNumber.message}";
    /** Used instead of the default message when only the check character is wrong. */
    String CHECK_CHARACTER_MESSAGE = "{org.keji.commons.identifier.ValidPatentApplicationNumber.checkCharacter.message}";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
