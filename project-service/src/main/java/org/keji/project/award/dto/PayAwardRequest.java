package org.keji.project.award.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;

@Schema(name = "PayAwardRequest", description = "The payment of the award's amount (奖金拨付) as the paying officer recorded it: never the officer who decided (maker-checker)", example = """
        {"paidOn":"2026-06-18","voucherNumber":"FZKJ-2026-06-0412","amount":"100000.00"}""")
public record PayAwardRequest(
        @Schema(description = "Day the money was paid, not before the decision and not after today", example = "2026-06-18", required = true) @NotNull LocalDate paidOn,
        @Schema(description = "Number of the payment voucher (记账凭证号)", example = "FZKJ-2026-06-0412", maxLength = 50, required = true) @NotBlank @Size(max = 50) String voucherNumber,
        @Schema(type = SchemaType.STRING, description = "Amount paid in yuan, more than zero: must equal the awarded amount", example = "100000.00", required = true) @NotNull Money amount) {
}
