package org.keji.enterprise.eligibility;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.ruleset.Metric;
import org.keji.enterprise.ruleset.Operator;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The result of one rule: what was found, what was required, and the clause that requires it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ConditionResult", description = "One condition as evaluated")
public record ConditionResult(
        @Schema(example = "RD_EXPENSE_RATIO") String code,
        @Schema(example = "近三年研发费用占销售收入比例") String title,
        @Schema(description = "The clause of the source document") String clause,
        @Schema(description = "Kind of rule", enumeration = {
                "THRESHOLD", "SCORE", "DIRECT_PASS", "MANUAL" }) String kind,
        Outcome outcome,
        @Schema(description = "The figure tested (THRESHOLD, DIRECT_PASS)") Metric metric,
        @Schema(description = "Its actual value (ratios as fractions with 4 decimals, money with 2); absent when missing", example = "0.0500") String actual,
        Operator operator,
        @Schema(description = "The threshold applied (for tiers, the one chosen)", example = "0.05") String threshold,
        @Schema(description = "SCORE: points reached, counting expert scores when given", example = "64") Integer points,
        @Schema(description = "SCORE: points needed", example = "60") Integer minimum,
        @Schema(description = "SCORE: points possible", example = "100") Integer maximum,
        @Schema(description = "SCORE: every item") List<ItemResult> items,
        @Schema(description = "The direct-pass rule that satisfied this one, if any", example = "DIRECT_PASS_HNTE") String satisfiedBy,
        @Schema(description = "What was used or what is missing", example = "sum over sum of 2023–2025: 2500000.00 / 50000000.00") String note){

    /**
     * The code, the title and what was found against what is required, in one line for a person in either language,
     * e.g. {@code INNOVATION_SCORE 企业创新能力评价70分以上 [70/100, ≥ 71]}.
     */
    public String summary() {
        String found;
        if (points != null) {
            found = points + "/" + maximum + ", ≥ " + minimum;
        } else if (actual != null && operator != null && threshold != null) {
            found = actual + ", " + operator.symbol() + " " + threshold;
        } else {
            found = note;
        }
        return code + " " + title + " [" + found + "]";
    }

    ConditionResult satisfiedBy(String directPass) {
        return new ConditionResult(code, title, clause, kind, Outcome.PASS, metric, actual, operator, threshold, points,
                minimum, maximum, items, directPass, note);
    }
}
