package org.keji.enterprise.registry.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.registry.Enterprise;

@Schema(name = "UpdateEnterpriseRequest", description = "The registration data of an enterprise, replaced as a whole; "
        + "the unified social credit code never changes")
public record UpdateEnterpriseRequest(
        @Schema(description = "Registered name (企业名称)", example = "福州市星火智能科技有限公司", maxLength = 200, required = true) @NotBlank @Size(max = 200) String name,
        @Schema(description = "Region, GB/T 2260 six-digit code", example = "350100", pattern = "^\\d{6}$", required = true) @NotNull @Pattern(regexp = Enterprise.REGION_PATTERN) String region,
        @Schema(description = "Industry, GB/T 4754-2017 code; null clears it", example = "I6511", pattern = "^[A-T](\\d{2}|\\d{3}|\\d{4})?$") @Pattern(regexp = Enterprise.INDUSTRY_PATTERN) String industry,
        @Schema(description = "Date of registration with market regulation (成立日期)", example = "2019-03-15", required = true) @NotNull @PastOrPresent LocalDate registrationDate,
        @Schema(description = "The version this change is based on, as last read; a stale one is refused with 409 VERSION_CONFLICT", example = "0", required = true) @NotNull @PositiveOrZero Long version) {
}
