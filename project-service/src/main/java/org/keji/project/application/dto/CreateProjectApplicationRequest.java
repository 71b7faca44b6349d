package org.keji.project.application.dto;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidUscc;

@Schema(name = "CreateProjectApplication", description = "A draft application to a call (项目申报草稿)")
public record CreateProjectApplicationRequest(
        @Schema(description = "The call (申报指南) applied to", example = "0e9c1c57-6f55-4f8d-9a43-2f1d6f1a9b21", required = true) @NotNull UUID callId,
        @Schema(description = "The applying enterprise: an applicant's own (may be left out), required when an officer or integration client applies on its behalf", example = "91350100M000100Y43") @ValidUscc String uscc,
        @Schema(description = "The plan", required = true) @Valid @NotNull ProjectPlan plan) {
}
