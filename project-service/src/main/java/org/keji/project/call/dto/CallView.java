package org.keji.project.call.dto;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;
import org.keji.project.call.CallCategory;
import org.keji.project.call.CallLevel;
import org.keji.project.call.CallStatus;

@Schema(name = "Call", description = "A call for proposals (申报指南 / 批次) with its window, budget, eligibility and materials")
public record CallView(
        @Schema(title = "标识") UUID id,
        @Schema(title = "指南编号", example = "NB-2027-ZDYF-01") String code,
        @Schema(title = "指南名称", example = "2027年度宁波市重点研发计划 第一批") String title,
        @Schema(title = "指南说明", example = "支持新一代信息技术、新材料等领域关键核心技术攻关。") String description,
        @Schema(title = "计划层级") CallLevel level,
        @Schema(title = "计划类别") CallCategory category,
        @Schema(title = "计划年度", example = "2027") int year,
        @Schema(title = "批次", example = "1") int batch,
        @Schema(title = "发布地区", description = "GB/T 2260 region of the issuing bureau", example = "330200") String region,
        @Schema(title = "申报开始时间", description = "Included", example = "2027-03-01T09:00:00+08:00") OffsetDateTime opensAt,
        @Schema(title = "申报截止时间", description = "Excluded", example = "2027-04-01T00:00:00+08:00") OffsetDateTime closesAt,
        @Schema(title = "状态", description = "From the window at the time of the answer") CallStatus status,
        @Schema(title = "资金总额（元）", type = SchemaType.STRING, description = "Total budget, yuan", example = "50000000.00") Money totalBudget,
        @Schema(title = "已立项金额（元）", type = SchemaType.STRING, description = "Granted so far, yuan (the budget ledger)", example = "12000000.00") Money approvedAmount,
        @Schema(title = "剩余资金（元）", type = SchemaType.STRING, description = "Total budget less the granted amount, yuan, exact", example = "38000000.00") Money remainingBudget,
        @Schema(title = "单项资助上限（元）", type = SchemaType.STRING, description = "Most one project may be granted, yuan", example = "2000000.00") Money maxGrant,
        @Schema(title = "每项评审专家数", example = "5") int expertsPerApplication,
        @Schema(title = "资质要求", description = "Certification types the applicant must hold", example = "[\"HNTE\"]") List<String> requiredCertifications,
        @Schema(title = "申报地区", description = "GB/T 2260 prefixes the applicant's region must start with; empty = any", example = "[\"3302\"]") List<String> eligibleRegions,
        @Schema(title = "成立年限（月）", description = "Months registered at least; null = no minimum", example = "12") Integer minRegistrationMonths,
        @Schema(title = "拒绝失信企业", description = "Whether a dishonesty listing in force or a major violation within 3 years bars an applicant", example = "true") boolean refuseViolations,
        @Schema(title = "申报材料", description = "Materials an application must reference") List<RequiredMaterial> requiredMaterials,
        @Schema(title = "事项编码", example = "330217010000") String matterCode,
        @Schema(title = "承诺时限（工作日）", example = "20") int promisedWorkingDays,
        @Schema(title = "法定时限（工作日）", example = "30") int legalWorkingDays,
        @Schema(title = "创建人", description = "Who created it (token subject)") String createdBy,
        @Schema(title = "创建时间") OffsetDateTime createdAt,
        @Schema(title = "更新时间") OffsetDateTime updatedAt,
        @Schema(title = "版本", description = "Version for If-Match or the `version` of a replacement", example = "0") long version) {
}
