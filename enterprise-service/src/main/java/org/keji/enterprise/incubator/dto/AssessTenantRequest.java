package org.keji.enterprise.incubator.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.incubator.AssessmentGrade;

@Schema(name = "AssessTenantRequest", description = "The yearly assessment of a tenant (年度考核); one per tenant and year")
public record AssessTenantRequest(
        @Schema(description = "The year assessed (考核年度)", example = "2024", minimum = "1990", maximum = "2100", required = true) @NotNull @Min(1990) @Max(2100) Integer year,
        @Schema(description = "Grade: `EXCELLENT` 优秀, `QUALIFIED` 合格, `UNQUALIFIED` 不合格 (sets the move-out deadline)", example = "QUALIFIED", required = true) @NotNull AssessmentGrade grade,
        @Schema(description = "Date of the assessment (考核日期); not before the tenant moved in", example = "2025-01-15", required = true) @NotNull @PastOrPresent LocalDate assessedOn,
        @Schema(description = "Remarks of the assessors (考核意见)", example = "研发投入达标，营收增长明显。", maxLength = 1000) @Size(max = 1000) String remarks) {
}
