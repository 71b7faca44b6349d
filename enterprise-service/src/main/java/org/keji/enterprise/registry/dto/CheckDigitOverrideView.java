package org.keji.enterprise.registry.dto;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.registry.Enterprise;

@Schema(name = "CheckDigitOverrideRecord", description = "Who accepted a code that fails its check character, why and when")
public record CheckDigitOverrideView(
        @Schema(description = "The officer or admin who accepted it", example = "officer-1") String by,
        @Schema(description = "Why", example = "营业执照原件核验：早期试点代码") String reason,
        @Schema(description = "When") OffsetDateTime at) {

    /** The enterprise's override, or null when its code passes the check. */
    public static CheckDigitOverrideView of(Enterprise e) {
        return e.checkDigitOverrideBy() == null ? null
                : new CheckDigitOverrideView(e.checkDigitOverrideBy(), e.checkDigitOverrideReason(),
                        e.checkDigitOverrideAt());
    }
}
