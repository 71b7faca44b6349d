package org.keji.enterprise.incubator.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MoveOutTenantRequest", description = "A tenant leaving without graduating (迁出 / 退出)")
public record MoveOutTenantRequest(
        @Schema(description = "Date of moving out (迁出日期); not before the tenant moved in", example = "2025-04-30", required = true) @NotNull @PastOrPresent LocalDate on,
        @Schema(description = "Why it left (迁出原因)", example = "年度考核不合格，限期迁出。", maxLength = 500, required = true) @NotBlank @Size(max = 500) String reason) {
}
