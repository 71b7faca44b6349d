package org.keji.ip.dispute.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LiftPreservationRequest", description = "A court's order lifting a preservation early (解除保全裁定)")
public record LiftPreservationRequest(
        @Schema(description = "First day the patents are no longer held", example = "2027-06-30", required = true) @NotNull LocalDate liftedOn,
        @Schema(description = "The lifting order's number", example = "（2026）闽01财保12号之一", maxLength = 100, required = true) @NotBlank @Size(max = 100) String orderNumber) {
}
