package org.keji.project.statistics.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.export.NotExported;

@Schema(name = "ProjectBatchProjects", description = "The funded projects of one call batch, one page of them, with the batch's totals (in an export: every project, each row with the totals)")
public record BatchProjects(
        @Schema(title = "批次", description = "The batch and its totals over every funded project in the caller's reach") BatchSummaryRow batch,
        @Schema(title = "项目", description = "The projects of this page") List<BatchProjectRow> items,
        @Schema(description = "Page index, from 0", example = "0") @NotExported int page,
        @Schema(description = "Page size", example = "20") @NotExported int size,
        @Schema(description = "Projects over all pages", example = "1001") @NotExported long total) {
}
