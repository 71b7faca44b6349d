package org.keji.commons.event.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keji.commons.identifier.PatentType;

class IpClassTest {

    /** DOMAIN "Enterprise certifications": Class I = invention patents; Class II = utility model, design. */
    @ParameterizedTest
    @CsvSource({
            "INVENTION, CLASS_I",
            "PCT_INVENTION, CLASS_I",
            "UTILITY_MODEL, CLASS_II",
            "PCT_UTILITY_MODEL, CLASS_II",
            "DESIGN, CLASS_II" })
    void shouldClassifyInventionsAsClassIAndTheRestAsClassII(PatentType type, IpClass expected) {
        assertEquals(expected, IpClass.of(type));
    }

    @Test
    void shouldClassifyEveryPatentType() {
        for (PatentType type : PatentType.values()) {
            assertEquals(type == PatentType.INVENTION || type == PatentType.PCT_INVENTION ? IpClass.CLASS_I
                    : IpClass.CLASS_II, IpClass.of(type), type.name());
        }
    }

    @Test
    void shouldRefuseANullType() {
        assertThrows(NullPointerException.class, () -> IpClass.of(null));
    }
}
