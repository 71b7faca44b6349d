package org.keji.enterprise.incubator.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;
import org.keji.enterprise.incubator.Incubator;
import org.keji.enterprise.incubator.IncubatorKind;
import org.keji.enterprise.incubator.IncubatorLevel;
import org.keji.enterprise.incubator.IncubatorRepository;

@Schema(name = "Incubator", description = "An incubator or maker space (孵化器 / 众创空间) with its current figures")
public record IncubatorView(
        @Schema(title = "标识", description = "Identifier", example = "0b6f3c52-6a0e-4d2f-9a57-2f4f3f1f8c11") UUID id,
        @Schema(title = "名称", description = "Name (名称)", example = "福州市软件园科技企业孵化器") String name,
        @Schema(title = "类型", description = "Kind: `INCUBATOR` 孵化器 or `MAKER_SPACE` 众创空间", example = "INCUBATOR") IncubatorKind kind,
        @Schema(title = "级别", description = "Level: `NATIONAL` 国家级, `PROVINCIAL` 省级, `MUNICIPAL` 市级, `COUNTY` 县（区）级", example = "PROVINCIAL") IncubatorLevel level,
        @Schema(title = "运营主体统一社会信用代码", description = "Unified social credit code of the operating organisation (运营主体)", example = "91350100M000100Y43") String operatorUscc,
        @Schema(title = "运营主体名称", description = "Name of the operating organisation", example = "福州软件园产业发展有限公司") String operatorName,
        @Schema(title = "行政区划代码", description = "Region, GB/T 2260 code", example = "350100") String region,
        @Schema(title = "场地面积（平方米）", description = "Incubation space in square metres (场地面积), two decimals", example = "12500.50") BigDecimal spaceSquareMetres,
        @Schema(title = "可容纳在孵企业数", description = "Number of tenant places (可容纳在孵企业数)", example = "60") int capacity,
        @Schema(title = "认定日期", description = "Date of the recognition (认定日期)", example = "2021-06-30") LocalDate recognisedOn,
        @Schema(title = "在孵企业数", description = "Tenants currently incubating (在孵企业数)", example = "42") long activeTenants,
        @Schema(title = "种子资金合计（元）", type = SchemaType.STRING, description = "Seed funds paid to all its tenants so far (种子资金合计), yuan", example = "1350000.00") Money seedFundTotal,
        @Schema(title = "创建时间", description = "When the bureau registered it") OffsetDateTime createdAt,
        @Schema(title = "更新时间", description = "When it last changed") OffsetDateTime updatedAt,
        @Schema(title = "版本", description = "Version for optimistic concurrency (send it back when updating)", example = "0") long version) {

    public static IncubatorView of(Incubator i, IncubatorRepository.Figures figures) {
        return new IncubatorView(i.id(), i.name(), i.kind(), i.level(), i.operatorUscc(), i.operatorName(), i.region(),
                i.spaceSquareMetres(), i.capacity(), i.recognisedOn(), figures.activeTenants(), figures.seedFundTotal(),
                i.createdAt(), i.updatedAt(), i.version());
    }
}
