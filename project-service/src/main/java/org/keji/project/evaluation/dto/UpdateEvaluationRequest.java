package org.keji.project.evaluation.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateEvaluationRequest", description = "The whole outcome report again, against the version it was read at")
public record UpdateEvaluationRequest(
        @Schema(description = "The outcome report replacing the current one", required = true) @NotNull @Valid OutcomeReport report,
        @Schema(description = "The evaluation's version as read; required unless If-Match is sent. A stale version answers 409 VERSION_CONFLICT", example = "0") @PositiveOrZero Long version) {
}
