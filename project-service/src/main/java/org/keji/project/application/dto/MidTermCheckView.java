package org.keji.project.application.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.project.application.MidTermResult;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MidTermCheck", description = "A mid-term check of a project (中期检查) as recorded")
public record MidTermCheckView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "项目标识") UUID applicationId,
        @Schema(title = "检查结果") MidTermResult result,
        @Schema(title = "整改截止日期", example = "2027-06-30") LocalDate rectificationDueOn,
        @Schema(title = "检查意见", example = "项目进度滞后，关键设备未按期采购") String remarks,
        @Schema(title = "检查日期", example = "2027-03-15") LocalDate checkedOn,
        @Schema(title = "检查人", description = "Token subject") String checkedBy,
        @Schema(title = "记录时间") OffsetDateTime createdAt) {
}
