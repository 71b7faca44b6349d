package org.keji.project.expert.dto;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RankingRequest", description = "Rank every application of a call in expert review")
public record RankingRequest(
        @Schema(description = "The call", example = "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a", required = true) @NotNull UUID callId) {
}
