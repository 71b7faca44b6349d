package org.keji.ip.pledge.dto;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.event.pledge.PledgeReleaseReason;

@Schema(name = "ReleasePledgeRequest", description = "Why the registered pledge is released (质押登记注销)")
public record ReleasePledgeRequest(
        @Schema(description = "Why the pledge is released", example = "SETTLED", required = true) @NotNull PledgeReleaseReason reason) {
}
