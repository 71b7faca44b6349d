package org.keji.project.grant.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;
import org.keji.project.application.ProjectStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Project", description = "A funded project (立项项目) with its money, exact to the fen: granted = unscheduled + scheduled; scheduled = paid + scheduled but unpaid")
public record ProjectView(
        @Schema(title = "项目标识", description = "The application's id, the project's since approval") UUID id,
        @Schema(title = "办件编号", description = "Tracking number (办件编号)", example = "PRJ-20260612-00000042") String trackingNumber,
        @Schema(title = "项目名称", example = "高可靠车规级功率芯片封装工艺研发") String title,
        @Schema(title = "承担单位统一社会信用代码", example = "91350100M000100Y43") String uscc,
        @Schema(title = "地区", description = "GB/T 2260 region of the undertaker", example = "350100") String region,
        @Schema(title = "申报指南标识") UUID callId,
        @Schema(title = "申报指南编号", example = "FZKJ-2026-01") String callCode,
        @Schema(title = "年度", description = "The call's year", example = "2026") int year,
        @Schema(title = "批次", description = "The call's batch", example = "1") int batch,
        @Schema(title = "状态") ProjectStatus status,
        @Schema(title = "任务书编号", example = "FZKJ-RW-2026-0042") String contractNumber,
        @Schema(title = "任务书截止日期", example = "2028-06-30") LocalDate contractEnd,
        @Schema(title = "资助金额（元）", type = SchemaType.STRING, description = "The grant", example = "800000.00") Money granted,
        @Schema(title = "已安排（元）", type = SchemaType.STRING, description = "Σ tranches scheduled or paid", example = "600000.00") Money scheduled,
        @Schema(title = "已拨付（元）", type = SchemaType.STRING, description = "Σ tranches paid", example = "400000.00") Money paid,
        @Schema(title = "未安排（元）", type = SchemaType.STRING, description = "granted − scheduled: what tranches may still take", example = "200000.00") Money unscheduled,
        @Schema(title = "未拨付（元）", type = SchemaType.STRING, description = "granted − paid", example = "400000.00") Money unpaid,
        @Schema(title = "已责令退回（元）", type = SchemaType.STRING, description = "Σ claw-backs demanded", example = "0.00") Money clawedBack,
        @Schema(title = "已收回（元）", type = SchemaType.STRING, description = "Σ claw-backs received", example = "0.00") Money recovered,
        @Schema(title = "待收回（元）", type = SchemaType.STRING, description = "clawedBack − recovered", example = "0.00") Money outstanding,
        @Schema(title = "立项经办人", description = "The officer that proposed the grant (maker)", example = "officer-chen") String proposedBy,
        @Schema(title = "立项复核人", description = "The officer that confirmed it (checker)", example = "officer-lin") String confirmedBy,
        @Schema(title = "立项时间", description = "When the grant was confirmed") OffsetDateTime approvedAt) {
}
