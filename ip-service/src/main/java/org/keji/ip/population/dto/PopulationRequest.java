package org.keji.ip.population.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PopulationRequest", description = "The resident population of a region in a year (常住人口)")
public record PopulationRequest(
        @Schema(description = "Resident population at the end of the year, persons (常住人口，人)", example = "8470000", minimum = "1", required = true) @NotNull @Min(1) @Max(2_000_000_000L) Long residents,
        @Schema(description = "Where the figure comes from (数据来源)", example = "福州市2026年国民经济和社会发展统计公报", maxLength = 500, required = true) @NotBlank @Size(max = 500) String source,
        @Schema(description = "When replacing a figure, the version it is based on (or send If-Match); stale → 409", example = "0") Long version) {
}
