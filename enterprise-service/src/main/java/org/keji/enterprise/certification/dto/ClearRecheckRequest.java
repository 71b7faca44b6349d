package org.keji.enterprise.certification.dto;

import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClearRecheckRequest", description = "Ends a re-check without revocation (复核通过)")
public record ClearRecheckRequest(
        @Schema(description = "The version this action is based on, as last read (stale → 409 VERSION_CONFLICT); required unless If-Match is sent", example = "1") @PositiveOrZero Long version) {
}
