package org.keji.enterprise.certification.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.certification.ChangeKind;
import org.keji.enterprise.certification.ChangeReport;

@Schema(name = "ChangeReport", description = "A major change (重大变化) reported by the holder of a certificate")
public record ChangeReportView(
        @Schema(title = "标识", description = "Identifier", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID id,
        @Schema(title = "证书标识", description = "The certificate", example = "5d0c7a4e-1b2f-4c3d-8e9f-0a1b2c3d4e5f") UUID certificationId,
        @Schema(title = "统一社会信用代码", description = "Holder's unified social credit code", example = "91350100M000100Y43") String uscc,
        @Schema(title = "变更类别", description = "Kind of change: `NAME` 更名, `REGION` 注册地迁移, `OWNERSHIP` 股权或实际控制人变化, `MERGER_OR_SPLIT` 合并、分立、重组, `MAIN_BUSINESS` 经营业务变化, `OTHER` 其他", example = "NAME") ChangeKind kind,
        @Schema(title = "变更日期", description = "When the change took effect", example = "2026-02-28") LocalDate occurredOn,
        @Schema(title = "变更说明", description = "What changed", example = "企业名称由福州市星火科技有限公司变更为福州市星火智能科技有限公司") String description,
        @Schema(title = "应报日期", description = "Due date: three months after the change (the month's last day when that day does not exist)", example = "2026-05-28") LocalDate dueOn,
        @Schema(title = "报告时间", description = "When it was reported") OffsetDateTime reportedAt,
        @Schema(title = "逾期报告", description = "Reported after the due date (逾期报告), by the date in Asia/Shanghai", example = "false") boolean late,
        @Schema(title = "报告人", description = "Who reported it (token subject)", example = "officer-1") String reportedBy) {

    public static ChangeReportView of(ChangeReport r) {
        return new ChangeReportView(r.id(), r.certificationId(), r.uscc(), r.kind(), r.occurredOn(), r.description(),
                r.dueOn(), r.reportedAt(), r.late(), r.reportedBy());
    }
}
