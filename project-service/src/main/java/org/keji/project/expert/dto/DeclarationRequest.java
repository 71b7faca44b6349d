package org.keji.project.expert.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExpertDeclarationRequest", description = "The expert's declaration of interest (回避声明), before scoring")
public record DeclarationRequest(
        @Schema(description = "Whether the expert has a conflict of interest with the applicant or its partners; true declines the assignment", example = "false", required = true) @NotNull Boolean conflict,
        @Schema(description = "The reason; required when declaring a conflict", example = "曾在申报单位任职", maxLength = 1000) @Size(max = 1000) String reason) {
}
