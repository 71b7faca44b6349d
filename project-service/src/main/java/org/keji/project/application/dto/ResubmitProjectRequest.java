package org.keji.project.application.dto;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectResubmission", description = "The materials after a correction, replacing the former list")
public record ResubmitProjectRequest(
        @Schema(description = "Ids of materials in the enterprise's wallet", example = "[\"3f0c2a9e-52a4-4c7e-9d0b-1a2b3c4d5e6f\"]", required = true) @NotEmpty @Size(max = 50) List<@NotNull UUID> materials) {
}
