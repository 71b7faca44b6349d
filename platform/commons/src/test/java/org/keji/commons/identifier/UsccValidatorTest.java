package org.keji.commons.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import org.junit.jupiter.api.Test;

class UsccValidatorTest {

    private static final Validator CHINESE = Validators.in(Locale.SIMPLIFIED_CHINESE);
    private static final Validator ENGLISH = Validators.in(Locale.ENGLISH);

    record Registration(@NotNull @ValidUscc(checkDigit = true) String uscc) {
    }

    record Reference(@ValidUscc String uscc) {
    }

    record CustomMessage(@ValidUscc(checkDigit = true, message = "bad code") String uscc) {
    }

    record Enterprises(List<@ValidUscc(checkDigit = true) String> codes) {
    }

    @Test
    void shouldAcceptAValidCode() {
        assertTrue(CHINESE.validate(new Registration("91350100M000100Y43")).isEmpty());
    }

    @Test
    void shouldLeaveNullToNotNull() {
        assertTrue(CHINESE.validate(new Reference(null)).isEmpty());
        Set<ConstraintViolation<Registration>> violations = CHINESE.validate(new Registration(null));
        assertEquals(1, violations.size());
        assertEquals(NotNull.class, only(violations).getConstraintDescriptor().getAnnotation().annotationType());
    }

    @Test
    void shouldRejectUsccWithWrongCheckCharacterWithItsOwnMessage() {
        assertEquals("统一社会信用代码校验位错误", message(CHINESE, new Registration("91350100M000100Y44")));
        assertEquals("the check character of the unified social credit code is wrong",
                message(ENGLISH, new Registration("91350100M000100Y44")));
    }

    @Test
    void shouldRejectBadSyntaxWithTheSyntaxMessage() {
        assertEquals("统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V）",
                message(CHINESE, new Registration("91350100M000100Y4")));
        assertEquals(
                "must be a unified social credit code of 18 characters (digits and capital letters without I, O, Z, S, V)",
                message(ENGLISH, new Registration("9135010OM000100Y43")));
    }

    @Test
    void shouldCheckOnlyTheSyntaxOfAReferenceSoThatCodesRegisteredUnderAnOverrideAreReached() {
        assertTrue(CHINESE.validate(new Reference("91350100M000100Y44")).isEmpty());
        assertEquals(1, CHINESE.validate(new Reference("91350100M000100Y4")).size());
        assertEquals(1, CHINESE.validate(new Reference("91A50100M000100Y43")).size());
    }

    @Test
    void shouldKeepAMessageTheConstraintSets() {
        assertEquals("bad code", message(ENGLISH, new CustomMessage("91350100M000100Y44")));
        assertEquals("bad code", message(ENGLISH, new CustomMessage("nonsense")));
    }

    @Test
    void shouldValidateEveryElementOfAList() {
        Set<ConstraintViolation<Enterprises>> violations = ENGLISH
                .validate(new Enterprises(List.of("91350100M000100Y43", "91350100M000100Y44")));
        assertEquals(1, violations.size());
        assertEquals("codes[1].<list element>", only(violations).getPropertyPath().toString());
    }

    private static <T> String message(Validator validator, T bean) {
        return only(validator.validate(bean)).getMessage();
    }

    private static <T> ConstraintViolation<T> only(Set<ConstraintViolation<T>> violations) {
        assertEquals(1, violations.size(), violations::toString);
        return violations.iterator().next();
    }
}
