package org.keji.enterprise.ruleset;

/** One rule as the engine evaluates it: its code, title, source clause and definition. */
public record RuleSpec(String code, String title, String clause, RuleDefinition definition) {
}
