package org.keji.commons.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternsTest {

    @Test
    void shouldMatchTheTextLiterallyAnywhere() {
        assertEquals("%星火%", LikePatterns.contains("星火"));
        assertEquals("%100\\%\\_a\\\\b%", LikePatterns.contains("100%_a\\b"));
    }
}
