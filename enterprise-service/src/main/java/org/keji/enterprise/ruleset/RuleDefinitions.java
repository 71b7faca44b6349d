package org.keji.enterprise.ruleset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.keji.commons.problem.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads, writes and checks rule definitions. A definition that passes {@link #check} can be evaluated safely. */
public final class RuleDefinitions {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RuleDefinitions() {
    }

    public static RuleDefinition read(String json) {
        try {
            return JSON.readValue(json, RuleDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored rule definition cannot be read: " + json, e);
        }
    }

    public static String write(RuleDefinition definition) {
        try {
            return JSON.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rule definition cannot be written", e);
        }
    }

    /**
     * Everything wrong with one rule's definition, as violations under {@code path}.
     *
     * @param codes the codes of all rules of the set, for the rules a direct pass replaces
     * @param certificationTypes the known certification types, for HOLDS_CERTIFICATION's parameter
     */
    public static List<Problem.Violation> check(String path, String ownCode, RuleDefinition definition,
            Set<String> codes, Set<String> certificationTypes) {
        Checks checks = new Checks(path, certificationTypes);
        switch (definition) {
            case RuleDefinition.Threshold t -> checks.threshold(t);
            case RuleDefinition.Score s -> checks.score(s);
            case RuleDefinition.DirectPass d -> checks.directPass(d, ownCode, codes);
            case RuleDefinition.Manual m -> {
            }
        }
        return checks.violations;
    }

    private static final class Checks {

        private final String path;
        private final Set<String> certificationTypes;
        private final List<Problem.Violation> violations = new ArrayList<>();

        Checks(String path, Set<String> certificationTypes) {
            this.path = path;
            this.certificationTypes = certificationTypes;
        }

        void threshold(RuleDefinition.Threshold t) {
            required("metric", t.metric());
            required("operator", t.operator());
            parameter("parameter", t.metric(), t.parameter());
            boolean tiered = t.tiers() != null || t.tierMetric() != null;
            if (tiered == (t.value() != null)) {
                fail("value", "give either value, or tierMetric and tiers", null);
                return;
            }
            if (!tiered) {
                return;
            }
            required("tierMetric", t.tierMetric());
            if (t.tiers() == null || t.tiers().isEmpty()) {
                fail("tiers", "must list at least one tier", null);
                return;
            }
            BigDecimal previous = null;
            for (int i = 0; i < t.tiers().size(); i++) {
                RuleDefinition.Tier tier = t.tiers().get(i);
                String at = "tiers[" + i + "]";
                required(at + ".value", tier.value());
                boolean last = i == t.tiers().size() - 1;
                if (last != (tier.upTo() == null)) {
                    fail(at + ".upTo", "every tier but the last has an upTo; the last has none", tier.upTo());
                } else if (tier.upTo() != null && previous != null && tier.upTo().compareTo(previous) <= 0) {
                    fail(at + ".upTo", "must be above the previous tier's upTo", tier.upTo());
                }
                if (tier.upTo() != null) {
                    previous = tier.upTo();
                }
            }
        }

        void score(RuleDefinition.Score s) {
            if (s.items() == null || s.items().isEmpty()) {
                fail("items", "must list at least one item", null);
                return;
            }
            Set<String> itemCodes = new HashSet<>();
            int total = 0;
            for (int i = 0; i < s.items().size(); i++) {
                RuleDefinition.ScoreItem item = s.items().get(i);
                String at = "items[" + i + "]";
                if (item.code() == null || item.code().isBlank() || !itemCodes.add(item.code())) {
                    fail(at + ".code", "must be present and unique within the rule", item.code());
                }
                required(at + ".title", item.title());
                if (item.max() == null || item.max() < 1) {
                    fail(at + ".max", "must be 1 or more", item.max());
                    continue;
                }
                total += item.max();
                if (item.minimum() != null && (item.minimum() < 0 || item.minimum() > item.max())) {
                    fail(at + ".minimum", "must be between 0 and max", item.minimum());
                }
                boolean computed = item.alternatives() != null && !item.alternatives().isEmpty();
                if (item.isManual() == computed) {
                    fail(at + ".alternatives", "an item is either manual or computed from alternatives", null);
                    continue;
                }
                if (computed) {
                    for (int a = 0; a < item.alternatives().size(); a++) {
                        alternative(at + ".alternatives[" + a + "]", item.alternatives().get(a), item.max());
                    }
                }
            }
            if (s.minimum() == null || s.minimum() < 0 || s.minimum() > total) {
                fail("minimum", "must be between 0 and the sum of the items' max (" + total + ")", s.minimum());
            }
        }

        private void alternative(String at, RuleDefinition.Alternative alternative, int max) {
            required(at + ".metric", alternative.metric());
            parameter(at + ".parameter", alternative.metric(), alternative.parameter());
            if (alternative.bands() == null || alternative.bands().isEmpty()) {
                fail(at + ".bands", "must list at least one band", null);
                return;
            }
            BigDecimal previous = null;
            for (int b = 0; b < alternative.bands().size(); b++) {
                RuleDefinition.Band band = alternative.bands().get(b);
                String bandAt = at + ".bands[" + b + "]";
                if (band.from() == null) {
                    fail(bandAt + ".from", "must be present", null);
                    continue;
                }
                if (previous != null && band.from().compareTo(previous) >= 0) {
                    fail(bandAt + ".from", "bands go from the highest down", band.from());
                }
                previous = band.from();
                if (band.points() == null || band.points() < 0 || band.points() > max) {
                    fail(bandAt + ".points", "must be between 0 and the item's max (" + max + ")", band.points());
                }
            }
        }

        void directPass(RuleDefinition.DirectPass d, String ownCode, Set<String> codes) {
            required("metric", d.metric());
            required("operator", d.operator());
            required("value", d.value());
            parameter("parameter", d.metric(), d.parameter());
            if (d.replaces() == null || d.replaces().isEmpty()) {
                fail("replaces", "must name at least one rule", null);
                return;
            }
            for (String code : d.replaces()) {
                if (code == null || code.equals(ownCode) || !codes.contains(code)) {
                    fail("replaces", "must name other rules of this rule set", code);
                }
            }
        }

        private void parameter(String field, Metric metric, String parameter) {
            if (metric == null) {
                return;
            }
            if (metric.needsParameter() && (parameter == null || !certificationTypes.contains(parameter))) {
                fail(field, "must name a known certification type for " + metric, parameter);
            } else if (!metric.needsParameter() && parameter != null) {
                fail(field, metric + " takes no parameter", parameter);
            }
        }

        private void required(String field, Object value) {
            if (value == null) {
                fail(field, "must be present", null);
            }
        }

        private void fail(String field, String message, Object rejected) {
            violations.add(new Problem.Violation(path + "." + field, message,
                    rejected == null ? null : rejected.toString()));
        }
    }
}
