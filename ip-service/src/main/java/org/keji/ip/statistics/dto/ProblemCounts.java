package org.keji.ip.statistics.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The problems of a group by {@code ProblemType}. */
@Schema(name = "ProblemCounts", description = "Problems found by type")
public record ProblemCounts(
        @Schema(title = "假冒专利标识", description = "COUNTERFEIT_PATENT_MARKING", example = "3", minimum = "0") long counterfeitPatentMarking,
        @Schema(title = "标注已失效专利", description = "MARKING_LAPSED_PATENT", example = "2", minimum = "0") long markingLapsedPatent,
        @Schema(title = "将专利申请标注为专利", description = "MARKING_APPLICATION_AS_PATENT", example = "1", minimum = "0") long markingApplicationAsPatent,
        @Schema(title = "专利标识标注不规范", description = "NONSTANDARD_MARKING", example = "2", minimum = "0") long nonstandardMarking,
        @Schema(title = "涉嫌侵权", description = "SUSPECTED_INFRINGEMENT", example = "1", minimum = "0") long suspectedInfringement,
        @Schema(title = "其他", description = "OTHER", example = "0", minimum = "0") long other) {
}
