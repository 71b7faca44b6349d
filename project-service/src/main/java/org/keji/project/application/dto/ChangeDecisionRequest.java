package org.keji.project.application.dto;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectChangeDecision", description = "An officer's decision on a change request")
public record ChangeDecisionRequest(
        @Schema(description = "The officer's opinion (审核意见)", example = "同意延期至2029年8月31日") @Size(max = 1000) String reason) {
}
