package org.keji.enterprise.application.dto;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExpertReviewRequest", description = "An assigned expert's review")
public record ExpertReviewRequest(
        @Schema(description = "Points for each expert-scored item of the type's score rule, by item code (for HNTE: IP, CONVERSION, RD_MANAGEMENT); "
                + "every such item, none other, each from 0 to its maximum", example = "{\"IP\": 24, \"CONVERSION\": 22, \"RD_MANAGEMENT\": 15}", required = true) @NotNull Map<String, @NotNull @PositiveOrZero Integer> scores,
        @Schema(description = "Opinion, including the judgement of the MANUAL conditions (IP supporting the main products, technology field, …)", maxLength = 4000, required = true) @NotBlank @Size(max = 4000) String opinion,
        @Schema(description = "Whether the expert recommends certification", required = true) @NotNull Boolean recommended) {
}
