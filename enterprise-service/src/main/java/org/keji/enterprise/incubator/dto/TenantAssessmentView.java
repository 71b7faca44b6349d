package org.keji.enterprise.incubator.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.incubator.AssessmentGrade;
import org.keji.enterprise.incubator.TenantAssessment;

@Schema(name = "TenantAssessment", description = "A yearly assessment of a tenant (年度考核)")
public record TenantAssessmentView(
        @Schema(description = "Identifier", example = "5d1b7d7e-2d34-4c39-9b37-0d8f62f7f0a1") UUID id,
        @Schema(description = "The year assessed (考核年度)", example = "2024") int year,
        @Schema(description = "Grade: `EXCELLENT` 优秀, `QUALIFIED` 合格, `UNQUALIFIED` 不合格", example = "QUALIFIED") AssessmentGrade grade,
        @Schema(description = "Date of the assessment (考核日期)", example = "2025-01-15") LocalDate assessedOn,
        @Schema(description = "Remarks of the assessors (考核意见)", example = "研发投入达标，营收增长明显。") String remarks,
        @Schema(description = "When it was recorded") OffsetDateTime createdAt) {

    public static TenantAssessmentView of(TenantAssessment a) {
        return new TenantAssessmentView(a.id(), a.year(), a.grade(), a.assessedOn(), a.remarks(), a.createdAt());
    }
}
