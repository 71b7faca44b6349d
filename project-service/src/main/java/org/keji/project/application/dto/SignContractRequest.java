package org.keji.project.application.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProjectContract", description = "The signed task contract (项目任务书)")
public record SignContractRequest(
        @Schema(description = "Contract number as printed; left out, one is generated: RW + year + six digits", example = "RW2026000042") @Pattern(regexp = "[A-Za-z0-9-]{4,40}") String contractNumber,
        @Schema(description = "Day both parties signed, not in the future", example = "2026-09-01", required = true) @NotNull LocalDate signedOn,
        @Schema(description = "Contract end (任务书执行期满), after the signing", example = "2028-08-31", required = true) @NotNull LocalDate contractEnd) {
}
