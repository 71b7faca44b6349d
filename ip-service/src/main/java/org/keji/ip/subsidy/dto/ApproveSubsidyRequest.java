package org.keji.ip.subsidy.dto;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;

@Schema(name = "ApproveSubsidyRequest", description = "The officer's approval (审核通过) with the amount to pay")
public record ApproveSubsidyRequest(
        @Schema(type = SchemaType.STRING, description = "Approved amount in yuan, more than zero and at most the amount applied for (the policy's amount for the patent's type); a lower amount gives the difference back to the caps", example = "5000.00", required = true) @NotNull Money approvedAmount) {
}
