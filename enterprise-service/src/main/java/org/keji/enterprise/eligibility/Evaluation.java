package org.keji.enterprise.eligibility;

import java.util.List;

/** The verdict of a rule set on some facts, with the result of every rule in the order of the rule set. */
public record Evaluation(Verdict verdict, List<ConditionResult> results) {

    public Evaluation {
        results = List.copyOf(results);
    }

    static Verdict verdictOf(List<ConditionResult> results) {
        if (results.stream().anyMatch(r -> r.outcome() == Outcome.FAIL)) {
            return Verdict.NOT_ELIGIBLE;
        }
        if (results.stream().anyMatch(r -> r.outcome() == Outcome.MISSING_DATA)) {
            return Verdict.INCOMPLETE;
        }
        if (results.stream().anyMatch(r -> r.outcome() == Outcome.MANUAL)) {
            return Verdict.NEEDS_REVIEW;
        }
        return Verdict.ELIGIBLE;
    }
}
