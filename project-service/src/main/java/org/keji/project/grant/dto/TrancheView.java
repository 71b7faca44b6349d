package org.keji.project.grant.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;
import org.keji.project.grant.TrancheStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Tranche", description = "A tranche of a project's grant (拨付批次)")
public record TrancheView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "项目标识") UUID projectId,
        @Schema(title = "金额（元）", type = SchemaType.STRING, description = "Amount in yuan", example = "400000.00") Money amount,
        @Schema(title = "用途", description = "What the tranche is for", example = "首期拨付（任务书签订后）") String purpose,
        @Schema(title = "计划拨付日期", example = "2026-09-15") LocalDate plannedOn,
        @Schema(title = "状态") TrancheStatus status,
        @Schema(title = "可执行操作", description = "Actions allowed now (path segments under the tranche)", example = "[\"pay\", \"cancel\"]") List<String> allowedActions,
        @Schema(title = "经办人", description = "The officer that scheduled it (maker)", example = "officer-chen") String scheduledBy,
        @Schema(title = "安排时间") OffsetDateTime scheduledAt,
        @Schema(title = "拨付日期", description = "Once paid", example = "2026-09-16") LocalDate paidOn,
        @Schema(title = "凭证号", description = "Payment voucher number (记账凭证号), once paid", example = "FZKJ-2026-09-0112") String voucherNumber,
        @Schema(title = "拨付人", description = "The officer that recorded the payment (checker), never the maker", example = "officer-lin") String paidBy,
        @Schema(title = "取消人", description = "Who cancelled it", example = "officer-chen") String cancelledBy,
        @Schema(title = "取消原因", example = "项目暂停，本期不再拨付") String cancelReason,
        @Schema(title = "更新时间") OffsetDateTime updatedAt) {
}
