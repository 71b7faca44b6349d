package org.keji.ip.population.dto;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.ip.population.RegionalPopulation;

@Schema(name = "RegionalPopulation", description = "The resident population of a region in a year")
public record PopulationView(
        @Schema(title = "地区", description = "GB/T 2260 region", example = "350100") String region,
        @Schema(title = "年度", example = "2026") int year,
        @Schema(title = "常住人口（人）", description = "Resident population at the end of the year, persons", example = "8470000") long residents,
        @Schema(title = "数据来源", example = "福州市2026年国民经济和社会发展统计公报") String source,
        @Schema(title = "更新人", description = "Who entered the figure (token subject)") String updatedBy,
        @Schema(title = "更新时间") OffsetDateTime updatedAt,
        @Schema(title = "版本", description = "Version for If-Match or the `version` of a replacement", example = "0") long version) {

    public static PopulationView of(RegionalPopulation p) {
        return new PopulationView(p.region(), p.year(), p.residents(), p.source(), p.updatedBy(), p.updatedAt(),
                p.version());
    }
}
