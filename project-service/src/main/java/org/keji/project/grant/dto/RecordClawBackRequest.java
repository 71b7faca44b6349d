package org.keji.project.grant.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.commons.money.Money;

@Schema(name = "RecordClawBackRequest", description = "A demand to pay back funds (追回) of a terminated or failed project")
public record RecordClawBackRequest(
        @Schema(type = SchemaType.STRING, description = "Amount in yuan: more than zero, at most what was paid less what was already demanded", example = "150000.00", required = true) @NotNull Money amount,
        @Schema(description = "Why", example = "项目终止，退回未使用的财政资金", maxLength = 1000, required = true) @NotBlank @Size(max = 1000) String reason,
        @Schema(description = "Day the money is due back, not before today", example = "2027-01-31", required = true) @NotNull LocalDate dueOn) {
}
