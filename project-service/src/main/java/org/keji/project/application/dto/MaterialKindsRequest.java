package org.keji.project.application.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectCorrection", description = "A correction request (补正通知) listing at once every material kind missing")
public record MaterialKindsRequest(
        @Schema(description = "The material kinds missing", example = "[\"AUDIT_REPORT\"]", required = true) @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 60) String> missingKinds) {
}
