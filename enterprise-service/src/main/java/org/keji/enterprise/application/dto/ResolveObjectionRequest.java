package org.keji.enterprise.application.dto;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResolveObjectionRequest", description = "The outcome of the investigation of an objection")
public record ResolveObjectionRequest(
        @Schema(required = true) @NotNull UUID objectionId,
        @Schema(description = "Whether the objection was found justified (an upheld objection is followed by a refusal)", required = true) @NotNull Boolean upheld,
        @Schema(description = "Findings", example = "经核查，研发人员数据属实，异议不成立", maxLength = 4000, required = true) @NotBlank @Size(max = 4000) String resolution) {
}
