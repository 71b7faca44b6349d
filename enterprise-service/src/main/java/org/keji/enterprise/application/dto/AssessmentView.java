package org.keji.enterprise.application.dto;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.eligibility.ConditionResult;
import org.keji.enterprise.eligibility.Verdict;

@Schema(name = "ApplicationAssessment", description = "The rules re-evaluated on the facts of the submission with the experts' average scores")
public record AssessmentView(
        @Schema(description = "Average of the experts' points per item, rounded half-up") Map<String, Integer> expertScores,
        Verdict verdict,
        List<ConditionResult> conditions) {
}
