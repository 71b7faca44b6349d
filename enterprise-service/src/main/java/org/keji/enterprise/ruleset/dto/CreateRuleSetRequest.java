package org.keji.enterprise.ruleset.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateRuleSetRequest", description = "A new version of the rules of a certification type for a region and year")
public record CreateRuleSetRequest(
        @Schema(description = "Certification type code", example = "HNTE", required = true) @NotBlank @Size(max = 30) String certificationType,
        @Schema(description = "GB/T 2260 region the rules apply to; 000000 for the whole country", example = "350100", pattern = "^\\d{6}$", required = true) @NotNull @Pattern(regexp = "\\d{6}") String region,
        @Schema(description = "First year the rules apply to (they apply until a later year's rule set)", example = "2026", required = true) @NotNull @Min(2000) @Max(2100) Integer year,
        @Schema(description = "Name", example = "高新技术企业认定条件（2026 修订）", maxLength = 200, required = true) @NotBlank @Size(max = 200) String name,
        @Schema(description = "The source document", example = "国科发火〔2016〕32号", maxLength = 500, required = true) @NotBlank @Size(max = 500) String source,
        @Schema(description = "The rules, in the order results are shown", required = true) @NotEmpty @Size(max = 50) List<@Valid @NotNull RuleRequest> rules) {
}
