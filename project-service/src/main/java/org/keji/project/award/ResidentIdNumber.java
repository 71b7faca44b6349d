package org.keji.project.award;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A citizen's resident ID number (公民身份号码, GB 11643-1999): 17 digits and a check character, 0–9 or X, that is
 * ISO 7064 MOD 11-2 of the digits. {@code null} is valid; combine with {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = ResidentIdNumber.Check.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface ResidentIdNumber {

    String message() default "must be an 18-character resident ID number (GB 11643) with a correct check character";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Validates {@link ResidentIdNumber}. */
    class Check implements ConstraintValidator<ResidentIdNumber, CharSequence> {

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || valid(value.toString());
        }

        /** Whether {@code number} is well formed and its 18th character is the MOD 11-2 check of the first 17. */
        static boolean valid(String number) {
            if (!number.matches("\\d{17}[\\dX]")) {
                return false;
            }
            // ISO 7064 MOD 11-2: weight of position i (from the right, the check being position 1) is 2^(i-1) mod 11
            int sum = 0;
            int weight = 1;
            for (int i = 16; i >= 0; i--) {
                weight = weight * 2 % 11;
                sum += (number.charAt(i) - '0') * weight;
            }
            int check = (12 - sum % 11) % 11;
            char expected = check == 10 ? 'X' : (char) ('0' + check);
            return number.charAt(17) == expected;
        }

        /** {@code 350102199003071234} → {@code 3501**********1234}: the birth date and the district go. */
        static String masked(String number) {
            return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
        }
    }
}
