package org.keji.project.grant.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;
import org.keji.project.grant.ClawBackStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ClawBack", description = "A claw-back of paid funds (追回)")
public record ClawBackView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "项目标识") UUID projectId,
        @Schema(title = "金额（元）", type = SchemaType.STRING, description = "Amount demanded in yuan", example = "150000.00") Money amount,
        @Schema(title = "原因", example = "项目终止，退回未使用的财政资金") String reason,
        @Schema(title = "退回期限", example = "2027-01-31") LocalDate dueOn,
        @Schema(title = "状态") ClawBackStatus status,
        @Schema(title = "可执行操作", description = "Actions allowed now (path segments under the claw-back)", example = "[\"confirm\"]") List<String> allowedActions,
        @Schema(title = "经办人", description = "The officer that demanded it (maker)", example = "officer-chen") String recordedBy,
        @Schema(title = "登记时间") OffsetDateTime recordedAt,
        @Schema(title = "收回日期", description = "Once received", example = "2027-01-20") LocalDate receivedOn,
        @Schema(title = "凭证号", description = "Receipt voucher number, once received", example = "FZKJ-2027-01-0031") String voucherNumber,
        @Schema(title = "确认人", description = "The officer that recorded the receipt (checker), never the maker", example = "officer-lin") String receivedBy,
        @Schema(title = "更新时间") OffsetDateTime updatedAt) {
}
