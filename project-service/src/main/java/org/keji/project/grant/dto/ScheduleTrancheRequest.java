package org.keji.project.grant.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;

@Schema(name = "ScheduleTrancheRequest", description = "A tranche to pay (拨付计划), scheduled by one officer and paid as recorded by another")
public record ScheduleTrancheRequest(
        @Schema(type = SchemaType.STRING, description = "Amount in yuan: more than zero; all live tranches together stay within the grant", example = "400000.00", required = true) @NotNull Money amount,
        @Schema(description = "What the tranche is for", example = "首期拨付（任务书签订后）", maxLength = 500, required = true) @NotBlank @Size(max = 500) String purpose,
        @Schema(description = "Day the payment is planned for", example = "2026-09-15", required = true) @NotNull LocalDate plannedOn) {
}
