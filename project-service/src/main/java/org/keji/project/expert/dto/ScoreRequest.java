package org.keji.project.expert.dto;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExpertScoreRequest", description = "The expert's scores, one per criterion of the call category, each 0–100")
public record ScoreRequest(
        @Schema(description = "One score for each criterion of the call's category, none twice", required = true) @NotEmpty @Size(max = 20) List<@Valid @NotNull CriterionScore> scores,
        @Schema(description = "The expert's opinion (评审意见)", example = "技术路线清晰，产业化前景较好。", maxLength = 2000) @Size(max = 2000) String comment) {

    @Schema(name = "ExpertCriterionScore", description = "A score on one criterion")
    public record CriterionScore(
            @Schema(description = "Criterion code", example = "INNOVATION", required = true) @NotBlank @Size(max = 40) String criterion,
            @Schema(description = "Score 0–100, at most two decimals (a JSON string or number)", example = "86.5", required = true) @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal score) {
    }
}
