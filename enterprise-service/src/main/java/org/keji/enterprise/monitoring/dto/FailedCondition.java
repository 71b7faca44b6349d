package org.keji.enterprise.monitoring.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.eligibility.ConditionResult;
import org.keji.enterprise.ruleset.Metric;
import org.keji.enterprise.ruleset.Operator;

@Schema(name = "FailedCondition", description = "A hard condition (a THRESHOLD rule of the rules in force) the holder's latest yearly figures fail")
public record FailedCondition(
        @Schema(description = "Rule code", example = "RD_STAFF_RATIO") String code,
        @Schema(description = "Rule title", example = "科技人员占比不低于10%") String title,
        @Schema(description = "The clause of the source document", example = "第十一条（四）企业从事研发和相关技术创新活动的科技人员占企业当年职工总数的比例不低于10%。") String clause,
        @Schema(description = "The figure tested") Metric metric,
        @Schema(description = "Its actual value (ratios as fractions with 4 decimals, money with 2)", example = "0.0417") String actual,
        @Schema(description = "How it is compared with the threshold") Operator operator,
        @Schema(description = "The threshold applied (for tiers, the one chosen)", example = "0.10") String threshold,
        @Schema(description = "What was used", example = "RD staff 5 / employees 120 in 2025") String note) {

    public static FailedCondition of(ConditionResult result) {
        return new FailedCondition(result.code(), result.title(), result.clause(), result.metric(), result.actual(),
                result.operator(), result.threshold(), result.note());
    }
}
