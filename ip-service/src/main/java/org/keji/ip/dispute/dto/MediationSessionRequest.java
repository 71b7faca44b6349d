package org.keji.ip.dispute.dto;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MediationSessionRequest", description = "A mediation session held (调解会)")
public record MediationSessionRequest(
        @Schema(description = "The day it was held", example = "2026-03-10", required = true) @NotNull @PastOrPresent LocalDate heldOn,
        @Schema(description = "Where", example = "福州市知识产权局调解室", maxLength = 200, required = true) @NotBlank @Size(max = 200) String place,
        @Schema(description = "Who mediated", example = "林调解员", maxLength = 100, required = true) @NotBlank @Size(max = 100) String mediator,
        @Schema(description = "Who attended, 1 to 30", example = "[\"请求人代理人 王律师\", \"被请求人 法定代表人 陈某\"]", required = true) @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 100) String> attendees,
        @Schema(description = "What came of it", example = "双方就赔偿金额初步达成一致，约定下次调解确认协议文本。", maxLength = 4000, required = true) @NotBlank @Size(max = 4000) String summary) {
}
