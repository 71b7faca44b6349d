package org.keji.commons.identifier;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Plain Hibernate Validator instances in a fixed language, as a service would build them, without Quarkus. */
final class Validators {

    private Validators() {
    }

    static Validator in(Locale locale) {
        return Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(locale), locale, false))
                .buildValidatorFactory().getValidator();
    }
}
