package org.keji.enterprise.support;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.keji.commons.money.Money;

public class PositiveAmountValidator implements ConstraintValidator<PositiveAmount, Money> {

    @Override
    public boolean isValid(Money value, ConstraintValidatorContext context) {
        return value == null || value.amount().signum() > 0;
    }
}
