package org.keji.ip.techcontract.dto;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;

@Schema(name = "RegisterContractRequest", description = "The officer's registration: the approved transaction amount "
        + "(认定技术交易额); the registration number is assigned by the service")
public record RegisterContractRequest(
        @Schema(type = SchemaType.STRING, description = "Registered transaction amount in yuan, zero or more, two decimals; with deductedCosts at most the contract amount", example = "950000.00", required = true) @NotNull Money registeredAmount,
        @Schema(type = SchemaType.STRING, description = "For DEVELOPMENT, TRANSFER and LICENCE: the hardware, materials and other non-technical costs deducted from the contract amount (非技术性款项), yuan", example = "250000.00") Money deductedCosts) {
}
