package org.keji.project.expert.dto;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.project.application.ProjectStatus;

import com.fasterxml.jackson.annotation.JsonFormat;

@Schema(name = "RankedApplication", description = "An application's place in its call's ranking")
public record RankedApplicationView(
        @Schema(title = "排名", description = "1 = best", example = "1") int rank,
        @Schema(type = SchemaType.STRING, title = "评审得分", description = "Average of the experts' weighted totals, rounded half-up to 2 decimals once", example = "87.35") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal score,
        @Schema(title = "申报标识", description = "Application id") UUID applicationId,
        @Schema(title = "申报编号", description = "Tracking number", example = "PRJ20260315000123") String trackingNumber,
        @Schema(title = "项目名称", description = "Title", example = "基于国产芯片的工业网关研发") String title,
        @Schema(title = "统一社会信用代码", description = "Applicant", example = "91350100M000100Y43") String uscc,
        @Schema(title = "所在地区", description = "Applicant's region", example = "350100") String region,
        @Schema(title = "状态", description = "Current state") ProjectStatus status) {
}
