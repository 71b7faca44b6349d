package org.keji.project.application.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectAcceptance", description = "Formal review passed (受理), possibly with materials accepted as missing (容缺受理)")
public record AcceptProjectRequest(
        @Schema(description = "Required material kinds accepted as missing; each must be one the call lets be missing at acceptance. Every required kind absent must be listed.", example = "[\"TAX_CERTIFICATE\"]") @Size(max = 30) List<@NotBlank @Size(max = 60) String> acceptedMissing) {
}
