package org.keji.enterprise.registry.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.registry.Enterprise;

@Schema(name = "Enterprise", description = "An enterprise of the registry")
public record EnterpriseView(
        @Schema(title = "统一社会信用代码", description = "Unified social credit code", example = "91350100M000100Y43") String uscc,
        @Schema(title = "企业名称", description = "Registered name", example = "福州市星火科技有限公司") String name,
        @Schema(title = "行政区划代码", description = "Region, GB/T 2260 code", example = "350100") String region,
        @Schema(title = "行业代码", description = "Industry, GB/T 4754-2017 code; null when not known", example = "I6511") String industry,
        @Schema(title = "成立日期", description = "Date of registration", example = "2019-03-15") LocalDate registrationDate,
        @Schema(title = "创建时间", description = "When the bureau registered it") OffsetDateTime createdAt,
        @Schema(title = "更新时间", description = "When it last changed") OffsetDateTime updatedAt,
        @Schema(title = "版本", description = "Version for optimistic concurrency (send it back when updating)", example = "0") long version,
        @Schema(title = "校验位例外", description = "Set when the code fails its check character and an officer or admin accepted it; null otherwise") CheckDigitOverrideView checkDigitOverride) {

    public static EnterpriseView of(Enterprise e) {
        return new EnterpriseView(e.uscc(), e.name(), e.region(), e.industry(), e.registrationDate(), e.createdAt(),
                e.updatedAt(), e.version(), CheckDigitOverrideView.of(e));
    }
}
