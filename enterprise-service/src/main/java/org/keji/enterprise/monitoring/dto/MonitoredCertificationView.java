package org.keji.enterprise.monitoring.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.certification.CertificationStatus;
import org.keji.enterprise.monitoring.FindingKind;

@Schema(name = "MonitoredCertification", description = "A certified certificate on the monitoring list (监测名单), with what was found")
public record MonitoredCertificationView(
        @Schema(title = "证书标识", description = "The certificate", example = "5d0c7a4e-1b2f-4c3d-8e9f-0a1b2c3d4e5f") UUID certificationId,
        @Schema(title = "统一社会信用代码", description = "Holder's unified social credit code", example = "91350100M000100Y43") String uscc,
        @Schema(title = "认定类型", description = "Certification type code", example = "HNTE") String certificationType,
        @Schema(title = "证书编号", description = "Certificate number", example = "GR202535000123") String certificateNumber,
        @Schema(title = "状态", description = "Status: `ACTIVE` 有效 or `UNDER_RECHECK` 复核中", example = "ACTIVE") CertificationStatus status,
        @Schema(title = "发证日期", description = "First day of validity", example = "2025-12-01") LocalDate validFrom,
        @Schema(title = "有效期至", description = "Last day of validity", example = "2028-11-30") LocalDate validTo,
        @Schema(title = "行政区划代码", description = "Holder's region when evaluated: the region whose rules were applied", example = "350100") String region,
        @Schema(title = "发现类别", description = "Kinds of what was found") List<FindingKind> findingKinds,
        @Schema(title = "数据年度", description = "Latest year of yearly figures evaluated; null when the bureau holds none", example = "2025") Integer figuresYear,
        @Schema(title = "规则集标识", description = "The rule set evaluated (in force for the type, the holder's region and figuresYear + 1)", example = "6a1f0c2e-0000-4000-8000-000000000001") UUID ruleSetId,
        @Schema(title = "未满足条件", description = "Hard conditions failed; missing data is not a finding") List<FailedCondition> failedConditions,
        @Schema(title = "年报缺报年度", description = "Years whose annual report is overdue (年报缺报)", example = "[2025]") List<Integer> missingAnnualReports,
        @Schema(title = "刷新时间", description = "When these findings were computed") OffsetDateTime refreshedAt) {
}
