package org.keji.ip.patent.dto;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.problem.Problem;

@Schema(name = "PatentImportItemResult", description = "What became of one item of an import")
public record ImportItemResult(
        @Schema(title = "序号", description = "Position of the item in the request, from 0", example = "0") int index,
        @Schema(title = "申请号", description = "The canonical number when it was valid, else as sent", example = "202310123456.6") String applicationNumber,
        @Schema(title = "结果") ImportOutcome outcome,
        @Schema(title = "专利标识", description = "The patent created, or the one already registered under the number; null when INVALID") UUID patentId,
        @Schema(title = "问题", description = "Why an INVALID item was refused, per field (`items[i].` is left off)") List<Problem.Violation> violations) {
}
