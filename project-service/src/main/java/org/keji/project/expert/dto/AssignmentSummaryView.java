package org.keji.project.expert.dto;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.project.expert.AssignmentStatus;

import com.fasterxml.jackson.annotation.JsonFormat;

@Schema(name = "ExpertAssignmentSummary", description = "An assignment in a list")
public record AssignmentSummaryView(
        @Schema(title = "标识", description = "Assignment id") UUID id,
        @Schema(title = "申报标识", description = "Application id") UUID applicationId,
        @Schema(title = "申报编号", description = "Tracking number", example = "PRJ20260315000123") String trackingNumber,
        @Schema(title = "项目名称", description = "Application title", example = "基于国产芯片的工业网关研发") String title,
        @Schema(title = "技术领域", description = "Application field", example = "ELECTRONIC_INFORMATION") String field,
        @Schema(title = "指南标识", description = "Call id") UUID callId,
        @Schema(title = "专家标识", description = "Expert id") UUID expertId,
        @Schema(title = "专家姓名", description = "Expert name", example = "张伟") String expertName,
        @Schema(title = "状态", description = "Assignment state") AssignmentStatus status,
        @Schema(type = SchemaType.STRING, title = "加权总分", description = "Weighted total once scored (4 decimals, exact)", example = "86.2500") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal weightedTotal,
        @Schema(title = "抽取时间", description = "When drawn") OffsetDateTime createdAt) {
}
