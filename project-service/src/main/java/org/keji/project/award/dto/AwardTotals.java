package org.keji.project.award.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AwardTotals", description = "Science and technology progress awards by year and grade (科技进步奖授奖统计)")
public record AwardTotals(
        @Schema(title = "年度", description = "The year asked for; absent = every year", example = "2026") Integer year,
        @Schema(title = "地区", description = "The region prefix asked for (GB/T 2260, 2, 4 or 6 digits); absent = every region in the caller's reach", example = "3501") String region,
        @Schema(title = "明细", description = "One row per year and grade with an award, by year and then grade, then the total row") List<AwardTotalsRow> rows) {
}
