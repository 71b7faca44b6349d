package org.keji.ip.statistics.dto;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.ip.statistics.RegionLevel;

@Schema(name = "InventionDensity", description = "Valid invention patents per 10 000 residents of each region at a level, and of the region asked for as a whole")
public record InventionDensity(
        @Schema(title = "年度", description = "The year: patents in force on its 31 December, population of the year", example = "2025") int year,
        @Schema(title = "统计日", description = "The day the patents are counted in force: 31 December of the year", example = "2025-12-31") LocalDate asOf,
        @Schema(title = "区域", description = "The region asked for, as a six-digit code (000000 = the whole country, or an officer's region)", example = "350000") String region,
        @Schema(title = "区划层级", description = "The level of the rows") RegionLevel level,
        @Schema(title = "明细", description = "One row per region at the level having a valid invention or a population figure, by code, then the total row of `region`") List<InventionDensityRow> rows) {
}
