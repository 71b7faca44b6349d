package org.keji.project.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectDecisionReason", description = "The reason of a decision, kept on the record and in the audit trail")
public record ReasonRequest(
        @Schema(description = "Reason (理由)", example = "申报单位注册时间不满一年，不符合申报条件", required = true) @NotBlank @Size(max = 1000) String reason) {
}
