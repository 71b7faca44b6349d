package org.keji.project.grant.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;

@Schema(name = "ProposeGrantRequest", description = "The grant an officer proposes (maker); another officer confirms it")
public record ProposeGrantRequest(
        @Schema(type = SchemaType.STRING, description = "Grant in yuan: more than zero, at most the call's maximum grant and the amount requested", example = "800000.00", required = true) @NotNull Money amount,
        @Schema(description = "Why this amount (立项意见)", example = "专家评审第2名，公示无异议，按申请额的80%资助", maxLength = 1000, required = true) @NotBlank @Size(max = 1000) String reason) {
}
