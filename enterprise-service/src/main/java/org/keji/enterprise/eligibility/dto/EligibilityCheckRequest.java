package org.keji.enterprise.eligibility.dto;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EligibilityCheckRequest", description = "Which certification to check for, and for which year; the facts are the bureau's own data")
public record EligibilityCheckRequest(
        @Schema(description = "Certification type code", example = "HNTE", required = true) @NotBlank @Size(max = 30) String certificationType,
        @Schema(description = "Evaluation year Y (申报年度): last year's figures are those of Y−1, three years are Y−3 to Y−1", example = "2026", required = true) @NotNull @Min(2000) @Max(2100) Integer year,
        @Schema(description = "Evaluate with this rule set instead of the one in force, e.g. to reproduce an earlier check") UUID ruleSetId) {
}
