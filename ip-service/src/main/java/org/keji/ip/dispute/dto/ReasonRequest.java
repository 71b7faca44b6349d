package org.keji.ip.dispute.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DisputeReasonRequest", description = "Why the request is not accepted, or why the mediation failed")
public record ReasonRequest(
        @Schema(description = "The reason", example = "请求人已就同一专利纠纷向人民法院起诉，不符合受理条件。", maxLength = 2000, required = true) @NotBlank @Size(max = 2000) String reason) {
}
