package org.keji.project.application.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateProjectApplication", description = "The new plan of a draft, based on the version read")
public record UpdateProjectApplicationRequest(
        @Schema(description = "The plan, replacing the former one", required = true) @Valid @NotNull ProjectPlan plan,
        @Schema(description = "The version the plan is based on (or send If-Match)", example = "0") Long version) {
}
