package org.keji.enterprise.certification.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StartRecheckRequest", description = "Starts a re-check (复核) of an active certificate")
public record StartRecheckRequest(
        @Schema(description = "Why the holder may no longer meet the conditions", example = "举报研发费用归集不实", maxLength = 2000, required = true) @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "The version this action is based on, as last read (stale → 409 VERSION_CONFLICT); required unless If-Match is sent", example = "0") @PositiveOrZero Long version) {
}
