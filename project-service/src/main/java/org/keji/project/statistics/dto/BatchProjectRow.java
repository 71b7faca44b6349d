package org.keji.project.statistics.dto;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;
import org.keji.project.application.Industry;
import org.keji.project.application.ProjectStatus;
import org.keji.project.application.TechnologySource;
import org.keji.project.application.UndertakerType;

import com.fasterxml.jackson.annotation.JsonFormat;

@Schema(name = "ProjectBatchProject", description = "A funded project of a batch with its grant")
public record BatchProjectRow(
        @Schema(title = "项目编号", description = "The project (application id)") UUID id,
        @Schema(title = "办件编号", description = "Tracking number", example = "PRJ20260315000123") String trackingNumber,
        @Schema(title = "项目名称", description = "Title", example = "高可靠工业控制芯片研发") String title,
        @Schema(title = "承担单位信用代码", description = "The undertaker's unified social credit code", example = "91350100M000100Y43") String uscc,
        @Schema(title = "行政区划代码", description = "The undertaker's region", example = "350100") String region,
        @Schema(title = "行业", description = "Industry") Industry industry,
        @Schema(title = "承担单位性质", description = "Undertaker type") UndertakerType undertakerType,
        @Schema(title = "技术来源", description = "Technology source") TechnologySource technologySource,
        @Schema(title = "状态", description = "Current state") ProjectStatus status,
        @Schema(title = "资助金额（元）", type = SchemaType.STRING, description = "Grant, yuan", example = "12345.67") Money grantAmount,
        @Schema(title = "资助金额（万元）", type = SchemaType.STRING, description = "Grant in 10 000 yuan, four decimals", example = "1.2346") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal grantAmountTenThousandYuan,
        @Schema(title = "任务书编号", description = "Contract number once signed", example = "FZKJ-2026-0123") String contractNumber) {
}
