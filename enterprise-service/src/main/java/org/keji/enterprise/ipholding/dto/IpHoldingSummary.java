package org.keji.enterprise.ipholding.dto;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IpHoldingSummary", description = "How many Class I and Class II patents an enterprise holds on a day, as certification scoring counts them")
public record IpHoldingSummary(
        @Schema(title = "统一社会信用代码", description = "Unified social credit code of the holder", example = "91350100M000100Y43") String uscc,
        @Schema(title = "统计日期", description = "The day counted: a patent counts when held on or before it and not lapsed on or before it", example = "2026-03-31") LocalDate asOf,
        @Schema(title = "Ⅰ类知识产权数", description = "Class I patents held (Ⅰ类: inventions, incl. PCT inventions entering China)", example = "2", minimum = "0") long classI,
        @Schema(title = "Ⅱ类知识产权数", description = "Class II patents held (Ⅱ类: utility models and designs)", example = "5", minimum = "0") long classII) {
}
