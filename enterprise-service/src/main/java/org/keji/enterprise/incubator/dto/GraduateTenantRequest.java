package org.keji.enterprise.incubator.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GraduateTenantRequest", description = "A tenant graduating (毕业)")
public record GraduateTenantRequest(
        @Schema(description = "Date of graduation (毕业日期); not before the tenant moved in", example = "2025-06-30", required = true) @NotNull @PastOrPresent LocalDate on) {
}
