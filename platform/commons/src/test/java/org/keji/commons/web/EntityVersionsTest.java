package org.keji.commons.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
