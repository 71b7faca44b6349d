package org.keji.project.application.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.project.application.ChangeKind;

@Schema(name = "ProjectChangeRequest", description = "A change the undertaker asks for (变更申请)")
public record ChangeProjectRequest(
        @Schema(description = "What changes", required = true) @NotNull ChangeKind kind,
        @Schema(description = "Why (变更理由)", example = "关键技术路线调整，需延长研发周期", required = true) @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "For EXTENSION: the new contract end, after the current one and at most the configured maximum later", example = "2029-08-31") LocalDate newEnd) {
}
