package org.keji.commons.identifier;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link ValidPatentApplicationNumber}; a wrong check character gets its own message unless the constraint
 * sets one.
 */
public class PatentApplicationNumberValidator
        implements ConstraintValidator<ValidPatentApplicationNumber, CharSequence> {

    private boolean defaultMessage;

    @Override
    public void initialize(ValidPatentApplicationNumber constraint) {
        defaultMessage = ValidPatentApplicationNumber.MESSAGE.equals(constraint.message());
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String text = value.toString();
        if (PatentApplicationNumber.isValid(text)) {
            return true;
        }
        if (defaultMessage && PatentApplicationNumber.wellFormed(text).isPresent()) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(ValidPatentApplicationNumber.CHECK_CHARACTER_MESSAGE)
                    .addConstraintViolation();
        }
        return false;
    }
}
