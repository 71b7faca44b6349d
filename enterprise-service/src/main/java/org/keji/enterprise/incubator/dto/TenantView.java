package org.keji.enterprise.incubator.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;
import org.keji.enterprise.incubator.Tenant;
import org.keji.enterprise.incubator.TenantStatus;

@Schema(name = "Tenant", description = "An enterprise in an incubator (在孵企业), with its incubation period, assessments and seed funds")
public record TenantView(
        @Schema(title = "标识", description = "Identifier", example = "3f1e2d4c-5b6a-4789-8abc-def012345678") UUID id,
        @Schema(title = "孵化器标识", description = "The incubator", example = "0b6f3c52-6a0e-4d2f-9a57-2f4f3f1f8c11") UUID incubatorId,
        @Schema(title = "统一社会信用代码", description = "Unified social credit code of the enterprise", example = "91350100M000100Y43") String uscc,
        @Schema(title = "企业名称", description = "Name of the enterprise", example = "福州市星火科技有限公司") String name,
        @Schema(title = "入孵日期", description = "Date of moving in (入孵日期)", example = "2024-03-01") LocalDate movedInOn,
        @Schema(title = "孵化期限（月）", description = "Incubation limit in months (孵化期限)", example = "48") int incubationLimitMonths,
        @Schema(title = "孵化期满日期", description = "End of the incubation period: move-in date plus the limit", example = "2028-03-01") LocalDate incubationEndsOn,
        @Schema(title = "状态", description = "Status: `INCUBATING` 在孵, `GRADUATED` 已毕业, `MOVED_OUT` 已迁出", example = "INCUBATING") TenantStatus status,
        @Schema(title = "超期在孵", description = "Still incubating after the incubation period ended (超期在孵), as of today in Asia/Shanghai", example = "false") boolean overdue,
        @Schema(title = "限期迁出日期", description = "Date by which the tenant must move out after an unqualified (不合格) assessment; null otherwise", example = "2025-04-15") LocalDate moveOutDeadline,
        @Schema(title = "毕业日期", description = "Date of graduation (毕业日期), when graduated", example = "2027-12-31") LocalDate graduatedOn,
        @Schema(title = "迁出日期", description = "Date of moving out (迁出日期), when moved out", example = "2025-04-30") LocalDate movedOutOn,
        @Schema(title = "迁出原因", description = "Why it moved out (迁出原因), when moved out", example = "年度考核不合格，限期迁出。") String moveOutReason,
        @Schema(title = "种子资金合计（元）", type = SchemaType.STRING, description = "Seed funds paid to this tenant so far (种子资金合计), yuan", example = "200000.00") Money seedFundTotal,
        @Schema(title = "年度考核", description = "Yearly assessments (年度考核), by year") List<TenantAssessmentView> assessments,
        @Schema(title = "可执行操作", description = "Actions allowed in the current status", example = "[\"assess\", \"graduate\", \"move-out\", \"pay-seed-fund\"]") List<String> allowedActions,
        @Schema(title = "创建时间", description = "When the tenant was admitted in the system") OffsetDateTime createdAt,
        @Schema(title = "更新时间", description = "When it last changed") OffsetDateTime updatedAt) {

    public static TenantView of(Tenant t, Money seedFundTotal, List<TenantAssessmentView> assessments,
            LocalDate today) {
        return new TenantView(t.id(), t.incubatorId(), t.uscc(), t.name(), t.movedInOn(), t.incubationLimitMonths(),
                t.incubationEndsOn(), t.status(), t.isOverdue(today), t.moveOutDeadline(), t.graduatedOn(),
                t.movedOutOn(), t.moveOutReason(), seedFundTotal, assessments, t.allowedActions(), t.createdAt(),
                t.updatedAt());
    }
}
