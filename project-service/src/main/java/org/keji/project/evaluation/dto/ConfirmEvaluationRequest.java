package org.keji.project.evaluation.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.project.evaluation.EvaluationGrade;

@Schema(name = "ConfirmEvaluationRequest", description = "The officer's grade of the performance evaluation (绩效评价结论)")
public record ConfirmEvaluationRequest(
        @Schema(description = "The grade", example = "GOOD", required = true) @NotNull EvaluationGrade grade,
        @Schema(description = "The officer's comment", example = "销售收入与就业目标均已完成，经费到位率偏低。", maxLength = 1000) @Size(max = 1000) String comment,
        @Schema(description = "The evaluation's version as read (optional); a stale version answers 409 VERSION_CONFLICT", example = "1") @PositiveOrZero Long version) {
}
