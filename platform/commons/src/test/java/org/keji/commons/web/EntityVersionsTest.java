package org.keji.commons.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.keji.commons.problem.ProblemException;

class EntityVersionsTest {

    @Test
    void shouldTagAVersionStrongly() {
        assertEquals("\"3\"", EntityVersions.etag(3));
    }

    @Test
    void shouldLetAChangeThroughWithoutIfMatchWithAStarOrWithTheCurrentTag() {
        assertDoesNotThrow(() -> EntityVersions.checkIfMatch(null, 3));
        assertDoesNotThrow(() -> EntityVersions.checkIfMatch(" ", 3));
        assertDoesNotThrow(() -> EntityVersions.checkIfMatch("*", 3));
        assertDoesNotThrow(() -> EntityVersions.checkIfMatch("\"3\"", 3));
        assertDoesNotThrow(() -> EntityVersions.checkIfMatch("\"1\", \"3\"", 3));
    }

    @Test
    void shouldRefuseAStaleOrWeakOrMalformedTagWith412() {
        for (String stale : new String[] { "\"2\"", "W/\"3\"", "3", "\"x\"" }) {
            ProblemException refused = assertThrows(ProblemException.class,
                    () -> EntityVersions.checkIfMatch(stale, 3), stale);
            assertEquals(412, refused.status());
            assertEquals("PRECONDITION_FAILED", refused.code());
            assertArrayEquals(new Object[] { stale, "\"3\"" }, refused.arguments());
        }
    }

    @Test
    void shouldRefuseAStaleBodyVersionWith409AndLetTheCurrentOneOrNoneThrough() {
        assertDoesNotThrow(() -> EntityVersions.check(null, 3L, 3));
        assertDoesNotThrow(() -> EntityVersions.check("\"3\"", null, 3));
        ProblemException stale = assertThrows(ProblemException.class, () -> EntityVersions.check(null, 2L, 3));
        assertEquals(409, stale.status());
        assertEquals("VERSION_CONFLICT", stale.code());
    }

    @Test
    void shouldCheckIfMatchBeforeTheBodyVersion() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> EntityVersions.check("\"2\"", 2L, 3));
        assertEquals(412, refused.status());
    }

    @Test
    void shouldRequireOneOfIfMatchAndVersionWhereTheOperationSaysSo() {
        ProblemException neither = assertThrows(ProblemException.class, () -> EntityVersions.checkEither(" ", null, 3));
        assertEquals(400, neither.status());
        assertEquals("VALIDATION_FAILED", neither.code());
        assertDoesNotThrow(() -> EntityVersions.checkEither("\"3\"", null, 3));
        assertDoesNotThrow(() -> EntityVersions.checkEither(null, 3L, 3));
        assertEquals(409, assertThrows(ProblemException.class, () -> EntityVersions.checkEither(null, 4L, 3)).status());
    }

    @Test
    void shouldRefuseATagForAResourceThatDoesNotExistYet() {
        assertDoesNotThrow(() -> EntityVersions.checkIfMatch(null, Optional.empty()));
        assertDoesNotThrow(() -> EntityVersions.checkIfMatch("*", Optional.empty()));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> EntityVersions.checkIfMatch("\"0\"", Optional.empty()));
        assertEquals(412, refused.status());
        assertArrayEquals(new Object[] { "\"0\"", "none" }, refused.arguments());
        assertDoesNotThrow(() -> EntityVersions.checkIfMatch("\"0\"", Optional.of(0L)));
    }
}
