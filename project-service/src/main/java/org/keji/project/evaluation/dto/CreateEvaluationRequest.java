package org.keji.project.evaluation.dto;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateEvaluationRequest", description = "The performance evaluation of a project that finished its acceptance (PASSED, PASSED_AFTER_RECTIFICATION or FAILED)")
public record CreateEvaluationRequest(
        @Schema(description = "The project (its application id, /api/v1/projects/{id})", example = "4f1b7c7e-3b2a-4c59-9d5e-1f2a3b4c5d6e", required = true) @NotNull UUID projectId,
        @Schema(description = "The outcome report", required = true) @NotNull @Valid OutcomeReport report) {
}
