package org.keji.enterprise.eligibility;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.keji.enterprise.ruleset.RuleSetRepository;
import org.keji.enterprise.ruleset.RuleSpec;

/** The rule sets the migration seeds, evaluated directly with the engine. */
final class SeededRules {

    static final UUID HNTE = UUID.fromString("6a1f0c2e-0000-4000-8000-000000000001");
    /** Version 2 of the national 2022 TECH_SME rules (V12), in force: version 1 and 科研严重失信. */
    static final UUID TECH_SME = UUID.fromString("6a1f0c2e-0000-4000-8000-000000000004");
    static final UUID TECH_GIANT = UUID.fromString("6a1f0c2e-0000-4000-8000-000000000003");

    private SeededRules() {
    }

    static List<RuleSpec> specs(RuleSetRepository ruleSets, UUID id) {
        return ruleSets.findById(id).specs();
    }

    static Evaluation evaluate(RuleSetRepository ruleSets, UUID id, FactsBuilder facts) {
        return RuleEngine.evaluate(specs(ruleSets, id), facts.build(), Map.of());
    }

    static ConditionResult condition(Evaluation evaluation, String code) {
        return evaluation.results().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no condition " + code));
    }
}
