package org.keji.ip.policy.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.PatentType;
import org.keji.commons.money.Money;
import org.keji.ip.policy.EligibleStatus;
import org.keji.ip.policy.SubsidyPolicy;
import org.keji.ip.policy.SubsidyPolicyKind;
import org.keji.ip.policy.SubsidyPolicyStatus;

@Schema(name = "SubsidyPolicy", description = "A patent subsidy or grant-reward policy of a region for a year")
public record SubsidyPolicyView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "政策编号", example = "FZ-2026-GRANT") String code,
        @Schema(title = "政策名称", example = "福州市2026年度发明专利授权奖励") String name,
        @Schema(title = "年度", example = "2026") int year,
        @Schema(title = "适用地区", description = "GB/T 2260 region; the policy applies to this region prefix", example = "350100") String region,
        @Schema(title = "政策类别") SubsidyPolicyKind kind,
        @Schema(title = "资助标准", description = "Amount per patent type (INVENTION, UTILITY_MODEL, DESIGN, PCT_INVENTION, PCT_UTILITY_MODEL), yuan; a type absent is not eligible", example = "{\"INVENTION\": \"5000.00\"}") Map<PatentType, Money> amounts,
        @Schema(title = "每企业年度上限（元）", type = SchemaType.STRING, description = "Cap per enterprise and year, yuan; null = none", example = "200000.00") Money capAmount,
        @Schema(title = "每企业年度上限（件）", description = "Cap of patents per enterprise and year; null = none", example = "50") Integer capCount,
        @Schema(title = "资格法律状态") EligibleStatus eligibleStatus,
        @Schema(title = "申报开始日期", example = "2026-03-01") LocalDate applicationFrom,
        @Schema(title = "申报截止日期", example = "2026-11-30") LocalDate applicationTo,
        @Schema(title = "事项编码", example = "330217009000") String matterCode,
        @Schema(title = "承诺时限（工作日）", example = "15") int promisedWorkingDays,
        @Schema(title = "法定时限（工作日）", example = "20") int legalWorkingDays,
        @Schema(title = "资金总额（元）", type = SchemaType.STRING, description = "Total budget, yuan; null = not fixed", example = "3000000.00") Money budget,
        @Schema(title = "状态") SubsidyPolicyStatus status,
        @Schema(title = "关闭时间", description = "When it was closed; null while open") OffsetDateTime closedAt,
        @Schema(title = "创建人", description = "Who created it (token subject)") String createdBy,
        @Schema(title = "创建时间") OffsetDateTime createdAt,
        @Schema(title = "更新时间") OffsetDateTime updatedAt,
        @Schema(title = "版本", description = "Version for If-Match or the `version` of a replacement", example = "0") long version) {

    public static SubsidyPolicyView of(SubsidyPolicy p) {
        return new SubsidyPolicyView(p.id(), p.code(), p.name(), p.year(), p.region(), p.kind(), p.amounts(),
                p.capAmount(), p.capCount(), p.eligibleStatus(), p.applicationFrom(), p.applicationTo(), p.matterCode(),
                p.promisedWorkingDays(), p.legalWorkingDays(), p.budget(), p.status(), p.closedAt(), p.createdBy(),
                p.createdAt(), p.updatedAt(), p.version());
    }
}
