package org.keji.enterprise.ruleset;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What a rule checks, by kind. Stored as JSON next to the rule's code, title and source clause.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "kind", visible = true)
@JsonSubTypes({
        @JsonSubTypes.Type(value = RuleDefinition.Threshold.class, name = "THRESHOLD"),
        @JsonSubTypes.Type(value = RuleDefinition.Score.class, name = "SCORE"),
        @JsonSubTypes.Type(value = RuleDefinition.DirectPass.class, name = "DIRECT_PASS"),
        @JsonSubTypes.Type(value = RuleDefinition.Manual.class, name = "MANUAL") })
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RuleDefinition", description = "What a rule checks; `kind` tells which fields apply", oneOf = {
        RuleDefinition.Threshold.class, RuleDefinition.Score.class, RuleDefinition.DirectPass.class,
        RuleDefinition.Manual.class }, discriminatorProperty = "kind", discriminatorMapping = {
                @DiscriminatorMapping(value = "THRESHOLD", schema = RuleDefinition.Threshold.class),
                @DiscriminatorMapping(value = "SCORE", schema = RuleDefinition.Score.class),
                @DiscriminatorMapping(value = "DIRECT_PASS", schema = RuleDefinition.DirectPass.class),
                @DiscriminatorMapping(value = "MANUAL", schema = RuleDefinition.Manual.class) })
public sealed interface RuleDefinition {

    /**
     * A computed figure compared with a threshold: either one {@code value}, or {@code tiers} chosen by another figure
     * (e.g. the R&D ratio required by last year's sales).
     */
    @Schema(name = "ThresholdRule", description = "A computed figure compared with a threshold (e.g. R&D staff ≥ 10 % of employees). "
            + "Give either `value`, or `tierMetric` and `tiers`: the first tier whose `upTo` (inclusive) is not below "
            + "the tier metric's value applies; the last tier has no `upTo`.")
    record Threshold(
            @Schema(enumeration = "THRESHOLD", required = true) String kind,
            @Schema(required = true) Metric metric,
            @Schema(description = "Only for HOLDS_CERTIFICATION: the certification type", example = "HNTE") String parameter,
            @Schema(required = true) Operator operator,
            @Schema(description = "The threshold; a ratio as a fraction (0.10 = 10 %)", example = "0.10") BigDecimal value,
            @Schema(description = "The figure that picks the tier", example = "SALES_REVENUE") Metric tierMetric,
            List<Tier> tiers) implements RuleDefinition {
    }

    @Schema(name = "ThresholdTier", description = "Applies while the tier metric is at most `upTo`")
    record Tier(
            @Schema(description = "Inclusive upper bound of the tier metric; absent on the last tier", example = "50000000.00") BigDecimal upTo,
            @Schema(description = "The threshold in this tier", example = "0.05", required = true) BigDecimal value) {
    }

    /** Points from banded items, some computed and some judged by experts, with a pass mark and sub-minimums. */
    @Schema(name = "ScoreRule", description = "A score out of the items' points; passes at `minimum` points when every item reaches its own `minimum`")
    record Score(
            @Schema(enumeration = "SCORE", required = true) String kind,
            @Schema(description = "Points needed to pass", example = "71", required = true) Integer minimum,
            @Schema(required = true) List<ScoreItem> items) implements RuleDefinition {
    }

    @Schema(name = "ScoreItem", description = "One scored item: judged by experts (`manual`) or computed as the best of its alternatives' banded points")
    record ScoreItem(
            @Schema(example = "STAFF", required = true) String code,
            @Schema(example = "科技人员指标", required = true) String title,
            @Schema(description = "Maximum points", example = "20", required = true) Integer max,
            @Schema(description = "Sub-minimum: fewer points fail the whole rule (1 means \"must not be 0\")", example = "1") Integer minimum,
            @Schema(description = "Scored by experts") Boolean manual,
            @Schema(description = "Computed scorings; the item takes the best") List<Alternative> alternatives) {

        public boolean isManual() {
            return Boolean.TRUE.equals(manual);
        }
    }

    @Schema(name = "ScoreAlternative", description = "A figure and its bands")
    record Alternative(
            @Schema(required = true) Metric metric,
            @Schema(description = "Only for HOLDS_CERTIFICATION") String parameter,
            @Schema(description = "Bands from the highest down; the first reached gives its points, none gives 0", required = true) List<Band> bands) {
    }

    @Schema(name = "ScoreBand", description = "Reached when the figure is at least `from` (more than `from` if `exclusive`)")
    record Band(
            @Schema(example = "0.30", required = true) BigDecimal from,
            @Schema(description = "The bound itself is not in the band") Boolean exclusive,
            @Schema(example = "20", required = true) Integer points) {

        public boolean isExclusive() {
            return Boolean.TRUE.equals(exclusive);
        }
    }

    /**
     * A condition that, when met, satisfies other rules outright (e.g. a valid HNTE certificate satisfies TECH_SME's
     * score).
     */
    @Schema(name = "DirectPassRule", description = "When the condition holds, the rules named in `replaces` count as passed")
    record DirectPass(
            @Schema(enumeration = "DIRECT_PASS", required = true) String kind,
            @Schema(required = true) Metric metric,
            @Schema(example = "HNTE") String parameter,
            @Schema(required = true) Operator operator,
            @Schema(example = "1", required = true) BigDecimal value,
            @Schema(description = "Codes of the rules it satisfies", required = true) List<String> replaces)
            implements
                RuleDefinition {
    }

    /** A condition only experts or officers can judge. */
    @Schema(name = "ManualRule", description = "Judged by experts or officers; an eligibility check flags it")
    record Manual(
            @Schema(enumeration = "MANUAL", required = true) String kind,
            @Schema(description = "What to judge", example = "专家判断核心技术所属的八大领域。") String guidance) implements RuleDefinition {
    }
}
