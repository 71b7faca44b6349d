package org.keji.project.application.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.project.application.MidTermResult;

@Schema(name = "MidTermCheckRecord", description = "The result of a mid-term check (中期检查)")
public record MidTermCheckRequest(
        @Schema(description = "Result", required = true) @NotNull MidTermResult result,
        @Schema(description = "For RECTIFICATION: the day it is due, after today", example = "2027-06-30") LocalDate rectificationDueOn,
        @Schema(description = "Findings (检查意见); required for SUSPENSION and TERMINATION", example = "项目进度滞后，关键设备未按期采购") @Size(max = 1000) String remarks) {
}
