package org.keji.ip.inspection.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordFollowUpRequest", description = "The follow-up outcome, against the version of the inspection it was read at")
public record RecordFollowUpRequest(
        @Schema(description = "The inspection's version as read; required unless If-Match is sent. A stale version answers 409 VERSION_CONFLICT", example = "0") Long version,
        @Schema(description = "The follow-up, replacing the one recorded before", required = true) @Valid @NotNull FollowUpInput followUp) {
}
