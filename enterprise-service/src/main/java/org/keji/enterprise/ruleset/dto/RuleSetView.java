package org.keji.enterprise.ruleset.dto;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.ruleset.RuleSet;

@Schema(name = "RuleSet", description = "One version of the rules of a certification type for a region and year; never changed once created")
public record RuleSetView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "认定类型", example = "HNTE") String certificationType,
        @Schema(title = "行政区划代码", description = "Region it applies to; 000000 = national", example = "000000") String region,
        @Schema(title = "适用年度", description = "First year it applies to", example = "2016") int year,
        @Schema(title = "版本", description = "Version within type, region and year, from 1", example = "1") int version,
        @Schema(title = "名称", example = "高新技术企业认定条件（2016）") String name,
        @Schema(title = "依据文件", example = "国科发火〔2016〕32号 第十一条") String source,
        @Schema(title = "创建人", description = "Who created it (token subject)") String createdBy,
        @Schema(title = "创建时间") OffsetDateTime createdAt,
        @Schema(title = "规则") List<RuleView> rules) {

    public static RuleSetView of(RuleSet set) {
        return new RuleSetView(set.id(), set.certificationType(), set.region(), set.year(), set.version(), set.name(),
                set.source(), set.createdBy(), set.createdAt(), set.rules().stream().map(RuleView::of).toList());
    }
}
