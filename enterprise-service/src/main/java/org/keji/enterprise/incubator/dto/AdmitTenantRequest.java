package org.keji.enterprise.incubator.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidUscc;

@Schema(name = "AdmitTenantRequest", description = "An enterprise moving into an incubator (入孵)")
public record AdmitTenantRequest(
        @Schema(description = "Unified social credit code of the enterprise (统一社会信用代码)", example = "91350100M000100Y43", required = true) @NotNull @ValidUscc(checkDigit = true) String uscc,
        @Schema(description = "Name of the enterprise (企业名称)", example = "福州市星火科技有限公司", maxLength = 200, required = true) @NotBlank @Size(max = 200) String name,
        @Schema(description = "Date of moving in (入孵日期)", example = "2024-03-01", required = true) @NotNull @PastOrPresent LocalDate movedInOn,
        @Schema(description = "Incubation limit in months (孵化期限); the bureau's default (48) when absent", example = "48", minimum = "1", maximum = "120") @Min(1) @Max(120) Integer incubationLimitMonths) {
}
