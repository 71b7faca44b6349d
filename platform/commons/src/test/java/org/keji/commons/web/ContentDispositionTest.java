package org.keji.commons.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

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

    @Test
    void shouldGiveAnAsciiFallbackAndTheExactNamePerRfc5987() {
        assertEquals("attachment; filename=\"2025___.pdf\"; filename*=UTF-8''2025%E5%AE%A1%E8%AE%A1%E6%8A%A5.pdf",
                ContentDisposition.attachment("2025审计报.pdf"));
        assertEquals("attachment; filename=\"a_b_ c_d.pdf\"; filename*=UTF-8''a%22b%5C%20c%25d.pdf",
                ContentDisposition.attachment("a\"b\\ c%d.pdf"));
    }

    @Test
    void shouldReadTheNameBackFromEitherForm() {
        String name = "福州市 星火科技+审计报告(2025).pdf";
        assertEquals(Optional.of(name), ContentDisposition.fileName(ContentDisposition.attachment(name)));
        assertEquals(Optional.of("a \"b\".pdf"), ContentDisposition.fileName("attachment; filename=\"a \\\"b\\\".pdf\""));
        assertEquals(Optional.of("plain.pdf"), ContentDisposition.fileName("inline; filename=plain.pdf"));
        assertTrue(ContentDisposition.fileName("attachment").isEmpty());
        assertTrue(ContentDisposition.fileName(null).isEmpty());
    }
}
