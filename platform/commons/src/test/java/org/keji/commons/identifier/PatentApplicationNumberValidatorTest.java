package org.keji.commons.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatentApplicationNumberValidatorTest {

    private static final Validator CHINESE = Validators.in(Locale.SIMPLIFIED_CHINESE);
    private static final Validator ENGLISH = Validators.in(Locale.ENGLISH);

    record Filing(@ValidPatentApplicationNumber String applicationNumber) {
    }

    record CustomMessage(@ValidPatentApplicationNumber(message = "bad number") String applicationNumber) {
    }

    @ParameterizedTest
    @ValueSource(strings = { "200710308494.X", "201310699744.2", "202310123456.6", "CN 202310123456.6",
            "ZL202310123456.6" })
    void shouldAcceptValidNumbersInEveryAcceptedForm(String number) {
        assertTrue(CHINESE.validate(new Filing(number)).isEmpty());
    }

    @Test
    void shouldLeaveNullToNotNull() {
        assertTrue(CHINESE.validate(new Filing(null)).isEmpty());
    }

    @Test
    void shouldRejectAWrongCheckCharacterWithItsOwnMessage() {
        assertEquals("专利申请号校验位错误", message(CHINESE, new Filing("202310123456.7")));
        assertEquals("the check character of the patent application number is wrong",
                message(ENGLISH, new Filing("202310123456.7")));
    }

    @Test
    void shouldRejectBadSyntaxWithTheSyntaxMessage() {
        assertEquals("专利申请号格式不正确，应形如 202310123456.6", message(CHINESE, new Filing("2023101234566")));
        assertEquals("must be a patent application number such as 202310123456.6",
                message(ENGLISH, new Filing("202340123456.2")));
    }

    @Test
    void shouldKeepAMessageTheConstraintSets() {
        assertEquals("bad number", message(ENGLISH, new CustomMessage("202310123456.7")));
    }

    private static <T> String message(Validator validator, T bean) {
        Set<ConstraintViolation<T>> violations = validator.validate(bean);
        assertEquals(1, violations.size(), violations::toString);
        return violations.iterator().next().getMessage();
    }
}
