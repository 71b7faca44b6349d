package org.keji.enterprise.registry.dto;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.identifier.ValidUscc;
import org.keji.enterprise.registry.Enterprise;

@Schema(name = "RegisterEnterpriseRequest", description = "An enterprise to enter into the registry")
@CheckCharacterOrOverride
public record RegisterEnterpriseRequest(
        @Schema(description = "Unified social credit code (统一社会信用代码, GB 32100-2015), check character verified unless `checkDigitOverride` is sent", example = "91350100M000100Y43", required = true) @NotNull @ValidUscc String uscc,
        @Schema(description = "Registered name (企业名称)", example = "福州市星火科技有限公司", maxLength = 200, required = true) @NotBlank @Size(max = 200) String name,
        @Schema(description = "Region, GB/T 2260 six-digit code", example = "350100", pattern = "^\\d{6}$", required = true) @NotNull @Pattern(regexp = Enterprise.REGION_PATTERN) String region,
        @Schema(description = "Industry (国民经济行业分类), GB/T 4754-2017: section letter plus 2-4 digits, e.g. I6511 software development; optional", example = "I6511", pattern = "^[A-T](\\d{2}|\\d{3}|\\d{4})?$") @Pattern(regexp = Enterprise.INDUSTRY_PATTERN) String industry,
        @Schema(description = "Date of registration with market regulation (成立日期)", example = "2019-03-15", required = true) @NotNull @PastOrPresent LocalDate registrationDate,
        @Schema(description = "Officers and admins only: accept a code that fails only its check character (a real early pilot code), with the reason; recorded with who and when. Ignored for a code that passes its check.") @Valid CheckDigitOverride checkDigitOverride) {

}
