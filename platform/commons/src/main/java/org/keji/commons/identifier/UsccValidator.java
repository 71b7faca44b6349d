package org.keji.commons.identifier;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidUscc}; a wrong check character gets its own message unless the constraint sets one. */
public class UsccValidator implements ConstraintValidator<ValidUscc, CharSequence> {

    private boolean checkDigit;
    private boolean defaultMessage;

    @Override
    public void initialize(ValidUscc constraint) {
        checkDigit = constraint.checkDigit();
        defaultMessage = ValidUscc.MESSAGE.equals(constraint.message());
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String code = value.toString();
        if (!Uscc.isWellFormed(code)) {
            return false;
        }
        if (!checkDigit || Uscc.hasValidCheckCharacter(code)) {
            return true;
        }
        if (defaultMessage) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(ValidUscc.CHECK_CHARACTER_MESSAGE).addConstraintViolation();
        }
        return false;
    }
}
