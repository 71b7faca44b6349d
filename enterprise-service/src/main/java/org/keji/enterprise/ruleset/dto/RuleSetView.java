package org.keji.enterprise.ruleset.dto;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.ruleset.RuleSet;

@Schema(name = "RuleSet", description = "One version of the rules of a certification type for a region and year; never changed once created")
public record RuleSetView(
        UUID id,
        @Schema(example = "HNTE") String certificationType,
        @Schema(description = "Region it applies to; 000000 = national", example = "000000") String region,
        @Schema(description = "First year it applies to", example = "2016") int year,
        @Schema(description = "Version within type, region and year, from 1", example = "1") int version,
        @Schema(example = "高新技术企业认定条件（2016）") String name,
        @Schema(example = "国科发火〔2016〕32号 第十一条") String source,
        @Schema(description = "Who created it (token subject)") String createdBy,
        OffsetDateTime createdAt,
        List<RuleView> rules) {

    public static RuleSetView of(RuleSet set) {
        return new RuleSetView(set.id(), set.certificationType(), set.region(), set.year(), set.version(), set.name(),
                set.source(), set.createdBy(), set.createdAt(), set.rules().stream().map(RuleView::of).toList());
    }
}
