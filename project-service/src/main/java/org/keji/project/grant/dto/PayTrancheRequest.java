package org.keji.project.grant.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PayTrancheRequest", description = "The payment of a tranche as the paying officer records it: never the officer that scheduled it")
public record PayTrancheRequest(
        @Schema(description = "Day the money was paid, not after today", example = "2026-09-16", required = true) @NotNull LocalDate paidOn,
        @Schema(description = "Number of the payment voucher (记账凭证号)", example = "FZKJ-2026-09-0112", maxLength = 50, required = true) @NotBlank @Size(max = 50) String voucherNumber) {
}
