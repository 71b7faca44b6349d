package org.keji.project.grant.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CancelTrancheRequest", description = "Why a tranche is cancelled before its payment")
public record CancelTrancheRequest(
        @Schema(description = "Why", example = "项目暂停，本期不再拨付", maxLength = 500, required = true) @NotBlank @Size(max = 500) String reason) {
}
