package org.keji.project.expert.dto;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DrawExpertsRequest", description = "Draw the call's number of experts for an application in expert "
        + "review, or with `replace` one expert in place of an assignment declined for a conflict")
public record DrawRequest(
        @Schema(description = "The application (in EXPERT_REVIEW)", example = "0b6c3f9e-7a51-4c1e-9d8e-0f3a2b1c4d5e", required = true) @NotNull UUID applicationId,
        @Schema(description = "Seed of the drawing, a signed 64-bit integer as a decimal string; a random one when left out. "
                + "The same seed over the same pool draws the same experts", example = "-4962768465676381896") @Pattern(regexp = "-?\\d{1,19}") String seed,
        @Schema(description = "A DECLINED assignment of this application to replace by one newly drawn expert", example = "5f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b") UUID replace) {
}
