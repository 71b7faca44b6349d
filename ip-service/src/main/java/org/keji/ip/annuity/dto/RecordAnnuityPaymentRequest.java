package org.keji.ip.annuity.dto;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;

@Schema(name = "RecordAnnuityPaymentRequest", description = "One year's annuity paid to CNIPA for the patent (年费缴纳登记)")
public record RecordAnnuityPaymentRequest(
        @Schema(description = "Year of the term paid for: the year after the last one paid (the grant year's annuity is paid with the registration formalities and is not recorded here)", example = "4", minimum = "1", maximum = "20", required = true) @NotNull @Min(1) @Max(20) Integer termYear,
        @Schema(description = "Day CNIPA received the payment; not in the future. The fee is the schedule's in force that day, the surcharge that day's month of the grace", example = "2026-05-20", required = true) @NotNull LocalDate paidOn,
        @Schema(type = SchemaType.STRING, description = "Amount paid, yuan, two decimals: must equal fee + surcharge for the payment date (the answer names both when it does not)", example = "1260.00", required = true) @NotNull Money amount,
        @Schema(description = "The fee receipt (缴费收据), a material of one of the patent's holders, referenced by id (uploaded once, never asked again)") UUID receiptMaterialId) {
}
