package org.keji.project.application.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.project.application.ChangeKind;
import org.keji.project.application.ChangeStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProjectChange", description = "A change request of a project (变更申请) and its decision")
public record ProjectChangeView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "项目标识") UUID applicationId,
        @Schema(title = "变更类型") ChangeKind kind,
        @Schema(title = "变更理由", example = "关键技术路线调整，需延长研发周期") String reason,
        @Schema(title = "延期至", description = "For EXTENSION: the new contract end asked for", example = "2029-08-31") LocalDate newEnd,
        @Schema(title = "状态") ChangeStatus status,
        @Schema(title = "申请人", description = "Token subject") String requestedBy,
        @Schema(title = "申请时间") OffsetDateTime requestedAt,
        @Schema(title = "审核人", description = "Token subject of the deciding officer") String decidedBy,
        @Schema(title = "审核时间") OffsetDateTime decidedAt,
        @Schema(title = "审核意见", example = "同意延期") String decisionReason) {
}
