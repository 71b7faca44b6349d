package org.keji.enterprise.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.keji.enterprise.ruleset.Metric;
import org.keji.enterprise.ruleset.Operator;
import org.keji.enterprise.ruleset.RuleDefinition;
import org.keji.enterprise.ruleset.RuleSpec;

/**
 * Evaluates the rules of a rule set on the facts of one enterprise. Pure: the same rules and facts always give the
 * same evaluation, which is what makes a stored check reproducible.
 */
public final class RuleEngine {

    private RuleEngine() {
    }

    /**
     * @param manualScores points given by experts to manual score items, by item code; items without a score stay
     *        MANUAL
     */
    public static Evaluation evaluate(List<RuleSpec> rules, Facts facts, Map<String, Integer> manualScores) {
        Map<String, ConditionResult> results = new LinkedHashMap<>();
        for (RuleSpec rule : rules) {
            results.put(rule.code(), switch (rule.definition()) {
                case RuleDefinition.Threshold t -> threshold(rule, t, facts);
                case RuleDefinition.Score s -> score(rule, s, facts, manualScores);
                case RuleDefinition.DirectPass d -> directPass(rule, d, facts);
                case RuleDefinition.Manual m -> new ConditionResult(rule.code(), rule.title(), rule.clause(), "MANUAL",
                        Outcome.MANUAL, null, null, null, null, null, null, null, null, null, m.guidance());
            });
        }
        for (RuleSpec rule : rules) {
            if (rule.definition() instanceof RuleDefinition.DirectPass d
                    && results.get(rule.code()).outcome() == Outcome.PASS) {
                for (String replaced : d.replaces()) {
                    results.computeIfPresent(replaced, (code, result) -> result.satisfiedBy(rule.code()));
                }
            }
        }
        List<ConditionResult> ordered = new ArrayList<>(results.values());
        return new Evaluation(Evaluation.verdictOf(ordered), ordered);
    }

    private static ConditionResult threshold(RuleSpec rule, RuleDefinition.Threshold t, Facts facts) {
        MetricValue value = Metrics.compute(t.metric(), t.parameter(), facts);
        BigDecimal threshold = t.value();
        String note = value.note();
        if (threshold == null) {
            MetricValue tierValue = Metrics.compute(t.tierMetric(), null, facts);
            if (!tierValue.known()) {
                return thresholdResult(rule, t, Outcome.MISSING_DATA, value, null,
                        "tier by " + t.tierMetric() + ": " + tierValue.note());
            }
            RuleDefinition.Tier tier = t.tiers().stream()
                    .filter(candidate -> candidate.upTo() == null || tierValue.value().compareTo(candidate.upTo()) <= 0)
                    .findFirst().orElseThrow();
            threshold = tier.value();
            note = note + "; tier by " + t.tierMetric() + " " + format(t.tierMetric(), tierValue.value())
                    + (tier.upTo() == null ? " (top tier)" : " ≤ " + tier.upTo().toPlainString());
        }
        Outcome outcome = compare(value, t.operator(), threshold);
        return thresholdResult(rule, t, outcome, value, threshold, note);
    }

    private static ConditionResult thresholdResult(RuleSpec rule, RuleDefinition.Threshold t, Outcome outcome,
            MetricValue value, BigDecimal threshold, String note) {
        return new ConditionResult(rule.code(), rule.title(), rule.clause(), "THRESHOLD", outcome, t.metric(),
                value.known() ? format(t.metric(), value.value()) : null, t.operator(),
                threshold == null ? null : threshold.toPlainString(), null, null, null, null, null, note);
    }

    private static ConditionResult directPass(RuleSpec rule, RuleDefinition.DirectPass d, Facts facts) {
        MetricValue value = Metrics.compute(d.metric(), d.parameter(), facts);
        Outcome outcome = compare(value, d.operator(), d.value()) == Outcome.PASS ? Outcome.PASS
                : Outcome.NOT_APPLICABLE;
        return new ConditionResult(rule.code(), rule.title(), rule.clause(), "DIRECT_PASS", outcome, d.metric(),
                value.known() ? format(d.metric(), value.value()) : null, d.operator(), d.value().toPlainString(), null,
                null, null, null, null, value.note() + "; satisfies " + d.replaces());
    }

    /** Missing data → MISSING_DATA; a figure that has no meaning (ratio to zero) → FAIL; else the comparison. */
    private static Outcome compare(MetricValue value, Operator operator, BigDecimal threshold) {
        if (value.missing()) {
            return Outcome.MISSING_DATA;
        }
        if (!value.known()) {
            return Outcome.FAIL;
        }
        return operator.holds(value.value().compareTo(threshold)) ? Outcome.PASS : Outcome.FAIL;
    }

    private static ConditionResult score(RuleSpec rule, RuleDefinition.Score s, Facts facts,
            Map<String, Integer> manualScores) {
        List<ItemResult> items = new ArrayList<>();
        int known = 0;
        int pending = 0;
        boolean missing = false;
        boolean subMinimumFailed = false;
        int maximum = 0;
        for (RuleDefinition.ScoreItem item : s.items()) {
            maximum += item.max();
            ItemResult result = item.isManual() ? manualItem(item, manualScores.get(item.code()))
                    : computedItem(item, facts);
            items.add(result);
            if (result.points() != null) {
                known += result.points();
                subMinimumFailed |= result.outcome() == Outcome.FAIL;
            } else {
                pending += item.max();
                missing |= result.outcome() == Outcome.MISSING_DATA;
            }
        }
        Outcome outcome;
        String note;
        if (subMinimumFailed) {
            outcome = Outcome.FAIL;
            note = "an item is below its minimum";
        } else if (known >= s.minimum()) {
            outcome = Outcome.PASS;
            note = known + " points reached";
        } else if (known + pending < s.minimum()) {
            outcome = Outcome.FAIL;
            note = "at most " + (known + pending) + " points reachable";
        } else {
            outcome = missing ? Outcome.MISSING_DATA : Outcome.MANUAL;
            note = known + " points computed; " + (s.minimum() - known) + " more needed from "
                    + (missing ? "items with missing data" : "expert scoring");
        }
        return new ConditionResult(rule.code(), rule.title(), rule.clause(), "SCORE", outcome, null, null, null, null,
                known, s.minimum(), maximum, items, null, note);
    }

    private static ItemResult manualItem(RuleDefinition.ScoreItem item, Integer given) {
        if (given == null) {
            return new ItemResult(item.code(), item.title(), Outcome.MANUAL, null, item.max(), item.minimum(), null,
                    null, "scored by experts");
        }
        return new ItemResult(item.code(), item.title(), subMinimum(item, given), given, item.max(), item.minimum(),
                null, null, "scored by experts");
    }

    /** The best points over the item's alternatives; MISSING_DATA only when no alternative can be computed. */
    private static ItemResult computedItem(RuleDefinition.ScoreItem item, Facts facts) {
        Integer best = null;
        Metric bestMetric = null;
        String bestActual = null;
        List<String> notes = new ArrayList<>();
        for (RuleDefinition.Alternative alternative : item.alternatives()) {
            MetricValue value = Metrics.compute(alternative.metric(), alternative.parameter(), facts);
            notes.add(alternative.metric() + ": " + value.note());
            if (value.missing()) {
                continue;
            }
            int points = value.known() ? points(alternative.bands(), value.value()) : 0;
            if (best == null || points > best) {
                best = points;
                bestMetric = alternative.metric();
                bestActual = value.known() ? format(alternative.metric(), value.value()) : null;
            }
        }
        String note = String.join("; ", notes);
        if (best == null) {
            return new ItemResult(item.code(), item.title(), Outcome.MISSING_DATA, null, item.max(), item.minimum(),
                    null, null, note);
        }
        return new ItemResult(item.code(), item.title(), subMinimum(item, best), best, item.max(), item.minimum(),
                bestMetric, bestActual, note);
    }

    private static Outcome subMinimum(RuleDefinition.ScoreItem item, int points) {
        return item.minimum() != null && points < item.minimum() ? Outcome.FAIL : Outcome.PASS;
    }

    private static int points(List<RuleDefinition.Band> bands, Ratio value) {
        for (RuleDefinition.Band band : bands) {
            int comparison = value.compareTo(band.from());
            if (band.isExclusive() ? comparison > 0 : comparison >= 0) {
                return band.points();
            }
        }
        return 0;
    }

    private static String format(Metric metric, Ratio value) {
        int scale = switch (metric.unit()) {
            case RATIO -> 4;
            case MONEY -> 2;
            case COUNT, DAYS -> 0;
        };
        return value.rounded(scale).toPlainString();
    }
}
