package org.keji.ip.patent.dto;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidUscc;

import com.fasterxml.jackson.annotation.JsonFormat;

@Schema(name = "PatentHolderInput", description = "A holder (专利权人/申请人) and its share; the shares of all holders sum to exactly 100.00")
public record HolderInput(
        @Schema(description = "Unified social credit code of the holder", example = "91350100M000100Y43", required = true) @NotNull @ValidUscc String uscc,
        @Schema(description = "Registered name of the holder", example = "福州市星火科技有限公司", maxLength = 200, required = true) @NotBlank @Size(max = 200) String name,
        @Schema(type = SchemaType.STRING, description = "Share in percent with at most 2 decimals, more than 0", example = "60.00", required = true) @NotNull @DecimalMin(value = "0.01") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal share) {
}
