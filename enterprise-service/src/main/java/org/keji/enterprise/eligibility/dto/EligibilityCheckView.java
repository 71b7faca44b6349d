package org.keji.enterprise.eligibility.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.eligibility.ConditionResult;
import org.keji.enterprise.eligibility.Facts;
import org.keji.enterprise.eligibility.Verdict;

@Schema(name = "EligibilityCheck", description = "An eligibility check as evaluated and kept: verdict, every condition with actual value, threshold, outcome and clause, and the facts read")
public record EligibilityCheckView(
        UUID id,
        @Schema(example = "91350100M000100Y43") String uscc,
        @Schema(example = "HNTE") String certificationType,
        @Schema(example = "2026") int year,
        @Schema(description = "Evaluation date", example = "2026-11-23") LocalDate asOf,
        RuleSetReference ruleSet,
        Verdict verdict,
        @Schema(description = "Every condition, in the order of the rule set") List<ConditionResult> conditions,
        @Schema(description = "What the rules read: the bureau's own data on the evaluation date") Facts facts,
        @Schema(description = "Who asked (token subject)") String checkedBy,
        OffsetDateTime checkedAt) {
}
