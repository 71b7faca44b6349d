package org.keji.enterprise.ruleset.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.ruleset.Rule;
import org.keji.enterprise.ruleset.RuleDefinition;
import org.keji.enterprise.ruleset.RuleDefinitions;

@Schema(name = "Rule", description = "One rule of a rule set")
public record RuleView(
        @Schema(description = "Position in the rule set, from 1", example = "4") int position,
        @Schema(example = "RD_STAFF_RATIO") String code,
        @Schema(example = "科技人员占比不低于10%") String title,
        @Schema(description = "The clause of the source document") String clause,
        RuleDefinition definition) {

    public static RuleView of(Rule rule) {
        return new RuleView(rule.position(), rule.code(), rule.title(), rule.clause(),
                RuleDefinitions.read(rule.definitionJson()));
    }
}
