package org.keji.ip.subsidy.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;

@Schema(name = "PaySubsidyRequest", description = "The payment (拨付) as the paying officer recorded it: never the officer that approved (maker-checker)")
public record PaySubsidyRequest(
        @Schema(description = "Day the money was paid, not before the approval and not after today", example = "2026-06-18", required = true) @NotNull LocalDate paidOn,
        @Schema(description = "Number of the payment voucher (记账凭证号)", example = "FZKJ-2026-06-0381", maxLength = 50, required = true) @NotBlank @Size(max = 50) String voucherNumber,
        @Schema(type = SchemaType.STRING, description = "Amount paid in yuan: must equal the approved amount", example = "5000.00", required = true) @NotNull Money amount) {
}
