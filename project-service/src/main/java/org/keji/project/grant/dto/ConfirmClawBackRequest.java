package org.keji.project.grant.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConfirmClawBackRequest", description = "The receipt of clawed-back money as a second officer records it")
public record ConfirmClawBackRequest(
        @Schema(description = "Day the money was received, not after today", example = "2027-01-20", required = true) @NotNull LocalDate receivedOn,
        @Schema(description = "Number of the receipt voucher (记账凭证号)", example = "FZKJ-2027-01-0031", maxLength = 50, required = true) @NotBlank @Size(max = 50) String voucherNumber) {
}
