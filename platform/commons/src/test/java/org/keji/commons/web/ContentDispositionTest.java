package org.keji.commons.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void shouldEncodeAChineseFileNameAsUtf8WithAnAsciiFallback() {
        assertEquals("attachment; filename=\"__.csv\"; filename*=UTF-8''%E8%AF%81%E4%B9%A6.csv",
                ContentDisposition.attachment("证书.csv"));
    }

    @Test
    void shouldKeepAttrCharsAndEncodeEverythingElse() {
        assertEquals("inline; filename=\"a b_c_.pdf\"; filename*=UTF-8''a%20b%22c%25.pdf",
                ContentDisposition.inline("a b\"c%.pdf"));
        assertEquals("report-2026_v1.xlsx", ContentDisposition.encode("report-2026_v1.xlsx"));
    }

    @Test
    void shouldRefuseABlankName() {
        assertThrows(IllegalArgumentException.class, () -> ContentDisposition.attachment(" "));
    }
}
