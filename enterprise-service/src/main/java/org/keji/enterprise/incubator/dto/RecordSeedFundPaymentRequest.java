package org.keji.enterprise.incubator.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;
import org.keji.enterprise.support.PositiveAmount;

@Schema(name = "RecordSeedFundPaymentRequest", description = "A seed-fund payment (种子资金拨付) to a tenant")
public record RecordSeedFundPaymentRequest(
        @Schema(type = SchemaType.STRING, description = "Amount paid in yuan, more than zero, two decimals, as a string", example = "200000.00", required = true) @NotNull @PositiveAmount Money amount,
        @Schema(description = "Date of payment (拨付日期); not before the tenant moved in", example = "2024-09-10", required = true) @NotNull @PastOrPresent LocalDate paidOn,
        @Schema(description = "What the money is for (资金用途)", example = "样机研制及首批试产", maxLength = 500, required = true) @NotBlank @Size(max = 500) String purpose) {
}
