package org.keji.enterprise.certification.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.certification.ChangeKind;

@Schema(name = "ChangeReportRequest", description = "A major change (重大变化) of the holder, reported within three months")
public record ChangeReportRequest(
        @Schema(description = "Kind of change: `NAME` 更名, `REGION` 注册地迁移, `OWNERSHIP` 股权或实际控制人变化, `MERGER_OR_SPLIT` 合并、分立、重组, `MAIN_BUSINESS` 经营业务变化, `OTHER` 其他", example = "NAME", required = true) @NotNull ChangeKind kind,
        @Schema(description = "When the change took effect (变化发生日期); not in the future", example = "2026-02-28", required = true) @NotNull @PastOrPresent LocalDate occurredOn,
        @Schema(description = "What changed", example = "企业名称由福州市星火科技有限公司变更为福州市星火智能科技有限公司", maxLength = 2000, required = true) @NotBlank @Size(max = 2000) String description) {
}
