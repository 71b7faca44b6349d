package org.keji.project.evaluation.dto;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.project.evaluation.EvaluationGrade;
import org.keji.project.evaluation.EvaluationStatus;
import org.keji.project.evaluation.ProjectEvaluation;

@Schema(name = "ProjectEvaluation", description = "The performance evaluation of a project (项目绩效评价)")
public record EvaluationView(
        @Schema(title = "评价编号", description = "Evaluation id", example = "0b6f6c1e-5d8a-4b7e-9b59-2f0e5d1c3a41") UUID id,
        @Schema(title = "项目编号", description = "The project (application id)", example = "4f1b7c7e-3b2a-4c59-9d5e-1f2a3b4c5d6e") UUID projectId,
        @Schema(title = "承担单位信用代码", description = "The undertaker's unified social credit code", example = "91350100M000100Y43") String uscc,
        @Schema(title = "行政区划代码", description = "The undertaker's region (GB/T 2260)", example = "350100") String region,
        @Schema(title = "申报指南编号", description = "The call the project was funded under", example = "9c8d7e6f-1a2b-4c3d-8e9f-0a1b2c3d4e5f") UUID callId,
        @Schema(title = "成果与经费", description = "The outcome report") OutcomeReport report,
        @Schema(title = "状态", description = "DRAFT until an officer confirms it") EvaluationStatus status,
        @Schema(title = "评价等级", description = "The grade, once confirmed") EvaluationGrade grade,
        @Schema(title = "评价意见", description = "The officer's comment, once confirmed", example = "目标完成良好。") String comment,
        @Schema(title = "确认人", description = "Who confirmed it", example = "officer-fz") String confirmedBy,
        @Schema(title = "确认时间", description = "When it was confirmed", example = "2026-11-30T10:15:30+08:00") OffsetDateTime confirmedAt,
        @Schema(title = "填报人", description = "Who created it", example = "applicant-91350100M000100Y43") String createdBy,
        @Schema(title = "已核实", description = "The report was last entered by an officer or an integration client: the undertaker can no longer replace it (409 PROJECT_EVALUATION_VERIFIED)", example = "false") boolean verified,
        @Schema(title = "创建时间", description = "When it was created", example = "2026-11-28T09:00:00+08:00") OffsetDateTime createdAt,
        @Schema(title = "更新时间", description = "Last change", example = "2026-11-29T16:20:00+08:00") OffsetDateTime updatedAt,
        @Schema(title = "版本", description = "Version for optimistic concurrency (also the ETag)", example = "1") long version) {

    public static EvaluationView of(ProjectEvaluation e) {
        return new EvaluationView(e.id(), e.applicationId(), e.uscc(), e.region(), e.callId(), e.report(), e.status(),
                e.grade(), e.comment(), e.confirmedBy(), e.confirmedAt(), e.createdBy(), e.verified(), e.createdAt(),
                e.updatedAt(),
                e.version());
    }
}
