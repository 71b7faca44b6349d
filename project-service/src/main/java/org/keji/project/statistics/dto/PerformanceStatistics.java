package org.keji.project.statistics.dto;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.project.call.CallCategory;
import org.keji.project.call.CallLevel;

@Schema(name = "ProjectPerformanceStatistics", description = "Performance statistics of the funded projects (项目绩效统计) for the filters given")
public record PerformanceStatistics(
        @Schema(title = "年度", description = "The call year filtered on, if any", example = "2026") Integer year,
        @Schema(title = "批次", description = "The batch filtered on, if any", example = "1") Integer batch,
        @Schema(title = "申报指南", description = "The call filtered on, if any") UUID callId,
        @Schema(title = "级别", description = "The call level filtered on, if any") CallLevel level,
        @Schema(title = "类别", description = "The call category filtered on, if any") CallCategory category,
        @Schema(title = "区划", description = "The region prefix filtered on, if any", example = "3501") String region,
        @Schema(title = "明细", description = "Every industry, then every undertaker type, then every technology source (each in the order of its enumeration, groups without projects included with zeros), then the TOTAL row") List<PerformanceRow> rows) {
}
