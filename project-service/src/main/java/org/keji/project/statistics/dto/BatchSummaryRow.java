package org.keji.project.statistics.dto;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.project.call.CallCategory;
import org.keji.project.call.CallLevel;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProjectBatchSummaryRow", description = "The funded projects of one call batch (or of all, the total row) and the exact sum of their grants")
public record BatchSummaryRow(
        @Schema(title = "申报指南编号", description = "The call (absent on the total row)") UUID callId,
        @Schema(title = "指南代码", description = "The call's code", example = "FJ-2026-GY-01") String code,
        @Schema(title = "指南名称", description = "The call's title", example = "2026年度工业研发项目（第一批）") String title,
        @Schema(title = "年度", description = "The call's year", example = "2026") Integer year,
        @Schema(title = "批次", description = "The call's batch", example = "1") Integer batch,
        @Schema(title = "级别", description = "The call's level") CallLevel level,
        @Schema(title = "类别", description = "The call's category") CallCategory category,
        @Schema(title = "指南区划", description = "The call's region", example = "350100") String callRegion,
        @Schema(title = "合计行", description = "Whether this row totals every batch") boolean total,
        @Schema(title = "立项项目数", description = "Funded projects (approved and later states)", example = "1001", minimum = "0") long projects,
        @Schema(title = "立项资助总额（元）", type = SchemaType.STRING, description = "Exact sum of their grants, yuan", example = "12358016.67") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal granted,
        @Schema(title = "立项资助总额（万元）", type = SchemaType.STRING, description = "The same sum in 10 000 yuan, computed from it and rounded half up once to four decimals", example = "1235.8017") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal grantedTenThousandYuan) {
}
