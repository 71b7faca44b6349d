package org.keji.commons.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

class MoneyTest {

    private static final ObjectMapper PLAIN_JSON = new ObjectMapper();
    // like Quarkus's mapper: the parameter-names module is what would turn a creator into a properties creator
    private static final ObjectMapper QUARKUS_LIKE_JSON = new ObjectMapper().findAndRegisterModules();

    record Grant(String name, Money amount) {
    }

    @Test
    void shouldAlwaysHaveScaleTwo() {
        assertEquals(new BigDecimal("12.00"), Money.of("12").amount());
        assertEquals(new BigDecimal("12.50"), Money.of(new BigDecimal("12.5")).amount());
        assertEquals(new BigDecimal("1000.00"), Money.of(new BigDecimal("1E+3")).amount());
        assertEquals(2, Money.ZERO.amount().scale());
    }

    @Test
    void shouldAcceptTrailingZerosBeyondTwoDecimalsBecauseNothingIsLost() {
        assertEquals(Money.of("1.50"), Money.of("1.500"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1.001", "0.005", "-3.999", "18472425.001" })
    void shouldRejectMoreThanTwoDecimalsInsteadOfRounding(String amount) {
        assertThrows(IllegalArgumentException.class, () -> Money.of(amount));
        assertThrows(IllegalArgumentException.class, () -> Money.of(new BigDecimal(amount)));
    }

    @Test
    void shouldRejectNull() {
        assertThrows(IllegalArgumentException.class, () -> Money.of((String) null));
        assertThrows(IllegalArgumentException.class, () -> Money.of((BigDecimal) null));
        assertThrows(NullPointerException.class, () -> new Money(null));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " 1.00", "1.00 ", "abc", "1,000.00", "+1.00", "1e3", "1.", ".50", "¥1.00", "1.0.0" })
    void shouldRejectTextThatIsNotPlainDecimalNotation(String amount) {
        assertThrows(IllegalArgumentException.class, () -> Money.of(amount));
    }

    @Test
    void shouldRejectMoreThanSixteenIntegerDigitsBecauseTheColumnIsNumeric18Comma2() {
        assertEquals("9999999999999999.99", Money.of("9999999999999999.99").toString());
        assertThrows(IllegalArgumentException.class, () -> Money.of("10000000000000000.00"));
        assertThrows(IllegalArgumentException.class,
                () -> Money.of("9999999999999999.99").plus(Money.of("0.01")));
    }

    @Test
    void shouldRefuseOverlongTextBeforeParsingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Money.of("9".repeat(1_900_000) + ".00"));
        assertTrue(e.getMessage().length() < 200, "the message quotes the text abbreviated");
        assertThrows(IllegalArgumentException.class, () -> Money.of("1." + "0".repeat(30)));
        assertEquals(Money.of("12.50"), Money.of("12.500"));
    }

    @Test
    void shouldRefuseHugeExponentsWithoutExpandingThem() {
        assertThrows(IllegalArgumentException.class, () -> Money.of(new BigDecimal("1E+999999999")));
        assertThrows(IllegalArgumentException.class, () -> Money.of(new BigDecimal("1E-999999999")));
        assertEquals(Money.ZERO, Money.of(new BigDecimal("0E+999999999")));
        assertEquals(Money.ZERO, Money.of(new BigDecimal("0E-999999999")));
        assertEquals(Money.of("1000.00"), Money.of(new BigDecimal("1E+3")));
        assertEquals(Money.of("0.10"), Money.of(new BigDecimal("1.000E-1")));
    }

    @Test
    void shouldAddAndSubtractExactly() {
        assertEquals(Money.of("0.30"), Money.of("0.10").plus(Money.of("0.20")));
        assertEquals(Money.of("-0.10"), Money.of("0.10").minus(Money.of("0.20")));
    }

    @Test
    void shouldRoundAProductOnceHalfUp() {
        assertEquals(Money.of("0.02"), Money.of("0.05").times(new BigDecimal("0.3")), "0.015 rounds up");
        assertEquals(Money.of("0.01"), Money.of("0.05").times(new BigDecimal("0.29")), "0.0145 rounds down");
        assertEquals(Money.of("-0.02"), Money.of("-0.05").times(new BigDecimal("0.3")), "half-up is away from zero");
        // rounding each step would give 0.01 × 3 = 0.03; rounding once gives 0.02
        assertEquals(Money.of("0.02"), Money.of("0.05").times(new BigDecimal("0.1").multiply(new BigDecimal("3"))));
        assertEquals(Money.of("6157475.00"), Money.of("18472425.00").times(new BigDecimal("1").divide(
                new BigDecimal("3"), 20, RoundingMode.HALF_UP)));
    }

    @Test
    void shouldTellNegativeAndZero() {
        assertTrue(Money.of("-0.01").isNegative());
        assertFalse(Money.ZERO.isNegative());
        assertFalse(Money.of("0.01").isNegative());
        assertTrue(Money.of("-0.00").isZero());
        assertEquals(Money.ZERO, Money.of("-0.00"));
    }

    @Test
    void shouldOrderByAmount() {
        List<Money> amounts = new ArrayList<>(List.of(Money.of("10"), Money.of("-1"), Money.of("9.99")));
        Collections.sort(amounts);
        assertEquals(List.of(Money.of("-1"), Money.of("9.99"), Money.of("10")), amounts);
        assertEquals(0, Money.of("1").compareTo(Money.of("1.00")));
    }

    @Test
    void shouldBeEqualRegardlessOfTheScaleItWasWrittenWith() {
        assertEquals(Money.of("5"), Money.of(new BigDecimal("5.0")));
        assertEquals(Money.of("5").hashCode(), Money.of(new BigDecimal("5.0")).hashCode());
    }

    @Test
    void shouldPrintPlainNotationWithTwoDecimals() {
        assertEquals("18472425.00", Money.of("18472425").toString());
        assertEquals("1000.00", Money.of(new BigDecimal("1E+3")).toString());
        assertEquals("-0.50", Money.of("-0.5").toString());
    }

    @Test
    void shouldWriteJsonAsAString() throws Exception {
        assertEquals("\"18472425.00\"", PLAIN_JSON.writeValueAsString(Money.of("18472425")));
        assertEquals("{\"name\":\"高新\",\"amount\":\"1000.00\"}",
                QUARKUS_LIKE_JSON.writeValueAsString(new Grant("高新", Money.of(new BigDecimal("1E+3")))));
    }

    @Test
    void shouldReadJsonStringsAndNumbers() throws Exception {
        for (ObjectMapper json : List.of(PLAIN_JSON, QUARKUS_LIKE_JSON)) {
            assertEquals(Money.of("18472425.00"), json.readValue("\"18472425.00\"", Money.class));
            assertEquals(Money.of("18472425.50"), json.readValue("18472425.5", Money.class));
            assertEquals(Money.of("42.00"), json.readValue("42", Money.class));
            assertEquals(Money.of("1.00"), json.readValue("{\"name\":\"x\",\"amount\":1}", Grant.class).amount());
            assertNull(json.readValue("{\"name\":\"x\",\"amount\":null}", Grant.class).amount());
        }
    }

    @Test
    void shouldReadLargeJsonNumbersExactlyNotThroughDouble() throws Exception {
        // as a double this is 1234567890123456.75
        assertEquals(Money.of("1234567890123456.78"), PLAIN_JSON.readValue("1234567890123456.78", Money.class));
        assertEquals(Money.of("1234567890123456.78"),
                QUARKUS_LIKE_JSON.readValue("1234567890123456.78", Money.class));
    }

    @Test
    void shouldRoundTripThroughJson() throws Exception {
        Grant grant = new Grant("科技型中小企业补助", Money.of("18472425.00"));
        assertEquals(grant, QUARKUS_LIKE_JSON.readValue(QUARKUS_LIKE_JSON.writeValueAsString(grant), Grant.class));
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"1.001\"", "1.001", "\"12,00\"", "\"\"", "\"1e3\"", "true", "{\"amount\":\"1.00\"}" })
    void shouldRefuseMalformedJsonAmounts(String json) {
        Exception e = assertThrows(Exception.class, () -> QUARKUS_LIKE_JSON.readValue(json, Money.class));
        assertInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class, e);
    }

    @Test
    void shouldReportTheInvalidAmountAsTheCauseOfTheJsonError() {
        ValueInstantiationException e = assertThrows(ValueInstantiationException.class,
                () -> PLAIN_JSON.readValue("\"1.001\"", Money.class));
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
    }
}
