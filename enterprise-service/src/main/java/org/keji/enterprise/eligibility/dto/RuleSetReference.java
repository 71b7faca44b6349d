package org.keji.enterprise.eligibility.dto;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.ruleset.RuleSet;

@Schema(name = "RuleSetReference", description = "The rule set a check used")
public record RuleSetReference(
        UUID id,
        @Schema(example = "高新技术企业认定条件（2016）") String name,
        @Schema(example = "000000") String region,
        @Schema(example = "2016") int year,
        @Schema(example = "1") int version) {

    public static RuleSetReference of(RuleSet set) {
        return new RuleSetReference(set.id(), set.name(), set.region(), set.year(), set.version());
    }
}
