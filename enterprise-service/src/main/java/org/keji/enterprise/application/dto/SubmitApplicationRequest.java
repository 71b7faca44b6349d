package org.keji.enterprise.application.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidUscc;
import org.keji.enterprise.application.MaterialReference;

@Schema(name = "SubmitApplicationRequest", description = "An application for a certification, complete in one submission: "
        + "the enterprise's registration, figures, IP and certificates are taken from what the bureau holds")
public record SubmitApplicationRequest(
        @Schema(description = "The applying enterprise", example = "91350100M000100Y43", required = true) @NotNull @ValidUscc String uscc,
        @Schema(description = "Certification type code", example = "HNTE", required = true) @NotBlank @Size(max = 30) String certificationType,
        @Schema(description = "Application year (申报年度)", example = "2026", required = true) @NotNull @Min(2000) @Max(2100) Integer year,
        @Schema(description = "Materials handed in (only what the bureau cannot know itself, e.g. the R&D project descriptions), each a material of the enterprise uploaded once and referenced by id here and in any later application") @Size(max = 50) List<@Valid @NotNull MaterialReference> materials) {
}
