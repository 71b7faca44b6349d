package org.keji.enterprise.registry.dto;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.keji.commons.identifier.Uscc;
import org.keji.commons.identifier.ValidUscc;

/**
 * A registration's code passes its check character, or the registration carries a check-digit override (who may send
 * one is the service's rule). A failure is reported on {@code uscc}, like any other fault of the code.
 */
@Documented
@Constraint(validatedBy = CheckCharacterOrOverride.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface CheckCharacterOrOverride {

    String message() default ValidUscc.CHECK_CHARACTER_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CheckCharacterOrOverride, RegisterEnterpriseRequest> {

        @Override
        public boolean isValid(RegisterEnterpriseRequest request, ConstraintValidatorContext context) {
            // a malformed code is the syntax check's to report
            if (request == null || request.checkDigitOverride() != null || !Uscc.isWellFormed(request.uscc())
                    || Uscc.hasValidCheckCharacter(request.uscc())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("uscc").addConstraintViolation();
            return false;
        }
    }
}
