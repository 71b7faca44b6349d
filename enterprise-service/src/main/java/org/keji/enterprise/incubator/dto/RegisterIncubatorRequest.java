package org.keji.enterprise.incubator.dto;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidUscc;
import org.keji.enterprise.incubator.Incubator;
import org.keji.enterprise.incubator.IncubatorKind;
import org.keji.enterprise.incubator.IncubatorLevel;

@Schema(name = "RegisterIncubatorRequest", description = "An incubator or maker space to enter into the directory")
public record RegisterIncubatorRequest(
        @Schema(description = "Name (名称)", example = "福州市软件园科技企业孵化器", maxLength = 200, required = true) @NotBlank @Size(max = 200) String name,
        @Schema(description = "Kind: `INCUBATOR` 孵化器 or `MAKER_SPACE` 众创空间", example = "INCUBATOR", required = true) @NotNull IncubatorKind kind,
        @Schema(description = "Level of the recognition: `NATIONAL` 国家级, `PROVINCIAL` 省级, `MUNICIPAL` 市级, `COUNTY` 县（区）级", example = "PROVINCIAL", required = true) @NotNull IncubatorLevel level,
        @Schema(description = "Unified social credit code of the operating organisation (运营主体)", example = "91350100M000100Y43", required = true) @NotNull @ValidUscc(checkDigit = true) String operatorUscc,
        @Schema(description = "Name of the operating organisation", example = "福州软件园产业发展有限公司", maxLength = 200, required = true) @NotBlank @Size(max = 200) String operatorName,
        @Schema(description = "Region, GB/T 2260 six-digit code", example = "350100", pattern = "^\\d{6}$", required = true) @NotNull @Pattern(regexp = "\\d{6}") String region,
        @Schema(description = "Incubation space in square metres (场地面积), at most two decimals", example = "12500.50", minimum = "0", required = true) @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal spaceSquareMetres,
        @Schema(description = "Number of tenant places (可容纳在孵企业数)", example = "60", minimum = "1", required = true) @NotNull @Min(1) Integer capacity,
        @Schema(description = "Date of the recognition (认定日期)", example = "2021-06-30", required = true) @NotNull @PastOrPresent LocalDate recognisedOn) {

    public Incubator.Particulars particulars() {
        return new Incubator.Particulars(name.strip(), kind, level, operatorUscc, operatorName.strip(), region,
                spaceSquareMetres, capacity, recognisedOn);
    }
}
