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
        @Schema(title = "标识") UUID id,
        @Schema(title = "统一社会信用代码", example = "91350100M000100Y43") String uscc,
        @Schema(title = "认定类型", example = "HNTE") String certificationType,
        @Schema(title = "年度", example = "2026") int year,
        @Schema(title = "测评基准日", description = "Evaluation date", example = "2026-11-23") LocalDate asOf,
        @Schema(title = "规则集") RuleSetReference ruleSet,
        @Schema(title = "结论") Verdict verdict,
        @Schema(title = "条件结果", description = "Every condition, in the order of the rule set") List<ConditionResult> conditions,
        @Schema(title = "企业数据", description = "What the rules read: the bureau's own data on the evaluation date") Facts facts,
        @Schema(title = "测评人", description = "Who asked (token subject)") String checkedBy,
        @Schema(title = "测评时间") OffsetDateTime checkedAt) {
}
