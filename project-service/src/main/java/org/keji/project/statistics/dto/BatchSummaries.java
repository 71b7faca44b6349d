package org.keji.project.statistics.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.project.call.CallCategory;
import org.keji.project.call.CallLevel;

@Schema(name = "ProjectBatchSummaries", description = "Funded projects and grants per call batch (批次立项汇总)")
public record BatchSummaries(
        @Schema(title = "年度", description = "The call year filtered on, if any", example = "2026") Integer year,
        @Schema(title = "级别", description = "The call level filtered on, if any") CallLevel level,
        @Schema(title = "类别", description = "The call category filtered on, if any") CallCategory category,
        @Schema(title = "区划", description = "The region prefix filtered on, if any", example = "3501") String region,
        @Schema(title = "明细", description = "One row per call with a funded project (latest year first, then batch and code), then the total row") List<BatchSummaryRow> rows) {
}
