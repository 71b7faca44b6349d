package org.keji.enterprise.eligibility.dto;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.ruleset.RuleSet;

@Schema(name = "RuleSetReference", description = "The rule set a check used")
public record RuleSetReference(
        @Schema(title = "标识") UUID id,
        @Schema(title = "名称", example = "高新技术企业认定条件（2016）") String name,
        @Schema(title = "行政区划代码", example = "000000") String region,
        @Schema(title = "年度", example = "2016") int year,
        @Schema(title = "版本", example = "1") int version) {

    public static RuleSetReference of(RuleSet set) {
        return new RuleSetReference(set.id(), set.name(), set.region(), set.year(), set.version());
    }
}
